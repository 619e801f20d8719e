import {render} from 'ink';
import type {CommandIo} from '../cli/command-io.js';
import {stopSignalOf} from '../errors/exit-codes.js';
import {endingOf, endingText, type Ending, type WizardServices, type WizardState} from '../flow/index.js';
import {WizardApp} from './ink-app.js';

/**
 * Mounts the Ink face and resolves with the exit code once the wizard ends. Whatever ends it —
 * finishing, quitting, Ctrl+C, SIGTERM, SIGHUP — what stays in the terminal is printed after Ink
 * has gone and put the terminal back: why it ended, then the token (if there is one) alone on its
 * line and "Token added".
 */
export async function runInkWizard(
	initial: WizardState,
	services: Omit<WizardServices, 'print'>,
	io: CommandIo,
	options: Readonly<{isInsecure: boolean}>,
): Promise<number> {
	let last = initial;
	let ending: Ending | undefined;
	// A failure that is not the user's, the network's or the disk's: rethrown once Ink has gone.
	let bug: Error | undefined;
	const instance = render(
		<WizardApp
			initial={initial}
			services={services}
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
		/>,
		{
			stdin: io.stdin as NodeJS.ReadStream,
			stdout: io.stdout as NodeJS.WriteStream,
			stderr: io.stderr as NodeJS.WriteStream,
			// Ctrl+C goes through the app, which ends cleanly with it.
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	// A Ctrl+C that came before Ink put the terminal in raw mode arrives as SIGINT, not as a key;
	// SIGTERM and SIGHUP come from outside. Ink's unmount puts the terminal back as it was.
	const onSignal = () => {
		ending = endingOf(last, stopSignalOf(io.signal) ?? 'SIGINT');
		instance.clear();
		instance.unmount();
	};
	if (io.signal.aborted) onSignal();
	else io.signal.addEventListener('abort', onSignal, {once: true});
	await instance.waitUntilExit();
	io.signal.removeEventListener('abort', onSignal);
	if (bug) throw bug;
	const end = ending ?? endingOf(last);
	const columns = (io.stdout as NodeJS.WriteStream).columns || 80;
	for (const line of endingText(end, columns)) io.stdout.write(`${line}\n`);
	return end.code;
}
