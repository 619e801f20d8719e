import type {CopyFailed, CopyResult, CopyUsed, CopyWay} from './copy-result.js';
import {copyToSystemClipboard, copyToTmuxBuffer} from './copy-tools.js';
import {maxOsc52Length, osc52, screenChunks, tmuxPassthrough} from './osc52.js';
import {runCommand, type RunCommand} from './run-command.js';
import {openControllingTerminal, writeAndClose} from './terminal-writer.js';

export type CopyDeps = Readonly<{
	env: NodeJS.ProcessEnv;
	platform: NodeJS.Platform;
	/**
	 * A fresh stream to the controlling terminal, which the copy ends when done; throws when there
	 * is none. Defaults to /dev/tty. Never process.stdout: it may be a pipe or a file.
	 */
	openTerminal?: () => NodeJS.WritableStream;
	/** Runs tmux and the clipboard tools; the text goes on stdin, never in the arguments. */
	run?: RunCommand;
	/** Per tool and for the terminal write; short, so a dead display fails fast. */
	timeoutMs?: number;
}>;

const defaultTimeoutMs = 2000;

/** Where the app runs, as far as copying is concerned. */
type ClipboardPlace = Readonly<{
	/** The multiplexer between us and the terminal: its own way to reach the clipboard. */
	multiplexer: 'tmux' | 'screen' | undefined;
	isSsh: boolean;
	/** A desktop session on this machine, whose system clipboard is the user's. */
	isLocalDesktop: boolean;
	/** TERM=dumb: a terminal that would print an escape sequence as garbage. */
	isDumbTerminal: boolean;
}>;

function detectClipboardPlace(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): ClipboardPlace {
	const isSsh = Boolean(env['SSH_CONNECTION'] || env['SSH_CLIENT'] || env['SSH_TTY']);
	// $TMUX first: tmux sets it in every pane, and inside tmux TERM may still say "screen".
	const multiplexer = env['TMUX'] ? 'tmux' : env['STY'] ? 'screen' : undefined;
	// Over SSH a DISPLAY is a forwarded X server that may hang or be someone else's; the
	// terminal's OSC 52 is the way home there. pbcopy over SSH fills the remote Mac's clipboard.
	const hasDisplay = Boolean(env['WAYLAND_DISPLAY'] || env['DISPLAY']);
	const isLocalDesktop = !isSsh && (platform === 'darwin' || hasDisplay);
	return {multiplexer, isSsh, isLocalDesktop, isDumbTerminal: env['TERM'] === 'dumb'};
}

/**
 * Sends the text every way that fits where we run: OSC 52 to the terminal (wrapped for tmux or
 * screen), tmux's paste buffer inside tmux, and the system clipboard on a local desktop. Never
 * rejects: the result lists the ways that worked and those that failed, with why.
 */
export async function copyToClipboard(text: string, deps: CopyDeps): Promise<CopyResult> {
	if (text === '') throw new TypeError('copyToClipboard: nothing to copy');
	const place = detectClipboardPlace(deps.env, deps.platform);
	const run = deps.run ?? runCommand;
	const timeoutMs = deps.timeoutMs ?? defaultTimeoutMs;

	const attempts: Array<Promise<CopyUsed | CopyFailed>> = [
		sendToTerminal(text, place, deps.openTerminal ?? openControllingTerminal, timeoutMs),
	];
	if (place.multiplexer === 'tmux') attempts.push(copyToTmuxBuffer(text, {env: deps.env, run, timeoutMs}));
	if (place.isLocalDesktop) {
		attempts.push(copyToSystemClipboard(text, {env: deps.env, platform: deps.platform, run, timeoutMs}));
	}

	const used: CopyUsed[] = [];
	const failed: CopyFailed[] = [];
	for (const attempt of await Promise.all(attempts)) {
		if ('reason' in attempt) failed.push(attempt);
		else used.push(attempt);
	}
	return {used, failed};
}

async function sendToTerminal(
	text: string,
	place: ClipboardPlace,
	openTerminal: () => NodeJS.WritableStream,
	timeoutMs: number,
): Promise<CopyUsed | CopyFailed> {
	const sequence = osc52(text);
	const [way, bytes]: [CopyWay, string] =
		place.multiplexer === 'tmux'
			? ['osc52-tmux', tmuxPassthrough(sequence)]
			: place.multiplexer === 'screen'
				? ['osc52-screen', screenChunks(sequence)]
				: ['osc52', sequence];
	if (place.isDumbTerminal) return {way, reason: 'dumb-terminal'};
	if (sequence.length > maxOsc52Length) return {way, reason: 'too-long', detail: `${sequence.length} > ${maxOsc52Length}`};

	let terminal: NodeJS.WritableStream;
	try {
		terminal = openTerminal();
	} catch (error) {
		return {way, reason: 'no-terminal', ...errorDetail(error)};
	}
	try {
		await writeAndClose(terminal, bytes, timeoutMs);
		return {way};
	} catch (error) {
		return {way, reason: 'write-failed', ...errorDetail(error)};
	}
}

/** An errno code or message for the screen; these come from fs, never from the text. */
function errorDetail(error: unknown): {detail?: string} {
	if (error instanceof Error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {detail: code ?? error.message};
	}
	return {};
}
