import {commandNames} from '../cli/command-names.js';
import {netOptionsFrom, parseCommandArgs} from '../cli/parse-command-args.js';
import {closest} from '../cli/suggest.js';
import {note, warn} from '../cli/report.js';
import {heldTrace, stderrTrace} from '../cli/trace-output.js';
import {ConfigError, TerminalError} from '../errors/app-error.js';
import {createInitialState, toSavedProfiles} from '../flow/index.js';
import {argText, usage, wizardRunText} from '../i18n/text.js';
import type {NetOptions} from '../model/net-options.js';
import type {SeguraDetails} from '../model/provider-details.js';
import type {CommandIo} from '../cli/command-io.js';
import type {PracticeStart} from './practice.js';
import {displayLine} from '../text/display.js';
import {wizardWork} from './wizard-effects.js';
import {realWizardServices} from './wizard-services.js';
import {openProfiles, profileNamed} from './open-profiles.js';
import {wizardOptions} from './command-options.js';

export type WizardRun = Readonly<{plain: boolean; net: NetOptions; isVerbose?: boolean; profile?: string; demoDetails?: SeguraDetails}>;

/** `segura-token` with no command: the six steps, in Ink or (--plain) as line prompts. */
export async function wizardCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandArgs('', argv, wizardOptions, {positionals: true});
	if (values.help) {
		io.stdout.write(usage.main[io.lang]);
		return 0;
	}
	if (positionals.length > 0) throw new ConfigError(argText.unknownCommand(positionals[0]!, closest(positionals[0]!, commandNames)), {reason: 'usage'});
	const run = {plain: values.plain === true, net: netOptionsFrom(values), isVerbose: values.verbose === true};
	return runWizard({...run, ...(values.profile ? {profile: values.profile} : {})}, io);
}

/** `segura-token demo`: the practice server in this process, and the wizard against it. */
export async function demoWizard(run: WizardRun, io: CommandIo, start: PracticeStart): Promise<number> {
	assertTerminal(run, io);
	const {startStablePracticeServer, practiceFile} = await import('./practice.js');
	const server = await startStablePracticeServer(io, start);
	try {
		const banner = wizardRunText.demoStarted[io.lang](displayLine(server.seguraUrl), displayLine(practiceFile(io.env)));
		note(io, banner);
		const {seguraUrl, providers} = server;
		return await runWizard({...run, demoDetails: {seguraUrl, providers}}, io);
	} finally {
		await server.close();
	}
}

/** The Ink face needs a terminal both ways; --plain asks in plain lines where there is none. */
function assertTerminal(run: WizardRun, io: CommandIo): void {
	if (run.plain) return;
	if (!io.stdin.isTTY || !io.stdout.isTTY) throw new TerminalError(argText.notATerminal, {reason: 'not_a_terminal'});
}

async function runWizard(run: WizardRun, io: CommandIo): Promise<number> {
	assertTerminal(run, io);
	if (run.net.insecure) warn(io, 'insecure');
	const isDumb = io.env.TERM === 'dumb';
	const plain = run.plain || isDumb;
	if (plain && !run.plain) note(io, wizardRunText.dumbTerminal[io.lang]);
	// Ink and React load while the store opens: the first frame waits for both.
	const inkFace = plain ? undefined : import('../ui/run-ink.js');
	// Awaited below; an error before that point must not leave it unhandled.
	inkFace?.catch(() => undefined);
	const opened = await openProfiles(io);
	const {store} = opened;
	const profiles = toSavedProfiles(opened.profiles);
	// --profile of a name that does not exist is an error that points to `profiles list`.
	if (run.profile !== undefined) profileNamed(opened.profiles, run.profile);
	const initial = createInitialState({
		now: () => new Date(),
		lang: io.lang,
		profiles,
		storePath: store.path,
		network: {...(run.net.caFile ? {caFile: run.net.caFile} : {}), ...(run.net.insecure ? {insecure: true} : {})},
		...(run.profile === undefined ? {} : {startProfile: run.profile}),
		...(run.demoDetails ? {demoDetails: run.demoDetails} : {}),
	});
	if (plain) {
		const {runPlainWizard} = await import('../plain/run-plain.js');
		// --verbose between the prompts, as each request runs.
		const work = wizardWork(realWizardServices(run.net, io, store, run.isVerbose ? stderrTrace(io) : undefined));
		// Plain lines, with no escape code at all, where nothing is drawn: TERM=dumb, a pipe, a file.
		return runPlainWizard(initial, work, io, {lines: isDumb || !io.stdin.isTTY || !io.stdout.isTTY});
	}
	const {runInkWizard} = await (inkFace ?? import('../ui/run-ink.js'));
	// --verbose once Ink has left the screen, unless stderr goes elsewhere (see heldTrace).
	const trace = run.isVerbose ? heldTrace(io) : undefined;
	try {
		return await runInkWizard(initial, wizardWork(realWizardServices(run.net, io, store, trace)), io, {isInsecure: run.net.insecure === true});
	} finally {
		trace?.flush();
	}
}
