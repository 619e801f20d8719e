import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import type {Lang} from '../../source/i18n/lang.js';
import {extraText, wizardText} from '../../source/i18n/text.js';
import {keys, startPty, type PtySession} from '../helpers/pty.js';
import {practiceProfile, saveProfiles} from '../helpers/saved-profile.js';
import {prose, removeChildEnvDirs, terminalEnv, waitUntil, type TerminalEnv} from '../helpers/wizard-walk.js';

// What an administrator saw walking the wizard over SSH, as terminal tests: a profile that
// follows a server that moved (against two practice servers on different ports), a fixed secret
// the profile keeps, the token name after k, `demo` and saved profiles, honest endings, and
// summaries at 40 columns, in both languages.

// Throwaway values, made for this file only (letters and digits: practice.json keeps only such).
const credentials = {
	internal: {clientId: 'e2eSshInternal01', clientSecret: 'SshInternal0Secret1Never2Shown'},
	'third-party': {clientId: 'e2eSshThirdParty02', clientSecret: 'SshThird3Party4Secret5Hidden'},
} as const;
const secrets = Object.values(credentials).map(entry => entry.clientSecret);

const sessions: PtySession[] = [];
const servers: PracticeServer[] = [];

afterEach(async () => {
	for (const session of sessions.splice(0)) session.kill();
	await Promise.all(servers.splice(0).map(async server => server.close()));
});
afterAll(() => removeChildEnvDirs());

async function practiceServer(): Promise<PracticeServer> {
	const server = await startPracticeServer({credentials});
	servers.push(server);
	return server;
}

function wizard(setup: TerminalEnv, args: readonly string[], cols: number, lang: Lang): PtySession {
	const session = startPty({args, cols, rows: 24, env: {...setup.env, LANG: lang === 'en' ? 'en_US.UTF-8' : 'pt_BR.UTF-8'}});
	sessions.push(session);
	return session;
}

/** The screen as prose (the line breaks of wrapping undone), to find a sentence whole at any width. */
async function waitForWords(s: PtySession, words: string): Promise<void> {
	await waitUntil(s, () => prose(s.screen()).includes(words), `"${words}"`);
}

type Stored = {profiles: Array<{name: string; seguraUrl: string; baseUrl: string; tokenUrl: string; kind: string; clientSecret?: string; history: Array<{tokenUrl?: string; baseUrl?: string}>}>};

function stored(setup: TerminalEnv): Stored['profiles'][number] {
	return (JSON.parse(readFileSync(setup.configFile, 'utf8')) as Stored).profiles[0]!;
}

/** Nothing the program wrote holds a client secret (a boolean, so a failure never prints one). */
function expectNoSecret(s: PtySession): void {
	for (const secret of secrets) expect(s.output().includes(secret), 'a client secret reached the terminal').toBe(false);
}

