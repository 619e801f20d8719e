import {pollUntil} from './poll.js';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import pty from 'node-pty';
import xterm from '@xterm/headless';

export const cliPath = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));

export type PtyOptions = Readonly<{
	args?: readonly string[];
	cols?: number;
	rows?: number;
	env?: NodeJS.ProcessEnv;
	/** Another executable instead of `node dist/cli.mjs` (the standalone binary). */
	command?: readonly string[];
}>;

export type PtySession = Readonly<{
	/** The process started in the terminal (the shell, when `command` runs one). */
	pid: number;
	/** The visible screen, one string per row, right-trimmed. */
	screen(): string;
	/**
	 * The rows of the scrollback and the screen (or the screen only), with the rows the terminal
	 * soft-wrapped joined back into the one line the program wrote: a long value read whole.
	 */
	lines(from?: 'all' | 'screen'): string[];
	/** The lines of the scrollback and the screen that the terminal soft-wrapped (a line longer than the width), joined. */
	wrappedLines(): string[];
	/** Everything the program wrote, raw (escape sequences included). */
	output(): string;
	/** Waits until the screen matches, or fails with the screen in the message. */
	waitFor(match: string | RegExp, timeoutMs?: number): Promise<void>;
	/** Waits until the screen differs from `previous`. */
	waitForChange(previous: string, timeoutMs?: number): Promise<void>;
	write(data: string): void;
	/** One key at a time, waiting for the screen to react after each when asked. */
	type(text: string): Promise<void>;
	resize(cols: number, rows: number): void;
	exit: Promise<number>;
	kill(): void;
}>;

export {keys} from './keys.js';

/** The processes `pid` started that are still running (Linux /proc). */
export function childPids(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

/** The built CLI in a real pseudo-terminal, its output fed to a headless xterm. */
export function startPty(options: PtyOptions = {}): PtySession {
	const cols = options.cols ?? 80;
	const rows = options.rows ?? 24;
	const terminal = new xterm.Terminal({cols, rows, allowProposedApi: true});
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', ...options.env};
	// With CI set, Ink renders only the final frame (is-in-ci).
	delete env.CI;
	for (const [name, value] of Object.entries(options.env ?? {})) if (value === undefined) delete env[name];
	const [file, ...baseArgs] = options.command ?? [process.execPath, cliPath];
	const child = pty.spawn(file!, [...baseArgs, ...(options.args ?? [])], {
		// node-pty sets TERM to this name: the env's, so a test can ask for TERM=dumb.
		name: env.TERM ?? 'xterm-256color',
		cols,
		rows,
		cwd: process.cwd(),
		env,
	});
	let raw = '';
	let pending = Promise.resolve();
	child.onData(data => {
		raw += data;
		pending = new Promise(resolve => terminal.write(data, resolve));
	});
	// Resolved once the terminal has drawn everything written before the exit, so a test can read the last screen.
	const exit = new Promise<number>(resolve => child.onExit(({exitCode}) => void pending.then(() => resolve(exitCode))));
	let exited = false;
	void exit.then(() => (exited = true));

	const screen = () => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let y = 0; y < terminal.rows; y++) lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
		return lines.join('\n');
	};
	const joined = (from: 'all' | 'screen' = 'all') => {
		const buffer = terminal.buffer.active;
		const result: Array<{text: string; isWrapped: boolean}> = [];
		for (let y = from === 'all' ? 0 : buffer.viewportY; y < buffer.length; y++) {
			const line = buffer.getLine(y);
			if (!line) continue;
			// A row continued on the next one keeps its trailing spaces: they are part of the line.
			const text = line.translateToString(!buffer.getLine(y + 1)?.isWrapped);
			const last = result.at(-1);
			if (line.isWrapped && last) result[result.length - 1] = {text: last.text + text, isWrapped: true};
			else result.push({text, isWrapped: false});
		}
		return result;
	};
	const lines = (from: 'all' | 'screen' = 'all') => joined(from).map(line => line.text);
	// Each check after the terminal has drawn what arrived.
	const poll = (done: () => boolean, timeoutMs: number, what: () => string) =>
		pollUntil(
			async () => {
				await pending;
				return done();
			},
			() => `${what()}\n--- screen ---\n${screen()}\n--------------`,
			timeoutMs,
		);
	return {
		pid: child.pid,
		screen,
		lines,
		wrappedLines: () => joined().filter(line => line.isWrapped).map(line => line.text),
		output: () => raw,
		waitFor: (match, timeoutMs = 10_000) =>
			poll(() => (typeof match === 'string' ? screen().includes(match) : match.test(screen())), timeoutMs, () => `timed out waiting for ${String(match)}${exited ? ' (the program exited)' : ''}`),
		waitForChange: (previous, timeoutMs = 10_000) => poll(() => screen() !== previous, timeoutMs, () => 'timed out waiting for the screen to change'),
		write: data => child.write(data),
		async type(text) {
			for (const char of text) {
				child.write(char);
				await pending;
			}
		},
		resize(newCols, newRows) {
			child.resize(newCols, newRows);
			terminal.resize(newCols, newRows);
		},
		exit,
		kill: () => {
			if (!exited) child.kill();
		},
	};
}
