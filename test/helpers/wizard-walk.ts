import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Lang} from '../../source/i18n/lang.js';
import {wizardText, type WizardText} from '../../source/i18n/text.js';
import type {ProviderKind} from '../../source/model/provider-kind.js';
import {keys, type PtySession} from './pty.js';

const madeDirs: string[] = [];

/**
 * The environment of one CLI child: a fresh XDG_CONFIG_HOME (profiles land there, never in the
 * user's), English unless told otherwise, and nothing from this shell that would change what the
 * program does (locale overrides, a secret, proxies, CI, a debug switch).
 */
export function childEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	return {
		XDG_CONFIG_HOME: newConfigHome(),
		LANG: 'en_US.UTF-8',
		LC_ALL: undefined,
		LC_MESSAGES: undefined,
		SEGURA_CLIENT_SECRET: undefined,
		SEGURA_TOKEN_DEBUG: undefined,
		HTTPS_PROXY: undefined,
		https_proxy: undefined,
		HTTP_PROXY: undefined,
		http_proxy: undefined,
		NO_PROXY: undefined,
		no_proxy: undefined,
		NODE_EXTRA_CA_CERTS: undefined,
		NO_COLOR: undefined,
		CI: undefined,
		// Node options of the test run's own (a debugger's --require) would reach every CLI run.
		NODE_OPTIONS: undefined,
		...overrides,
	};
}

export type TerminalEnv = Readonly<{env: NodeJS.ProcessEnv; configHome: string; configFile: string}>;

/**
 * The environment of a CLI child that works with saved profiles: a fresh XDG_CONFIG_HOME and
 * where the profile store's file lands in it, English, TERM=xterm-256color, and nothing from
 * this shell that would change what the program does (a token or secret, locale overrides,
 * proxies, CI, colour switches, a tmux or screen around it).
 */
export function terminalEnv(overrides: NodeJS.ProcessEnv = {}): TerminalEnv {
	const configHome = newConfigHome();
	const env: NodeJS.ProcessEnv = {XDG_CONFIG_HOME: configHome, LANG: 'en_US.UTF-8', TERM: 'xterm-256color'};
	for (const name of ['LC_ALL', 'LC_MESSAGES', 'SEGURA_CLIENT_SECRET', 'SEGURA_TOKEN', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'NO_COLOR', 'FORCE_COLOR', 'CI', 'TMUX', 'STY']) {
		env[name] = undefined;
	}
	return {env: {...env, ...overrides}, configHome, configFile: join(configHome, 'segura-token', 'config.json')};
}

function newConfigHome(): string {
	const configHome = mkdtempSync(join(tmpdir(), 'segura-token-e2e-'));
	madeDirs.push(configHome);
	return configHome;
}

/** Removes the config folders childEnv and terminalEnv made (for afterAll). */
export function removeChildEnvDirs(): void {
	for (const dir of madeDirs.splice(0)) rmSync(dir, {recursive: true, force: true});
}

/** True when `text` holds the secret as typed or form-encoded (the two ways it could leak). */
export function leaks(text: string, secret: string): boolean {
	const encoded = encodeURIComponent(secret).replaceAll('%20', '+');
	return text.includes(secret) || text.includes(encoded);
}

/**
 * The practice value shown under `label` in step 1 of `segura-token demo`, read as a user reads
 * it: the rows below the label (Ink breaks a long value over several), up to the next label or
 * the input line, joined. The last label on the screen: earlier fields may show the same one.
 */
export function practiceValue(screen: string, label: string): string {
	const rows = screen.split('\n');
	const at = labelEnd(rows, label);
	if (at === -1) throw new Error(`no "${label}:" on the screen:\n${screen}`);
	const value: string[] = [];
	for (const row of rows.slice(at + 1)) {
		if (row.startsWith('›') || row.trim().endsWith(':') || row.trim() === '') break;
		value.push(row.trim());
	}
	return value.join('');
}

/** The last row that ends `label:`, the label alone on it or wrapped at words over up to three rows. */
function labelEnd(rows: readonly string[], label: string): number {
	return rows.findLastIndex((row, at) => {
		if (!row.trim().endsWith(':')) return false;
		for (let from = at; from >= Math.max(0, at - 2); from--) {
			if (prose(rows.slice(from, at + 1).join('\n')).trim() === `${label}:`) return true;
		}
		return false;
	});
}

/**
 * practiceValue once the frame is whole: the label, its value and the input row below them all
 * drawn (a frame can reach the terminal in more than one piece).
 */
export async function readPractice(s: PtySession, label: string): Promise<string> {
	await waitUntil(s, () => {
		const rows = s.screen().split('\n');
		const at = labelEnd(rows, label);
		return at !== -1 && rows.slice(at + 1).some(row => row.startsWith('›'));
	}, `"${label}:" and the input row below it`);
	return practiceValue(s.screen(), label);
}

/** The label of a practice row for a provider kind, in the screen's language. */
export function practiceLabel(lang: Lang, kind?: ProviderKind): string {
	const text = wizardText[lang];
	return kind ? `${text.demoTitle} · ${text.kinds[kind]}` : text.demoTitle;
}

