import {netOptionsFrom, parseCommandArgs} from '../cli/parse-command-args.js';
import {warn} from '../cli/report.js';
import {ConfigError, TerminalError} from '../errors/app-error.js';
import {createInitialState, toSavedProfiles, type DemoDetails} from '../flow/index.js';
import {argText} from '../i18n/cli.js';
import {usage} from '../i18n/usage.js';
import {wizardRunText} from '../i18n/wizard-run.js';
import type {NetOptions} from '../model/net-options.js';
import type {CommandIo} from '../cli/command-io.js';
import {leanV8ForWizard} from './lean-v8.js';
import {realWizardServices} from './wizard-services.js';
import {openProfiles, profileNamed} from './open-profiles.js';

export const wizardOptions = {
	plain: {type: 'boolean'},
	profile: {type: 'string'},
} as const;

export type WizardRun = Readonly<{plain: boolean; net: NetOptions; profile?: string; demoDetails?: DemoDetails}>;

/** `segura-token` with no command: the six steps, in Ink or (--plain) as line prompts. */
export async function wizardCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandArgs('', argv, wizardOptions);
	if (values.help) {
		io.stdout.write(usage.main[io.lang]);
		return 0;
	}
	if (positionals.length > 0) throw new ConfigError(argText.unknownCommand(positionals[0]!), {reason: 'usage'});
	return runWizard({plain: values.plain === true, net: netOptionsFrom(values), ...(values.profile ? {profile: values.profile} : {})}, io);
}

/** `segura-token demo`: the practice server in this process, and the wizard against it. */
export async function demoWizard(run: WizardRun, io: CommandIo, port: number | undefined): Promise<number> {
	assertTerminal(io);
	const {startPracticeServer} = await import('../demo/practice-server.js');
	const server = await startPracticeServer(port === undefined ? {} : {port});
	try {
		io.stderr.write(`${wizardRunText.demoStarted[io.lang](server.seguraUrl)}\n`);
		const {seguraUrl, providers} = server;
		return await runWizard({...run, demoDetails: {seguraUrl, providers}}, io);
	} finally {
		await server.close();
	}
}

function assertTerminal(io: CommandIo): void {
	if (!io.stdin.isTTY || !io.stdout.isTTY) throw new TerminalError(argText.notATerminal, {reason: 'not_a_terminal'});
}

async function runWizard(run: WizardRun, io: CommandIo): Promise<number> {
	assertTerminal(io);
	if (run.net.insecure) warn(io, 'insecure');
	const plain = run.plain || io.env.TERM === 'dumb';
	if (plain && !run.plain) io.stderr.write(`${wizardRunText.dumbTerminal[io.lang]}\n`);
	// Before Ink's layout engine (WebAssembly) is compiled: see lean-v8.ts.
	leanV8ForWizard();
	// Ink and React load while the store opens: the first frame waits for both.
	const inkFace = plain ? undefined : import('../ui/run-ink.js');
	// Awaited below; an error before that point must not leave it unhandled.
	inkFace?.catch(() => undefined);
	const opened = await openProfiles(io);
	const {store} = opened;
	const profiles = toSavedProfiles(opened.profiles, new Date());
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
	const services = realWizardServices(run.net, io, store);
	if (plain) {
		const {runPlainWizard} = await import('../plain/run-plain.js');
		return runPlainWizard(initial, services, io);
	}
	const {runInkWizard} = await (inkFace ?? import('../ui/run-ink.js'));
	return runInkWizard(initial, services, io, {isInsecure: run.net.insecure === true});
}
