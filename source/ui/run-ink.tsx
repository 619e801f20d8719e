import {render} from 'ink';
import type {CommandIo} from '../cli/command-io.js';
import {stopSignalOf} from '../errors/exit-codes.js';
import {endingOf, endingText, type Ending, type WizardState, type WizardWork} from '../flow/index.js';
import {WizardApp} from './ink-app.js';

// What the wizard writes to clear the screen when the terminal's width changes (the terminal may
// have re-wrapped the last frame: use-terminal-size.ts).
const screenClear = '\u001B[2J\u001B[H';
/**
 * The terminal as Ink gets it: every write passes through, and just before the wizard's screen
 * clear reaches the terminal Ink is told that its frame is gone (`clear()`, which also forgets
 * it). Ink rewrites only the rows that changed; after a clear it draws the next frame whole.
 */
function withScreenClearNotice(stdout: NodeJS.WriteStream, onScreenClear: () => void): NodeJS.WriteStream {
	const write = (data: unknown, ...rest: unknown[]) => {
		if (typeof data === 'string' && data.startsWith(screenClear)) onScreenClear();
		return (stdout.write as (...args: unknown[]) => boolean)(data, ...rest);
	};
	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'write') return write;
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}

/**
 * Mounts the Ink face and resolves with the exit code once the wizard ends. Whatever ends it —
 * finishing, quitting, Ctrl+C, SIGTERM, SIGHUP — what stays in the terminal is printed after Ink
 * has gone and put the terminal back: why it ended, then the token (if there is one) alone on its
 * line and "Token added".
 */
export async function runInkWizard(
	initial: WizardState,
	work: WizardWork,
	io: CommandIo,
	options: Readonly<{isInsecure: boolean}>,
): Promise<number> {
	let last = initial;
	let ending: Ending | undefined;
	// A failure that is not the user's, the network's or the disk's: rethrown once Ink has gone.
	let bug: Error | undefined;
	const app = (
		<WizardApp
			initial={initial}
			work={work}
			isInsecure={options.isInsecure}
			onState={state => {
				last = state;
			}}
			onExit={end => {
				ending = end;
			}}
			onBug={error => {
				bug = error instanceof Error ? error : new Error('the wizard failed', {cause: error});
				instance.unmount();
			}}
		/>
	);
	// Ink puts the terminal in raw mode in an effect, after its first frame is on screen: a key
	// typed as soon as the frame shows would meet the terminal's line mode, which echoes it (moving
	// the frame under Ink) and turns Enter into a line feed. Raw from before the first frame; Ink
	// takes it over, and whatever ends the wizard, the terminal is back in line mode after it.
	const stdin = io.stdin as NodeJS.ReadStream;
	if (stdin.isTTY) stdin.setRawMode(true);
	// The wizard clears the screen only on a resize, once Ink is drawing.
	const stdout = withScreenClearNotice(io.stdout as NodeJS.WriteStream, () => instance.clear());
	const instance = render(app, {
		stdin: io.stdin,
		stdout,
		stderr: io.stderr,
		// Ctrl+C goes through the app, which ends cleanly with it.
		exitOnCtrlC: false,
		patchConsole: false,
		// Rewrite only the rows that changed: a keystroke in a field is then one row, not the
		// whole screen, on a slow SSH link and in a `script` log.
		incrementalRendering: true,
	});
	// A Ctrl+C that came before the terminal was in raw mode arrives as SIGINT, not as a key;
	// SIGTERM and SIGHUP come from outside. Ink's unmount puts the terminal back as it was.
	const onSignal = () => {
		ending = endingOf(last, stopSignalOf(io.signal) ?? 'SIGINT');
		instance.clear();
		instance.unmount();
	};
	if (io.signal.aborted) onSignal();
	else io.signal.addEventListener('abort', onSignal, {once: true});
	try {
		await instance.waitUntilExit();
	} finally {
		// Ink leaves line mode on only if it had taken raw mode over.
		if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
	}
	io.signal.removeEventListener('abort', onSignal);
	if (bug) throw bug;
	const end = ending ?? endingOf(last);
	const columns = (io.stdout as NodeJS.WriteStream).columns || 80;
	for (const line of endingText(end, columns)) io.stdout.write(`${line}\n`);
	return end.code;
}