/** The row of the Collect step that shows the input (› …). */
function inputRow(screen: string): string {
	return screen.split('\n').findLast(row => row.startsWith('›')) ?? '';
}

/**
 * Answers field `position` (1-5) of the Collect step: waits for it, types `value` (none: Enter
 * accepts the proposal or keeps what is there), waits until the field shows it, presses Enter
 * and waits until the wizard moved on.
 */
export async function answerField(s: PtySession, position: number, value?: string, options: {isSecret?: boolean} = {}): Promise<void> {
	const marker = `(${position}/5)`;
	await s.waitFor(marker);
	if (value !== undefined) {
		await s.type(value);
		if (options.isSecret) await s.waitFor(new RegExp(`^${value.length} \\S+$`, 'm'));
		else await waitUntil(s, () => inputRow(s.screen()).includes(value.slice(-10)), `the field to show what was typed`);
	}
	s.write(keys.enter);
	await waitUntil(s, () => !s.screen().includes(marker), `the wizard to leave field ${marker}`);
}

/** Writes keys, then waits until the screen shows `until`. */
export async function press(s: PtySession, data: string, until: string | RegExp): Promise<void> {
	s.write(data);
	await s.waitFor(until);
}

/**
 * The token the wizard printed (p, r) as the terminal holds it: the last line that is a JWT once
 * the rows the terminal wrapped are joined. Hard line breaks inside it would leave no such line.
 */
export function printedToken(s: PtySession): string {
	const token = s.lines().map(line => line.trimEnd()).findLast(line => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(line));
	if (!token) throw new Error(`no token on a line of its own:\n${s.lines().join('\n')}`);
	return token;
}

/** Polls a condition on the session, failing with the screen. */
export async function waitUntil(s: PtySession, condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n--- screen ---\n${s.screen()}\n--------------`);
		await new Promise(resolve => setTimeout(resolve, 15));
	}
}

export type CollectedValues = Readonly<{seguraUrl: string; clientId: string; clientSecret: string}>;

/**
 * Step 1 of `segura-token demo`, done like a newcomer: copy the practice values off the screen
 * for the given provider kind, Enter to accept the proposed Base URL and Token URL.
 */
export async function collectFromScreen(s: PtySession, lang: Lang, kind: ProviderKind): Promise<CollectedValues> {
	await s.waitFor('(1/5)');
	const seguraUrl = await readPractice(s, practiceLabel(lang));
	await answerField(s, 1, seguraUrl);
	await answerField(s, 2);
	await answerField(s, 3);
	await s.waitFor('(4/5)');
	const clientId = await readPractice(s, practiceLabel(lang, kind));
	await answerField(s, 4, clientId);
	await s.waitFor('(5/5)');
	const clientSecret = await readPractice(s, practiceLabel(lang, kind));
	await answerField(s, 5, clientSecret, {isSecret: true});
	return {seguraUrl, clientId, clientSecret};
}

/** Steps 2 to 4: choose the provider kind by its key, Enter through Configure and Clear. */
export async function chooseAndClear(s: PtySession, text: WizardText, kindKey: 'i' | 't'): Promise<void> {
	await s.waitFor(providerHint(text));
	s.write(kindKey);
	await s.waitFor(text.configureFields.tokenName.label);
	s.write(keys.enter);
	await s.waitFor(text.clearItems[0]!);
	s.write(keys.enter);
}

/** The key hint only the Provider step shows (its question wraps at 40 columns). */
export function providerHint(text: WizardText): string {
	return `${text.keyNames.enter} ${text.keyLabels.choose}`;
}

/** The screen as prose: the line breaks Ink put between words undone, to find a sentence whole. */
export function prose(screen: string): string {
	return screen.replace(/ *\n */g, ' ');
}

/** The JWT payload, decoded (not verified): enough to tell whose token it is. */
export function jwtClaims(token: string): Record<string, unknown> {
	const payload = token.split('.')[1];
	if (!payload) throw new Error('not a JWT');
	return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/**
 * The Ink wizard from step 1 to step 6 against the server at `seguraUrl` (Segura's paths), typing
 * every value: the proposed Base and Token URL accepted, internal users, Configure and Clear as
 * they are. With `claim`, waits for that text among the claims on the Fetch screen.
 */
export async function typeToCopyStep(s: PtySession, seguraUrl: string, options: {clientId?: string; secret?: string; claim?: string} = {}): Promise<void> {
	await s.waitFor('(1/5)');
	await s.type(seguraUrl);
	for (const marker of ['(1/5)', '(2/5)', '(3/5)']) {
		s.write(keys.enter);
		await waitUntil(s, () => !s.screen().includes(marker), `leaving ${marker}`);
	}
	await s.type(options.clientId ?? 'okta-scim');
	s.write(keys.enter);
	await s.waitFor('(5/5)');
	await s.type(options.secret ?? 'hostile-test-secret');
	s.write(keys.enter);
	await s.waitFor('Which provider');
	s.write('i');
	await s.waitFor('Token Name');
	s.write(keys.enter);
	await s.waitFor('Cookies: none kept');
	s.write(keys.enter);
	await s.waitFor('Authentication complete');
	if (options.claim) await s.waitFor(options.claim);
	s.write(keys.enter);
	await s.waitFor('Access token');
}
