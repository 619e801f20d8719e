import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import type {ProfileInput} from '../../source/profiles/profile.js';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {startOidcServer, type OidcServer} from '../helpers/oidc-server.js';
import {keys, startPty, type PtySession} from '../helpers/pty.js';
import {runCli, type CliResult} from '../helpers/run-cli.js';
import {practiceProfile, profileInput, saveProfiles} from '../helpers/saved-profile.js';
import {press, removeChildEnvDirs, terminalEnv, printedToken} from '../helpers/wizard-walk.js';

// Issue 4's end-to-end checks: the built CLI in a real terminal (node-pty + a headless xterm)
// and as child processes with pipes, against the practice server and oidc-provider on loopback.

// Throwaway values, made for this file only.
const credentials = {
	internal: {clientId: 'e2e-profiles-internal', clientSecret: 'ProfilesInternal0Secret1Never2Shown'},
	'third-party': {clientId: 'e2e-profiles-third', clientSecret: 'ProfilesThird3Party4Secret5Hidden'},
} as const;
const oidcClient = {clientId: 'e2e-profiles-oidc', clientSecret: 'ProfilesOidc6Secret7Kept8Safe9'};
const secrets = [credentials.internal.clientSecret, credentials['third-party'].clientSecret, oidcClient.clientSecret];

const jwt = /^[\w-]+\.[\w-]+\.[\w-]+$/;

let practice: PracticeServer;
let oidc: OidcServer;
let session: PtySession | undefined;

beforeAll(async () => {
	[practice, oidc] = await Promise.all([
		startPracticeServer({credentials}),
		startOidcServer([{...oidcClient, auth: 'client_secret_basic', tokenFormat: 'jwt'}]),
	]);
});

afterEach(() => {
	session?.kill();
	session = undefined;
});

afterAll(async () => {
	await Promise.all([practice?.close(), oidc?.close()]);
	removeChildEnvDirs();
});

/** Nothing a program wrote may hold a client secret (a boolean, so a failure never prints it). */
function expectNoSecret(text: string, where: string): void {
	for (const secret of secrets) expect(text.includes(secret), `a client secret in ${where}`).toBe(false);
}

/** The practice server's SCIM answers 200 to the token: it is a real one, for that provider. */
async function practiceAccepts(token: string): Promise<number> {
	const response = await fetch(`${practice.providers[0]!.baseUrl}/Users?startIndex=1&count=2`, {
		headers: {authorization: `Bearer ${token}`, accept: 'application/scim+json'},
	});
	await response.arrayBuffer();
	return response.status;
}

type Stored = {profiles: Array<{name: string; clientSecret?: string; history: Array<{last4: string; tokenName: string; issuedAt: string; expiresAt?: string}>}>};

