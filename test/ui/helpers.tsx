import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import type {CopyResult} from '../../source/clipboard/copy-result.js';
import type {CommandIo} from '../../source/cli/command-io.js';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {createInitialState, endingText, type WizardState} from '../../source/flow/index.js';
import type {Lang} from '../../source/i18n/lang.js';
import type {TokenRequest, TokenResult} from '../../source/oauth/types.js';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import type {ProviderKind} from '../../source/model/provider-kind.js';
import {WizardApp} from '../../source/ui/ink-app.js';
import {realWizardServices} from '../../source/commands/wizard-services.js';
import {wizardWork, type WizardServices} from '../../source/commands/wizard-effects.js';
import {expect} from 'vitest';
import {keys, renderInk, type InkOptions, type InkSession} from '../helpers/ink.js';

/** Fixed credentials, so a test can type a wrong one and check that none shows on screen. */
export const credentials = {
	internal: {clientId: 'okta-internal-client', clientSecret: 'Practice0Secret1Internal2Never3Shown4'},
	'third-party': {clientId: 'okta-third-party-client', clientSecret: 'Practice5Secret6Third7Party8Hidden9'},
} as const;

export async function startServer(): Promise<PracticeServer> {
	return startPracticeServer({credentials});
}

export type WizardRun = Readonly<{
	session: InkSession;
	/** Every code passed to onExit, in order. */
	exits: number[];
	/** The lines the app asked to print after it unmounted (the token, "Token added"…). */
	farewells: Array<readonly string[]>;
	bugs: unknown[];
	/** The tokens the copy service was asked to copy. */
	copies: string[];
	/** Requests the wizard gave the token engine, and what the engine answered. */
	requests: TokenRequest[];
	results: TokenResult[];
	/** Unmounts the app and removes its profile store. */
	close(): Promise<void>;
}>;

export type WizardOptions = InkOptions & Readonly<{
	lang?: Lang;
	initial?: WizardState;
	/** What the copy service answers. */
	copyResult?: CopyResult;
}>;

/** An OSC 52 write that went out: what copyToClipboard returns in a terminal without tmux. */
export const sentThroughTerminal: CopyResult = {used: [{way: 'osc52'}], failed: []};

/**
 * The wizard with the services `segura-token` gives it (the token engine without proxy or CA,
 * from an empty environment; a profile store of its own in a temporary folder), but for copy.
 */
export async function startWizard(options: WizardOptions = {}): Promise<WizardRun> {
	const exits: number[] = [];
	const farewells: Array<readonly string[]> = [];
	const bugs: unknown[] = [];
	const copies: string[] = [];
	const requests: TokenRequest[] = [];
	const results: TokenResult[] = [];
	const folder = await mkdtemp(path.join(tmpdir(), 'segura-token-ui-'));
	const {store} = await openProfileStore({cwd: folder});
	const lang = options.lang ?? 'en';
	const io: CommandIo = {stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {}, lang, signal: new AbortController().signal};
	const real = realWizardServices({}, io, store);
	const services: WizardServices = {
		...real,
		async fetchToken(...args: Parameters<WizardServices['fetchToken']>) {
			requests.push(args[0]);
			const result = await real.fetchToken(...args);
			results.push(result);
			return result;
		},
		// The one double: the real copy writes OSC 52 to /dev/tty (the terminal running the tests)
		// or runs the desktop's clipboard tool. This records the token and answers as a terminal
		// copy does; the clipboard module has its own tests under a real tmux.
		copy(token) {
			copies.push(token);
			return Promise.resolve(options.copyResult ?? sentThroughTerminal);
		},
	};
	const initial = options.initial ?? createInitialState({now: () => new Date(), lang, storePath: store.path});
	const session = await renderInk(
		<WizardApp
			initial={initial}
			work={wizardWork(services)}
			isInsecure={false}
			onState={() => undefined}
			onExit={ending => {
				exits.push(ending.code);
				farewells.push(endingText(ending, 80));
			}}
			onBug={error => bugs.push(error)}
		/>,
		options,
	);
	return {
		session,
		exits,
		farewells,
		bugs,
		copies,
		requests,
		results,
		async close() {
			session.unmount();
			await rm(folder, {recursive: true, force: true});
		},
	};
}

/** Closes a run (for afterEach): the app reported no bug, and no frame showed any of `secrets`. */
export async function closeRun(run: WizardRun, secrets: readonly string[] = [credentials.internal.clientSecret]): Promise<void> {
	await run.close();
	expect(run.bugs).toEqual([]);
	expect(run.session.frames().filter(frame => secrets.some(secret => frame.includes(secret)))).toEqual([]);
}

/** Pastes a value (one chunk, as a terminal delivers a paste) and waits for it to show. */
export async function paste(session: InkSession, value: string): Promise<string> {
	return session.press(value);
}

export type Values = Readonly<{seguraUrl: string; clientId: string; clientSecret: string}>;

/** Step 1 with the practice server's values, the Base and Token URL proposals accepted. */
export async function collect(run: WizardRun, values: Values, lang: Lang = 'en'): Promise<void> {
	const {session} = run;
	const labels = lang === 'en'
		? ['Base URL (2/5)', 'Token URL (3/5)', 'Client ID (4/5)', 'Client Secret (5/5)']
		: ['Base URL (2/5)', 'Token URL (3/5)', 'ID do Cliente (4/5)', 'Client Secret (5/5)'];
	await paste(session, values.seguraUrl);
	await session.press(keys.enter, labels[0]);
	await session.press(keys.enter, labels[1]);
	await session.press(keys.enter, labels[2]);
	await paste(session, values.clientId);
	await session.press(keys.enter, labels[3]);
	await paste(session, values.clientSecret);
}

/** From the start to step 4 (Clear) with the given provider kind and nothing changed in step 3. */
export async function toClear(run: WizardRun, server: PracticeServer, kind: ProviderKind = 'internal', secret?: string): Promise<void> {
	await collectToClear(run, {seguraUrl: server.seguraUrl, ...credentials[kind], ...(secret ? {clientSecret: secret} : {})}, kind);
}

/** Step 1 with `values`, then the provider kind and nothing changed in step 3: step 4 (Clear). */
export async function collectToClear(run: WizardRun, values: Values, kind: ProviderKind = 'internal'): Promise<void> {
	const {session} = run;
	await collect(run, values);
	await session.press(keys.enter, '[2 Provider]');
	await session.press(kind === 'internal' ? 'i' : 't', '[3 Configure]');
	await session.press(keys.enter, '[4 Clear]');
}

/** Through the fetch (a real request to the practice server) to step 6. */
export async function toCopy(run: WizardRun, server: PracticeServer): Promise<void> {
	const {session} = run;
	await toClear(run, server);
	await session.press(keys.enter, 'Authentication complete');
	await session.press(keys.enter, '[6 Copy]');
}