describe.each([
	[80, 'en'],
	[40, 'pt-BR'],
] as const)('at %i columns in %s', (cols, lang) => {
	const text = wizardText[lang];
	const extra = extraText[lang];

	it('a profile follows a server that moved: e edits the Segura URL, the others follow, s saves them, history and v use them; the next run goes straight through', async () => {
		// The profile was saved against one practice server; it has gone, and another listens on another port.
		const before = await practiceServer();
		const setup = terminalEnv();
		await saveProfiles(setup.env, [practiceProfile(before, 'lab', 'internal', true)]);
		await before.close();
		servers.splice(servers.indexOf(before), 1);
		const after = await practiceServer();
		expect(after.seguraUrl).not.toBe(before.seguraUrl);
		const port = new URL(before.seguraUrl).port;

		const s = wizard(setup, ['--profile', 'lab'], cols, lang);
		await waitForWords(s, text.failedTitle);
		// The refusal names the old port, and says the profile keeps it and what e does about it.
		expect(prose(s.screen())).toContain(port);
		await waitForWords(s, extra.profileAddress('lab'));
		s.write('e');
		await s.waitFor(`${text.fields.seguraUrl.label} (1/5)`);
		await waitForWords(s, text.selectedNote);
		await s.type(after.seguraUrl);
		s.write(keys.enter);
		// The Base URL and Token URL proposed from the new address, as in step 1: Enter takes them.
		await s.waitFor(`${text.fields.baseUrl.label} (2/5)`);
		await waitForWords(s, text.proposalNote);
		expect(s.screen()).toContain(`› ${after.providers[0]!.baseUrl.slice(0, cols - 4)}`);
		s.write(keys.enter);
		await s.waitFor(`${text.fields.tokenUrl.label} (3/5)`);
		expect(s.screen()).toContain(`› ${after.providers[0]!.tokenUrl.slice(0, cols - 4)}`);
		s.write(keys.enter);
		await s.waitFor(`${text.fields.clientId.label} (4/5)`);
		s.write(keys.enter);
		await s.waitFor(`${text.fields.clientSecret.label} (5/5)`);
		s.write(keys.enter);
		await waitForWords(s, text.clearItems[0]!);
		s.write(keys.enter);
		await waitForWords(s, text.complete);
		const fields = [text.fields.seguraUrl.label, text.fields.baseUrl.label, text.fields.tokenUrl.label];
		await waitForWords(s, extra.drift('lab', fields));
		expect(prose(s.screen())).toContain(`s ${extra.keyLabels.saveToProfile}`);
		// The summary names the host the token came from.
		expect(s.screen()).toContain(new URL(after.seguraUrl).host);
		s.write(keys.enter);
		await waitForWords(s, `c ${text.keyLabels.copy}`);
		s.write('v');
		await waitForWords(s, lang === 'en' ? 'The token works' : 'O token funciona');
		// The Base URL checked is the new one, on the Token URL's server: no warning.
		expect(prose(s.screen())).not.toContain(extra.otherServers(new URL(before.seguraUrl).host, new URL(after.seguraUrl).host).slice(0, 20));
		s.write('s');
		await waitForWords(s, extra.synced('lab', fields));
		s.write('q');
		expect(await s.exit).toBe(0);
		expectNoSecret(s);

		const profile = stored(setup);
		expect(profile).toMatchObject({seguraUrl: after.seguraUrl, baseUrl: after.providers[0]!.baseUrl, tokenUrl: after.providers[0]!.tokenUrl});
		expect(profile.clientSecret === credentials.internal.clientSecret, 'the remembered secret is kept').toBe(true);
		expect(profile.history.at(-1)).toMatchObject({tokenUrl: after.providers[0]!.tokenUrl, baseUrl: after.providers[0]!.baseUrl});

		// The next run with the profile: straight to the token.
		const again = wizard(setup, ['--profile', 'lab'], cols, lang);
		await waitForWords(again, text.complete);
		expect(prose(again.screen())).not.toContain(`s ${extra.keyLabels.saveToProfile}`);
		again.write('q');
		expect(await again.exit).toBe(0);
	});

	it('honest ending and summaries: q at step 6 says the token was not copied; the profile, host and time left stay in the summaries', async () => {
		const server = await practiceServer();
		const setup = terminalEnv();
		await saveProfiles(setup.env, [practiceProfile(server, 'lab', 'internal', true)]);
		const s = wizard(setup, ['--profile', 'lab'], cols, lang);
		await waitForWords(s, text.complete);
		s.write(keys.enter);
		await waitForWords(s, `c ${text.keyLabels.copy}`);
		const host = new URL(server.seguraUrl).host;
		const rows = s.screen().split('\n');
		const collect = rows.find(row => row.startsWith(`✔ ${text.steps.collect}:`))!;
		const fetched = rows.find(row => row.startsWith(`✔ ${text.steps.fetch}:`))!;
		// Whole items, the useful ones first: never a name or a host cut in the middle.
		if (cols === 40) expect(collect).toBe(`✔ ${text.steps.collect}: "lab" · ${host}`);
		else expect(collect).toBe(`✔ ${text.steps.collect}: ${text.profiles.inUse('lab')} · ${host} · ${credentials.internal.clientId}`);
		expect(fetched).toMatch(lang === 'en' ? /^✔ Fetch: expires in (59 min|1 h)(, at \d\d:\d\d \S+ · Bearer)?$/ : /^✔ Obter: expira em (59 min|1 h)(, às \d\d:\d\d \S+)?( · Bearer)?$/);
		expect(rows.every(row => [...row].length <= cols)).toBe(true);
		s.write('q');
		expect(await s.exit).toBe(0);
		const lines = s.lines().map(line => line.trimEnd());
		const at = lines.findLastIndex(line => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(line));
		expect(at).toBeGreaterThan(0);
		expect(prose(lines.slice(at + 1).join('\n'))).toContain(`⚠ ${extra.fate.notCopied}`);
		expect(lines.join('\n')).not.toContain(text.addedTitle);
	});
});

