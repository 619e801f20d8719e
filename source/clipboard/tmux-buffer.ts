import type {CopyFailed, CopyUsed} from './copy-result.js';
import type {RunCommand} from './run-command.js';
import {toolOutcome} from './tool-outcome.js';

/**
 * `tmux load-buffer -w -`: the text (read from stdin) becomes tmux's newest paste buffer, and `-w`
 * also sends it to the outer terminal's clipboard when tmux's `set-clipboard` allows. The client
 * finds the server through $TMUX. tmux before 3.2 has no `-w`; then the buffer alone is still worth it.
 */
export async function copyToTmuxBuffer(
	text: string,
	deps: Readonly<{env: NodeJS.ProcessEnv; run: RunCommand; timeoutMs: number}>,
): Promise<CopyUsed | CopyFailed> {
	const options = {input: text, env: deps.env, timeoutMs: deps.timeoutMs};
	let outcome = await deps.run('tmux', ['load-buffer', '-w', '-'], options);
	if (outcome.kind === 'failed' && /usage|unknown (option|flag)|invalid option/i.test(outcome.stderr)) {
		outcome = await deps.run('tmux', ['load-buffer', '-'], options);
	}
	return toolOutcome('tmux-buffer', 'tmux', outcome, {text, timeoutMs: deps.timeoutMs});
}
