import type {CopyFailed, CopyUsed} from './copy-result.js';
import type {RunCommand} from './run-command.js';
import {toolOutcome} from './tool-outcome.js';

type Tool = Readonly<{command: string; args: readonly string[]}>;

/** The desktop's clipboard tools, most native first; each reads the text from stdin. */
export function systemClipboardTools(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): readonly Tool[] {
	if (platform === 'darwin') return [{command: 'pbcopy', args: []}];
	const tools: Tool[] = [];
	if (env['WAYLAND_DISPLAY']) tools.push({command: 'wl-copy', args: []});
	if (env['DISPLAY']) {
		tools.push({command: 'xclip', args: ['-selection', 'clipboard']}, {command: 'xsel', args: ['--clipboard', '--input']});
	}
	return tools;
}

/**
 * Tries the tools in order until one is installed. The first one found decides: when it fails,
 * the display itself is the problem, and the next tool would only fail (or time out) again.
 */
export async function copyToSystemClipboard(
	text: string,
	deps: Readonly<{env: NodeJS.ProcessEnv; platform: NodeJS.Platform; run: RunCommand; timeoutMs: number}>,
): Promise<CopyUsed | CopyFailed> {
	const tools = systemClipboardTools(deps.env, deps.platform);
	for (const tool of tools) {
		const outcome = await deps.run(tool.command, tool.args, {input: text, env: deps.env, timeoutMs: deps.timeoutMs});
		if (outcome.kind !== 'not-found') return toolOutcome('system', tool.command, outcome, {text, timeoutMs: deps.timeoutMs});
	}
	return {way: 'system', tool: tools.map(tool => tool.command).join(', '), reason: 'not-found'};
}
