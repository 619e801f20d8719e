import {render} from 'ink';
import type {CommandIo} from '../commands/command-io.js';
import type {WizardRun} from '../commands/wizard.js';
import type {WizardState} from '../flow/index.js';
import {signalExitCodes, stopSignalOf} from '../errors.js';
import {stoppedText} from '../i18n/common.js';
import type {WizardServices} from '../wizard/wizard-services.js';
import {WizardApp} from './wizard-app.js';

/** Mounts the Ink face and resolves with the exit code once the wizard ends. */
export async function runInkWizard(
	initial: WizardState,
	services: Omit<WizardServices, 'print'>,
	run: WizardRun,
	io: CommandIo,
): Promise<number> {
	let code = 1;
	let farewell: readonly string[] = [];
	let bug: unknown;
	const instance = render(
		<WizardApp
			initial={initial}
			services={services}
			isInsecure={run.net.insecure === true}
			onExit={(exitCode, lines) => {
				code = exitCode;
				farewell = lines;
			}}
			onBug={error => {
				bug = error;
				instance.unmount();
			}}
		/>,
		{
			stdin: io.stdin as NodeJS.ReadStream,
			stdout: io.stdout as NodeJS.WriteStream,
			stderr: io.stderr as NodeJS.WriteStream,
			// Ctrl+C goes through the app, so it can leave a clean last frame and exit 130.
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	// A Ctrl+C that came before Ink put the terminal in raw mode arrives as SIGINT, not as a key;
	// SIGTERM and SIGHUP come from outside. Ink's unmount puts the terminal back as it was.
	const onInterrupt = () => {
		const signal = stopSignalOf(io.signal) ?? 'SIGINT';
		code = signalExitCodes[signal];
		farewell = [`✖ ${stoppedText[signal][io.lang].message}`];
		instance.clear();
		instance.unmount();
	};
	if (io.signal.aborted) onInterrupt();
	else io.signal.addEventListener('abort', onInterrupt, {once: true});
	await instance.waitUntilExit();
	io.signal.removeEventListener('abort', onInterrupt);
	if (bug) throw bug;
	// After Ink: plain lines the terminal soft-wraps, so a triple-click selects the whole token.
	for (const line of farewell) io.stdout.write(`${line}\n`);
	return code;
}