describe('profiles in the wizard, in a real terminal', () => {
	it('a profile made in the wizard is picked on the next launch, and the token is on screen in 3 keys', async () => {
		const {env, configFile} = terminalEnv();
		const {clientId, clientSecret} = credentials.internal;

		// First run: the five values, the kind, a profile name and "Remember secret: yes".
		let s = (session = startPty({env, cols: 80, rows: 30}));
		await s.waitFor('Segura URL (1/5)');
		expect(s.screen()).not.toContain('Saved profiles');
		await press(s, practice.seguraUrl, `› ${practice.seguraUrl}`);
		await press(s, keys.enter, 'Base URL (2/5)');
		await press(s, keys.enter, 'Token URL (3/5)');
		await press(s, keys.enter, 'Client ID (4/5)');
		await press(s, clientId, `› ${clientId}`);
		await press(s, keys.enter, 'Client Secret (5/5)');
		await press(s, clientSecret, `${clientSecret.length} characters`);
		await press(s, keys.enter, '[2 Provider]');
		await press(s, 'i', '[3 Configure]');
		for (const label of ['Client Authentication', 'Scope', 'Extra parameters', 'Save as profile']) await press(s, keys.down, `▸ ${label}`);
		await press(s, 'lab', /▸ Save as profile\s+lab/);
		await press(s, keys.down, '▸ Remember secret');
		await press(s, ' ', 'Yes, in plain text (mode 0600)');
		await press(s, keys.enter, '✔ Profile "lab" saved in');
		expect(s.screen()).toContain('The Client Secret is in it, in plain text (mode 0600: only you can read it).');
		await press(s, keys.enter, 'Authentication complete');
		await press(s, keys.enter, '[6 Copy]');
		await press(s, 'u', 'Token added');
		s.write(keys.enter);
		expect(await s.exit).toBe(0);
		expectNoSecret(s.output(), 'the first run');
		const first = (JSON.parse(readFileSync(configFile, 'utf8')) as Stored).profiles;
		expect(first.map(profile => profile.name)).toEqual(['lab']);
		expect(first[0]?.clientSecret === clientSecret, 'the remembered secret is in the file').toBe(true);
		expect(first[0]?.history).toHaveLength(1);

		// Second run: the picker, then Enter (use), Enter (Proceed), r (show: written as p writes it).
		s = session = startPty({env, cols: 80, rows: 30});
		await s.waitFor('Saved profiles');
		// Only a record of the token is kept: the picker says so, wrapped at words, with its time left and zone.
		const picker = s.screen().replace(/\n {4}/g, ' ');
		expect(picker).toMatch(/^▸ lab · Internal users · 127\.0\.0\.1:\d+ record of the last token: issued (just now, )?(on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC, expires in (59 min|1 h), (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC · secret kept$/m);
		expect(s.screen().split('\n').every(row => row.length <= 80)).toBe(true);
		let sent = 0;
		const key = async (data: string, until: string | RegExp) => {
			sent++;
			await press(s, data, until);
		};
		await key(keys.enter, 'Authentication complete');
		expect(s.screen()).toContain('1 Collect ✔ · 2 Provider ✔ · 3 Configure ✔ · 4 Clear ✔ · [5 Fetch]');
		await key(keys.enter, 'p print');
		await key('r', 'Printed alone on its own line');
		expect(sent).toBeLessThanOrEqual(3);
		const token = printedToken(s);
		expect(token).toMatch(jwt);
		expect(await practiceAccepts(token)).toBe(200);
		// The run recorded its metadata, never the token.
		const file = readFileSync(configFile, 'utf8');
		expect(file.includes(token), 'the token is in config.json').toBe(false);
		const history = (JSON.parse(file) as Stored).profiles[0]?.history ?? [];
		expect(history).toHaveLength(2);
		expect(history[1]?.last4).toBe(token.slice(-4));
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expectNoSecret(s.output(), 'the second run');
	});

	it('--profile NAME starts at that profile (any case); an unknown name is an error pointing to the list', async () => {
		const {env} = terminalEnv();
		await saveProfiles(env, [practiceProfile(practice, 'first', 'internal', false), practiceProfile(practice, 'second', 'third-party', true)]);
		const s = (session = startPty({env, args: ['--profile', 'SECOND'], cols: 80, rows: 30}));
		await s.waitFor('Authentication complete');
		expect(s.screen()).toContain('✔ Provider: Third-party users');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);

		const missing = (session = startPty({env, args: ['--profile', 'third'], cols: 100, rows: 30}));
		expect(await missing.exit).toBe(2);
		const said = missing.lines().join('\n');
		expect(said).toContain('There is no profile named "third".');
		expect(said).toContain('`segura-token profiles list` shows the saved profiles.');
	});

	it('--plain: the six steps as line prompts, a clean transcript that ends with the token alone on its line and "Token added"', async () => {
		const {env} = terminalEnv();
		const {clientId, clientSecret} = credentials['third-party'];
		const s = (session = startPty({env, args: ['--plain'], cols: 100, rows: 40}));
		await press(s, '', 'Segura URL (1/5)');
		await press(s, `${practice.seguraUrl}\r`, 'Base URL (2/5)');
		await press(s, keys.enter, 'Token URL (3/5)');
		await press(s, keys.enter, 'Client ID (4/5)');
		await press(s, `${clientId}\r`, 'Client Secret (5/5)');
		await press(s, `${clientSecret}\r`, 'Which provider are these credentials from?');
		await press(s, keys.down, '❯ Third-party users');
		await press(s, keys.enter, /Save as profile[\s\S]*❯ Continue/);
		await press(s, keys.enter, /Clean session[\s\S]*❯ Get New Access Token/);
		await press(s, keys.enter, /Authentication complete[\s\S]*❯ Proceed/);
		await press(s, keys.enter, /Access token\n•+[\w-]{4}\n[\s\S]*❯ Copy/);
		for (const choice of ['Print', 'To a file', 'Verify', 'Use token']) await press(s, keys.down, `❯ ${choice}`);
		await press(s, keys.enter, /❯ Finish/);
		s.write(keys.enter);
		expect(await s.exit).toBe(0);

		const transcript = s.lines().map(line => line.trimEnd());
		while (transcript.at(-1) === '') transcript.pop();
		const all = transcript.join('\n');
		for (const current of ['[1 Collect]', '[2 Provider]', '[3 Configure]', '[4 Clear]', '[5 Fetch]', '[6 Copy]']) {
			expect(all).toContain(current);
		}
		expect(all).toContain('✔ Which provider are these credentials from? Third-party users');
		// The end: the token on its own line, then the confirmation and where it goes in Okta.
		const at = transcript.findLastIndex(line => line === "✔ Token added: copied to your terminal's clipboard (unconfirmed).");
		expect(at).toBeGreaterThan(0);
		const token = transcript[at - 1] ?? '';
		expect(token).toMatch(jwt);
		expect(transcript[at + 1]).toMatch(/^Paste the token in the authentication screen of Okta's SCIM app/);
		// The last line; the prose before it wrapped at words to the 100 columns.
		expect(transcript.at(-1)).toMatch(/^The token expires in [\d a-z]+, (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC\S* \(lifetime 1 h\)\.$/);
		expect(transcript.slice(at + 1).every(line => line.length <= 100 && !line.startsWith(' '))).toBe(true);
		expect(await practiceAccepts(token)).toBe(200);
		// Before that line it was shown masked only: one full copy in the whole transcript.
		expect(all.split(token)).toHaveLength(2);
		expectNoSecret(s.output(), 'the plain run');
	});
});

describe('get --profile against oidc-provider', () => {
	function oidcProfile(name: string, remember: boolean): ProfileInput {
		return profileInput({
			name,
			seguraUrl: oidc.issuer,
			baseUrl: `${oidc.issuer}/scim/v2`,
			tokenUrl: oidc.tokenUrl,
			clientId: oidcClient.clientId,
			...(remember ? {clientSecret: oidcClient.clientSecret} : {}),
			kind: 'internal',
			tokenName: 'okta-scim oidc',
		});
	}

	async function get(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
		const result = await runCli(['get', ...args], {env});
		expectNoSecret(result.stdout, 'stdout');
		expectNoSecret(result.stderr, 'stderr');
		return result;
	}

	it('uses the profile and SEGURA_CLIENT_SECRET, and keeps the metadata of the token, never the token', async () => {
		const {env, configFile} = terminalEnv();
		await saveProfiles(env, [oidcProfile('oidc', false)]);
		const before = Date.now();
		const result = await get(['--profile', 'oidc'], {...env, SEGURA_CLIENT_SECRET: oidcClient.clientSecret});
		// oidc-provider's token endpoint is not at Segura's path: said, and nothing else.
		expect(result.stderr).toBe('warning: --token-url: A Segura Token URL ends in /iso/oauth2/token.\n');
		expect(result.code).toBe(0);
		const token = result.stdout.trimEnd();
		expect(result.stdout).toBe(`${token}\n`);
		expect(token).toMatch(jwt);
		const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as {client_id?: string; iss?: string};
		expect(claims).toMatchObject({client_id: oidcClient.clientId, iss: oidc.issuer});

		const file = readFileSync(configFile, 'utf8');
		expect(file.includes(token), 'the token is in config.json').toBe(false);
		expect(file.includes(oidcClient.clientSecret), 'the secret is in config.json').toBe(false);
		const [entry, ...more] = (JSON.parse(file) as Stored).profiles[0]?.history ?? [];
		expect(more).toEqual([]);
		// With the URLs it was issued with: the profile's, here.
		expect(entry).toEqual({
			issuedAt: expect.any(String),
			tokenName: 'okta-scim oidc',
			expiresAt: expect.any(String),
			last4: token.slice(-4),
			tokenUrl: oidc.tokenUrl,
			baseUrl: `${oidc.issuer}/scim/v2`,
		});
		expect(Date.parse(entry!.issuedAt)).toBeGreaterThanOrEqual(before - 1000);
		expect(Date.parse(entry!.expiresAt!) - Date.parse(entry!.issuedAt)).toBeGreaterThan(3500_000);
	});

	it('a remembered secret is enough; --json gives the token response; each run adds to the history', async () => {
		const {env, configFile} = terminalEnv();
		await saveProfiles(env, [oidcProfile('oidc-kept', true)]);
		const plain = await get(['--profile', 'oidc-kept'], env);
		expect(plain.code).toBe(0);
		const json = await get(['--profile', 'OIDC-KEPT', '--json'], env);
		expect(json.code).toBe(0);
		const answer = JSON.parse(json.stdout) as {access_token: string; token_type: string; expires_in: number};
		expect(answer.access_token).toMatch(jwt);
		expect(answer.token_type.toLowerCase()).toBe('bearer');
		expect(answer.expires_in).toBe(3600);
		const history = (JSON.parse(readFileSync(configFile, 'utf8')) as Stored).profiles[0]?.history ?? [];
		expect(history.map(entry => entry.last4)).toEqual([plain.stdout.trim().slice(-4), answer.access_token.slice(-4)]);
	});

	it('no secret anywhere: exit 2 and nothing requested or recorded', async () => {
		const {env, configFile} = terminalEnv();
		await saveProfiles(env, [oidcProfile('oidc', false)]);
		const result = await get(['--profile', 'oidc'], env);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('SEGURA_CLIENT_SECRET');
		expect((JSON.parse(readFileSync(configFile, 'utf8')) as Stored).profiles[0]?.history).toEqual([]);
	});
});

describe('segura-token profiles, as child processes', () => {
	async function profiles(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
		const result = await runCli(['profiles', ...args], {env});
		expectNoSecret(result.stdout, `profiles ${args.join(' ')} stdout`);
		expectNoSecret(result.stderr, `profiles ${args.join(' ')} stderr`);
		return result;
	}

	async function withTwoProfiles(): Promise<{env: NodeJS.ProcessEnv; configFile: string}> {
		const made = terminalEnv();
		await saveProfiles(made.env, [practiceProfile(practice, 'prod', 'internal', true), practiceProfile(practice, 'lab', 'third-party', false)]);
		return made;
	}

	it('list: a table of names, kinds and hosts; --json parses and holds no secret', async () => {
		const {env} = await withTwoProfiles();
		const table = await profiles(['list'], env);
		expect(table.code).toBe(0);
		const rows = table.stdout.trimEnd().split('\n');
		expect(rows.find(row => row.startsWith('prod '))).toMatch(/^prod +internal +127\.0\.0\.1:\d+ +never$/);
		expect(rows.find(row => row.startsWith('lab '))).toMatch(/^lab +third-party +127\.0\.0\.1:\d+ +never$/);
		const host = new URL(practice.seguraUrl).host;
		expect(table.stdout).toContain(host);

		const json = await profiles(['list', '--json'], env);
		expect(json.code).toBe(0);
		const list = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
		expect(list.map(item => item.name)).toEqual(['prod', 'lab']);
		expect(list.map(item => item.clientSecretRemembered)).toEqual([true, false]);
		for (const item of list) expect(item).not.toHaveProperty('clientSecret');
		expect(list[0]).toMatchObject({kind: 'internal', clientId: credentials.internal.clientId, host, history: []});
	});

	it('list with no profiles says so on stderr and prints an empty JSON list', async () => {
		const {env} = terminalEnv();
		const table = await profiles(['list'], env);
		expect(table).toMatchObject({code: 0, stdout: ''});
		expect(table.stderr).not.toBe('');
		const json = await profiles(['list', '--json'], env);
		expect(json.code).toBe(0);
		expect(JSON.parse(json.stdout)).toEqual([]);
	});

	it('show: every setting and where the secret is kept, never the secret itself', async () => {
		const {env, configFile} = await withTwoProfiles();
		const shown = await profiles(['show', 'PROD'], env);
		expect(shown.code).toBe(0);
		expect(shown.stdout).toContain(credentials.internal.clientId);
		expect(shown.stdout).toContain(practice.providers[0]!.tokenUrl);
		expect(shown.stdout).toContain(configFile);
		const json = await profiles(['show', 'lab', '--json'], env);
		expect(json.code).toBe(0);
		const lab = JSON.parse(json.stdout) as Record<string, unknown>;
		expect(lab).toMatchObject({name: 'lab', kind: 'third-party', clientSecretRemembered: false, storePath: configFile});
		expect(lab).not.toHaveProperty('clientSecret');

		const missing = await profiles(['show', 'nope'], env);
		expect(missing.code).toBe(2);
		expect(missing.stdout).toBe('');
		expect(missing.stderr).toContain('nope');
	});

	it('rename and remove change the file; a taken name or a missing profile is an error', async () => {
		const {env, configFile} = await withTwoProfiles();
		const names = () => (JSON.parse(readFileSync(configFile, 'utf8')) as Stored).profiles.map(profile => profile.name);

		const renamed = await profiles(['rename', 'prod', 'production'], env);
		expect(renamed.code).toBe(0);
		expect(renamed.stderr).toContain('Profile "prod" renamed to "production".');
		expect(names()).toEqual(['production', 'lab']);
		// The secret moved with it.
		expect((await openProfileStore({env}).then(({store}) => store.get('production'))).clientSecret === credentials.internal.clientSecret).toBe(true);

		const taken = await profiles(['rename', 'lab', 'PRODUCTION'], env);
		expect(taken.code).toBe(2);
		const bad = await profiles(['rename', 'lab', 'a lab'], env);
		expect(bad.code).toBe(2);
		expect(names()).toEqual(['production', 'lab']);

		const removed = await profiles(['remove', 'LAB'], env);
		expect(removed.code).toBe(0);
		expect(removed.stderr).toContain('Profile "lab" removed.');
		expect(names()).toEqual(['production']);
		const again = await profiles(['remove', 'lab'], env);
		expect(again.code).toBe(2);

		const usage = await profiles(['rename', 'production'], env);
		expect(usage.code).toBe(2);
	});
});

describe('an unreadable profiles file', () => {
	// Nothing lost, and said: the store moves the file aside on its first read, and every command
	// that reads it (get, verify, the wizard) tells the user where the copy is.
	for (const args of [['get', '--profile', 'prod'], ['verify', '--profile', 'prod', '--token-stdin']]) {
		it(`${args[0]} says where the unreadable file went`, async () => {
			const {env, configFile} = terminalEnv();
			mkdirSync(dirname(configFile), {recursive: true});
			writeFileSync(configFile, '{not json');
			const result = await runCli(args, {env, input: 'x'});
			expect(result.code).toBe(2);
			const backups = readdirSync(dirname(configFile)).filter(file => file.startsWith('config.json.bak-'));
			expect(backups).toHaveLength(1);
			expect(readFileSync(join(dirname(configFile), backups[0]!), 'utf8')).toBe('{not json');
			expect(result.stderr).toContain(`moved aside to ${join(dirname(configFile), backups[0]!)}`);
			expect(result.stderr).toContain('There is no profile named "prod".');
		});
	}
});
