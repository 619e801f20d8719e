import fs from 'node:fs';
import {PassThrough, Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import type {CommandIo} from '../../source/cli/command-io.js';
import {profilesCommand} from '../../source/commands/profiles.js';
import {ConfigError, errorText} from '../../source/errors/app-error.js';
import type {Lang} from '../../source/i18n/lang.js';
import {makeTokenRecord} from '../../source/profiles/profile.js';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {configHomes, sampleProfile, secret} from './store-helpers.js';
import {expectClean} from '../helpers/app-errors.js';

const configHome = configHomes();

type Run = {code: number | undefined; error: unknown; stdout: string; stderr: string};

async function run(argv: string[], env: NodeJS.ProcessEnv, options: {lang?: Lang; columns?: number} = {}): Promise<Run> {
	const stdout = Object.assign(new PassThrough(), {isTTY: options.columns !== undefined, columns: options.columns});
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
	stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
	const io: CommandIo = {
		stdin: Readable.from([]),
		stdout,
		stderr,
		env,
		lang: options.lang ?? 'en',
		signal: new AbortController().signal,
	};
	let code: number | undefined;
	let error: unknown;
	try {
		code = await profilesCommand(argv, io);
	} catch (thrown) {
		error = thrown;
	}
	return {code, error, stdout: out, stderr: err};
}

const longName = `prod-${'x'.repeat(59)}`;
const hour = 3_600_000;

async function seed(env: NodeJS.ProcessEnv) {
	const {store} = await openProfileStore({env});
	await store.save(sampleProfile('prod', {clientSecret: secret}));
	await store.save(
		sampleProfile(longName, {
			kind: 'third-party',
			tokenUrl: 'https://a-very-long-segura-appliance-host-name.internal.example.com:8443/iso/oauth2/token',
		}),
	);
	await store.save(sampleProfile('lab', {kind: 'third-party'}));
	const now = Date.now();
	await store.recordToken('prod', makeTokenRecord('eyJhbGciOiJFUzI1NiJ9.payload.sig-abcd', 'okta-scim prod', new Date(now - 600_000), new Date(now + hour)));
	await store.recordToken(longName, makeTokenRecord('eyJhbGciOiJFUzI1NiJ9.payload.sig-wxyz', 'old', new Date(now - 3 * hour), new Date(now - 2 * hour)));
	return store;
}

function expectNoSecret(result: Run): void {
	expect(result.stdout).not.toContain(secret);
	expect(result.stderr).not.toContain(secret);
	expect(result.stdout).not.toContain('payload.sig');
}

const width = (line: string) => [...line].length;

describe('segura-token profiles', () => {
	it('says there are none, on stderr, when nothing is saved', async () => {
		const {env} = configHome();
		const result = await run(['list'], env);
		expect(result).toMatchObject({code: 0, stdout: ''});
		expect(result.stderr).toContain('No saved profiles');
		expect((await run([], env)).stderr).toContain('No saved profiles');
	});

	it('lists name, kind, host, last token and validity in 80 columns', async () => {
		const {env} = configHome();
		await seed(env);
		const result = await run(['list'], env);
		expect(result.code).toBe(0);
		expectNoSecret(result);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^NAME\s+KIND\s+HOST\s+LAST TOKEN \(UTC\S*\)\s+STATUS$/);
		expect(lines).toHaveLength(4);
		for (const line of lines) expect(width(line)).toBeLessThanOrEqual(80);
		expect(lines[1]).toMatch(/^prod\s+internal\s+segura\.example\.com\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\d[\d a-z]* left$/);
		expect(lines[2]).toMatch(/^prod-x+…\s+third-party\s+a-very-long-\S*…\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+expired$/);
		expect(lines[3]).toMatch(/^lab\s+third-party\s+segura\.example\.com\s+never$/);

		const narrow = await run(['list'], env, {columns: 60});
		for (const line of narrow.stdout.trimEnd().split('\n')) expect(width(line)).toBeLessThanOrEqual(60);

		const portuguese = await run(['list'], env, {lang: 'pt-BR'});
		expect(portuguese.stdout).toMatch(/^NOME\s+TIPO\s+HOST\s+ÚLTIMO TOKEN \(UTC\S*\)\s+SITUAÇÃO\n/);
		expect(portuguese.stdout).toMatch(/internos .* \d\d\/\d\d\/\d{4} .* resta \d.*\n/);
		expect(portuguese.stdout).toMatch(/terceiros .* expirado\n/);
		expect(portuguese.stdout).toMatch(/lab +terceiros .* nunca\n/);
	});

	it('lists as JSON without any secret', async () => {
		const {env} = configHome();
		await seed(env);
		const result = await run(['list', '--json'], env);
		expect(result.code).toBe(0);
		expectNoSecret(result);
		const list = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
		expect(list.map(p => p['name'])).toEqual(['prod', longName, 'lab']);
		for (const profile of list) expect(profile).not.toHaveProperty('clientSecret');
		expect(list.map(p => p['clientSecretRemembered'])).toEqual([true, false, false]);
		expect(list.map(p => p['lastTokenValid'])).toEqual([true, false, null]);
		expect(list[0]).toMatchObject({
			kind: 'internal',
			host: 'segura.example.com',
			tokenUrl: 'https://segura.example.com/iso/oauth2/token',
			params: [['ttl', '60']],
			lastToken: {tokenName: 'okta-scim prod', last4: 'abcd'},
		});
	});

	it('shows one profile, saying whether and where the secret is kept, never the secret', async () => {
		const {env} = configHome();
		const store = await seed(env);
		const result = await run(['show', 'PROD'], env);
		expect(result.code).toBe(0);
		expectNoSecret(result);
		expect(result.stdout).toMatch(/^Profile +prod$/m);
		expect(result.stdout).toMatch(/^Provider +internal users$/m);
		expect(result.stdout).toMatch(/^Token URL +https:\/\/segura\.example\.com\/iso\/oauth2\/token$/m);
		expect(result.stdout).toContain(`remembered, in plain text in ${store.path} (mode 0600: only you can read it)`);
		expect(result.stdout).toMatch(/^Extra parameters +ttl=60$/m);
		expect(result.stdout).toMatch(/^ {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC\S* {2}okta-scim prod {2}…abcd {2}expires in \d[\d a-z]*, (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC/m);

		const lab = await run(['show', 'lab'], env, {lang: 'pt-BR'});
		expect(lab.stdout).toMatch(/^Provedor +usuários terceiros$/m);
		expect(lab.stdout).toMatch(/^Client Secret +não guardado/m);
		expect(lab.stdout).toMatch(/^Tokens emitidos +nenhum ainda$/m);

		const json = await run(['show', 'prod', '--json'], env);
		expectNoSecret(json);
		expect(JSON.parse(json.stdout)).toMatchObject({name: 'prod', clientSecretRemembered: true, storePath: store.path});
		expect(JSON.parse(json.stdout)).not.toHaveProperty('clientSecret');
	});

	it('says when the secret is read from a command, and which; a remembered secret goes first', async () => {
		const {env} = configHome();
		const store = await seed(env);
		const command = 'op read "op://IT/segura/secret"';
		await store.save({...(await store.get('lab')), clientSecretCommand: command});
		const lab = await run(['show', 'lab'], env);
		expect(lab.stdout).toMatch(/^Client Secret +read from the command "op read "op:\/\/IT\/segura\/secret"" each time \(never saved\)$/m);
		expect((await run(['show', 'lab'], env, {lang: 'pt-BR'})).stdout).toMatch(/^Client Secret +lido do comando "op read .*" a cada vez \(nunca gravado\)$/m);
		expect(JSON.parse((await run(['show', 'lab', '--json'], env)).stdout)).toMatchObject({clientSecretCommand: command, clientSecretRemembered: false});
		await store.save({...(await store.get('prod')), clientSecretCommand: command});
		expect((await run(['show', 'prod'], env)).stdout).toContain(`remembered, in plain text in ${store.path}`);
	});

	it('removes and renames, confirming on stderr', async () => {
		const {env} = configHome();
		const store = await seed(env);
		const removed = await run(['remove', 'LAB'], env);
		expect(removed).toMatchObject({code: 0, stdout: ''});
		expect(removed.stderr).toBe('Profile "lab" removed.\n');
		const renamed = await run(['rename', 'prod', 'production'], env, {lang: 'pt-BR'});
		expect(renamed).toMatchObject({code: 0, stdout: ''});
		expect(renamed.stderr).toBe('Perfil "prod" renomeado para "production".\n');
		expect((await store.list()).map(p => p.name)).toEqual(['production', longName]);
		expect((await store.get('production')).clientSecret).toBe(secret);
	});

	it.each([
		[['show', 'nope'], 'profile_not_found'],
		[['remove', 'nope'], 'profile_not_found'],
		[['rename', 'prod', longName], 'profile_exists'],
		[['rename', 'prod', 'bad name'], 'profile_name_invalid'],
		[['frobnicate'], 'usage'],
		[['show'], 'usage'],
		[['rename', 'prod'], 'usage'],
		[['remove', 'prod', '--json'], 'usage'],
		[['list', 'extra'], 'usage'],
		[['list', '--bogus'], 'usage'],
	])('refuses %j with a ConfigError (exit 2)', async (argv, reason) => {
		const {env} = configHome();
		await seed(env);
		const result = await run(argv, env);
		expect(result.error).toBeInstanceOf(ConfigError);
		expect((result.error as ConfigError).exitCode).toBe(2);
		expect((result.error as ConfigError).reason).toBe(reason);
		expect(result.stdout).toBe('');
		expectClean(result.error as ConfigError, secret);
	});

	it.each([
		[['list', 'extra'], 'profiles list não aceita nome.'],
		[['show'], 'profiles show precisa de um NOME.'],
		[['remove'], 'profiles remove precisa de um NOME.'],
		[['rename', 'prod'], 'profiles rename precisa de ANTIGO e NOVO.'],
	])('says in Portuguese what %j lacks or has too much of', async (argv, message) => {
		const {env} = configHome();
		await seed(env);
		const result = await run(argv, env, {lang: 'pt-BR'});
		expect(errorText(result.error as ConfigError, 'pt-BR').message).toBe(message);
	});

	it('prints its usage with --help', async () => {
		const {env} = configHome();
		const result = await run(['--help'], env);
		expect(result.code).toBe(0);
		for (const usage of ['profiles list [--json]', 'profiles show NAME [--json]', 'profiles remove NAME', 'profiles rename OLD NEW']) {
			expect(result.stdout).toContain(`segura-token ${usage}`);
		}
	});

	it('tells where an unusable file went, then carries on', async () => {
		const {env, file, directory} = configHome();
		fs.mkdirSync(directory, {recursive: true});
		fs.writeFileSync(file, '{oops');
		const result = await run(['list'], env);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/moved aside to \S+config\.json\.bak-\S+\. Carrying on/);
		expect(result.stderr).toContain('No saved profiles');
	});
});
