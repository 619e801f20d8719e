import type {CopyFailed, CopyUsed, CopyWay} from './copy-result.js';
import type {RunCommand, RunOutcome} from './run-command.js';

// The two ways that copy through a tool with the text on its stdin: tmux's paste buffer, and the
// desktop's clipboard. A tool's exit confirms the copy, unlike a terminal's OSC 52.

type ToolDeps = Readonly<{env: NodeJS.ProcessEnv; run: RunCommand; timeoutMs: number}>;
type Tool = Readonly<{command: string; args: readonly string[]}>;

/**
 * `tmux load-buffer -w -`: the text (read from stdin) becomes tmux's newest paste buffer, and `-w`
 * also sends it to the outer terminal's clipboard when tmux's `set-clipboard` allows. The client
 * finds the server through $TMUX. tmux before 3.2 has no `-w`; then the buffer alone is still worth it.
 */
export async function copyToTmuxBuffer(text: string, deps: ToolDeps): Promise<CopyUsed | CopyFailed> {
	const options = {input: text, env: deps.env, timeoutMs: deps.timeoutMs};
	let outcome = await deps.run('tmux', ['load-buffer', '-w', '-'], options);
	if (outcome.kind === 'failed' && /usage|unknown (option|flag)|invalid option/i.test(outcome.stderr)) {
		outcome = await deps.run('tmux', ['load-buffer', '-'], options);
	}
	return toolOutcome('tmux-buffer', 'tmux', outcome, {text, timeoutMs: deps.timeoutMs});
}

/** The desktop's clipboard tools, most native first; each reads the text from stdin. */
function systemClipboardTools(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): readonly Tool[] {
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
export async function copyToSystemClipboard(text: string, deps: ToolDeps & Readonly<{platform: NodeJS.Platform}>): Promise<CopyUsed | CopyFailed> {
	const tools = systemClipboardTools(deps.env, deps.platform);
	for (const tool of tools) {
		const outcome = await deps.run(tool.command, tool.args, {input: text, env: deps.env, timeoutMs: deps.timeoutMs});
		if (outcome.kind !== 'not-found') return toolOutcome('system', tool.command, outcome, {text, timeoutMs: deps.timeoutMs});
	}
	return {way: 'system', tool: tools.map(tool => tool.command).join(', '), reason: 'not-found'};
}

/** What a tool's run means for the copy; `text` is only used to keep it out of `detail`. */
function toolOutcome(way: CopyWay, tool: string, outcome: RunOutcome, context: Readonly<{text: string; timeoutMs: number}>): CopyUsed | CopyFailed {
	if (outcome.kind === 'ok') return {way, tool};
	if (outcome.kind === 'not-found') return {way, tool, reason: 'not-found'};
	if (outcome.kind === 'timeout') return {way, tool, reason: 'timeout', detail: `${context.timeoutMs} ms`};
	const detail = firstLine(outcome.stderr, context.text) ?? (outcome.exitCode === undefined ? undefined : `exit ${outcome.exitCode}`);
	return detail === undefined ? {way, tool, reason: 'failed'} : {way, tool, reason: 'failed', detail};
}

const maxLineLength = 200;

/**
 * The first non-empty line of a tool's stderr, short enough for a screen. Any occurrence of the
 * copied text is cut out: no tool should echo its stdin, but a token must never reach the screen.
 */
function firstLine(stderr: string, secret: string): string | undefined {
	const line = stderr
		.split(/\r?\n/)
		.map(part => part.trim())
		.find(part => part !== '');
	if (line === undefined) return undefined;
	const safe = secret === '' ? line : line.split(secret).join('…');
	return safe.length > maxLineLength ? `${safe.slice(0, maxLineLength)}…` : safe;
}