describe('the Portuguese editor\'s two', () => {
	it('after a 401, the Client Secret fixed with e is written to the profile that keeps one: the next run works', async () => {
		const server = await practiceServer();
		const setup = terminalEnv();
		await saveProfiles(setup.env, [{...practiceProfile(server, 'lab', 'internal', true), clientSecret: 'Not0The1Right2Secret3Anymore'}]);
		const text = wizardText.en;
		const s = wizard(setup, ['--profile', 'lab'], 80, 'en');
		await waitForWords(s, text.failedTitle);
		s.write('e');
		await s.waitFor(`${text.fields.clientId.label} (4/5)`);
		s.write(keys.enter);
		await s.waitFor(`${text.fields.clientSecret.label} (5/5)`);
		// Selected: the right secret typed over the wrong one.
		await s.type(credentials.internal.clientSecret);
		await s.waitFor(`${credentials.internal.clientSecret.length} characters`);
		s.write(keys.enter);
		await waitForWords(s, text.clearItems[0]!);
		s.write(keys.enter);
		await waitForWords(s, text.complete);
		await waitForWords(s, extraText.en.synced('lab', [text.fields.clientSecret.label]));
		s.write('q');
		expect(await s.exit).toBe(0);
		expect(stored(setup).clientSecret === credentials.internal.clientSecret, 'the profile holds the secret that worked').toBe(true);
		expectNoSecret(s);

		// The next run, in the plain face: the token at once.
		const again = wizard(setup, ['--profile', 'lab', '--plain'], 80, 'pt-BR');
		await again.waitFor(wizardText['pt-BR'].complete);
		expect(again.screen()).not.toContain(wizardText['pt-BR'].failedTitle);
		again.kill();
	});

	it('k switches the provider kind: the proposed token name follows it (… terceiros), and s offers the kind to the profile', async () => {
		const server = await practiceServer();
		const setup = terminalEnv();
		// The third-party provider's credentials, saved as internal users: the token's claims say otherwise.
		const third = practiceProfile(server, 'lab', 'third-party', true);
		await saveProfiles(setup.env, [{...third, kind: 'internal'}]);
		const text = wizardText['pt-BR'];
		const s = wizard(setup, ['--profile', 'lab'], 80, 'pt-BR');
		await waitForWords(s, text.complete);
		await s.waitFor(/Token Name +okta-scim internos \d\d\/\d\d\/\d{4}/);
		s.write('k');
		await s.waitFor(/Token Name +okta-scim terceiros \d\d\/\d\d\/\d{4}/);
		await waitForWords(s, extraText['pt-BR'].drift('lab', [extraText['pt-BR'].kindField]));
		s.write(keys.enter);
		await waitForWords(s, `c ${text.keyLabels.copy}`);
		// The file proposed for the token is named after it too.
		s.write('o');
		await s.waitFor(/okta-scim-terceiros-\d\d-\d\d-\d{4}\.token/);
		s.write(keys.escape);
		await waitForWords(s, `c ${text.keyLabels.copy}`);
		s.write('s');
		await waitForWords(s, extraText['pt-BR'].synced('lab', [extraText['pt-BR'].kindField]));
		s.write('q');
		expect(await s.exit).toBe(0);
		expect(stored(setup).kind).toBe('third-party');
	});
});

describe('segura-token demo and saved profiles', () => {
	/** practice.json with the practice server's credentials (a port it will not get: `demo --port 0` takes any free one). */
	function practiceSettings(setup: TerminalEnv): void {
		const folder = join(setup.configHome, 'segura-token');
		mkdirSync(folder, {recursive: true, mode: 0o700});
		writeFileSync(join(folder, 'practice.json'), JSON.stringify({port: 9, credentials}), {mode: 0o600});
	}

	it('a profile saved when the practice server listened elsewhere: said when picked, this run uses where it is, s updates the profile', async () => {
		const gone = await practiceServer();
		const setup = terminalEnv();
		await saveProfiles(setup.env, [practiceProfile(gone, 'lab', 'internal', true)]);
		const was = new URL(gone.seguraUrl).host;
		await gone.close();
		servers.splice(0);
		practiceSettings(setup);
		const s = wizard(setup, ['demo', '--port', '0'], 80, 'en');
		await s.waitFor(wizardText.en.profiles.title);
		s.write(keys.enter);
		await waitForWords(s, wizardText.en.complete);
		const now = /The practice server listens at (127\.0\.0\.1:\d+) now/.exec(prose(s.screen()))?.[1];
		expect(now).toBeDefined();
		await waitForWords(s, extraText.en.practiceMoved('lab', was, now!));
		s.write('s');
		await waitForWords(s, 'Profile "lab" updated with the values that worked');
		s.write('q');
		expect(await s.exit).toBe(0);
		expect(stored(setup).seguraUrl).toBe(`http://${now!}`);
	});

	it('a practice profile that keeps no secret: "practice secret filled in", said on screen, in Portuguese', async () => {
		const setup = terminalEnv();
		const server = await practiceServer();
		await saveProfiles(setup.env, [practiceProfile(server, 'lab', 'third-party', false)]);
		await server.close();
		servers.splice(0);
		practiceSettings(setup);
		const s = wizard(setup, ['demo', '--port', '0'], 40, 'pt-BR');
		await s.waitFor(wizardText['pt-BR'].profiles.title);
		s.write(keys.enter);
		await waitForWords(s, wizardText['pt-BR'].complete);
		await waitForWords(s, extraText['pt-BR'].practiceSecret('lab'));
		s.write('q');
		expect(await s.exit).toBe(0);
		// Never written to the profile: it keeps no secret, as the user chose.
		expect(stored(setup).clientSecret).toBeUndefined();
		expectNoSecret(s);
	});
});
