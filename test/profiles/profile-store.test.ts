import {pollUntil} from '../helpers/poll.js';
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {describe, expect, it} from 'vitest';
import {ConfigError, errorText, FileError, type AppError} from '../../source/errors/app-error.js';
import {historyLimit, makeTokenRecord} from '../../source/profiles/profile.js';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {profileStorePaths} from '../../source/profiles/store-paths.js';
import {storeFormatVersion, storeProblem} from '../../source/profiles/store-shape.js';
import {profileErrorText} from '../../source/i18n/text.js';
import {formatProfileDetails} from '../../source/profiles/profile-details.js';
import {configHomes, mode, sampleProfile, secret} from './store-helpers.js';

const configHome = configHomes();

/** The error `promise` fails with, of `kind` (ConfigError by default), exit 2. */
async function configErrorOf(promise: Promise<unknown>, kind: typeof ConfigError | typeof FileError = ConfigError): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(error: unknown) => error,
	);
	expect(error).toBeInstanceOf(kind);
	expect((error as AppError).exitCode).toBe(2);
	return error as AppError;
}

describe('profile store', () => {
	it('keeps profiles across openings, in order, with every field', async () => {
		const {env, file} = configHome();
		const {store} = await openProfileStore({env});
		expect(store.path).toBe(file);
		const prod = sampleProfile('prod', {
			scope: 'scim',
			params: [
				['ttl', '60'],
				['audience', 'okta'],
			],
			network: {caFile: '/etc/ssl/segura.pem', insecure: true},
			auth: 'body',
			encoding: 'raw',
		});
		await store.save(prod);
		await store.save(sampleProfile('lab', {kind: 'third-party'}));

		const written = fs.statSync(file);
		const {store: again, notice: againNotice} = await openProfileStore({env});
		const profiles = await again.list();
		// Opening a file already in the current format does not rewrite it.
		expect(fs.statSync(file)).toMatchObject({ino: written.ino, mtimeMs: written.mtimeMs});
		expect(profiles.map(p => p.name)).toEqual(['prod', 'lab']);
		expect(profiles[0]).toEqual({...prod, history: []});
		expect((await again.get('PROD')).name).toBe('prod');
		expect(await again.find('nope')).toBeUndefined();
		expect(againNotice).toBeUndefined();
	});

	it('writes the file 0600 in a folder 0700, and tightens ones that were wider', async () => {
		const {env, file, directory} = configHome();
		const {store} = await openProfileStore({env});
		await store.save(sampleProfile('prod'));
		expect(mode(file)).toBe(0o600);
		expect(mode(directory)).toBe(0o700);

		fs.chmodSync(directory, 0o755);
		fs.chmodSync(file, 0o644);
		const {store: reopened} = await openProfileStore({env});
		expect(await reopened.list()).toHaveLength(1);
		expect(mode(file)).toBe(0o600);
		await reopened.save(sampleProfile('lab'));
		expect(mode(directory)).toBe(0o700);
		expect(mode(file)).toBe(0o600);
		// No temp or lock file is left behind.
		expect(fs.readdirSync(directory)).toEqual(['config.json']);
	});

	it('reads nothing and creates nothing while there are no profiles', async () => {
		const {env, home} = configHome();
		const {store} = await openProfileStore({env});
		expect(await store.list()).toEqual([]);
		expect(fs.existsSync(path.join(home, 'xdg'))).toBe(false);
	});

	it('lives where conf puts projectName segura-token with no suffix', () => {
		const {env, home} = configHome();
		expect(profileStorePaths(env, 'linux').file).toBe(path.join(home, 'xdg', 'segura-token', 'config.json'));
		expect(profileStorePaths({HOME: home}, 'linux').file).toBe(path.join(home, '.config', 'segura-token', 'config.json'));
		const saved = process.env['XDG_CONFIG_HOME'];
		process.env['XDG_CONFIG_HOME'] = env['XDG_CONFIG_HOME'];
		try {
			const conf = new Conf({projectName: 'segura-token', projectSuffix: ''});
			expect(conf.path).toBe(profileStorePaths(env).file);
		} finally {
			if (saved === undefined) delete process.env['XDG_CONFIG_HOME'];
			else process.env['XDG_CONFIG_HOME'] = saved;
		}
	});

	it('knows the shape of a store, and says what is wrong with one that is not', () => {
		const profile = {...sampleProfile('x'), history: [{issuedAt: '2026-11-28T10:00:00.000Z', tokenName: 't', last4: 'abcd'}]};
		expect(storeProblem({profiles: [profile]})).toBeUndefined();
		expect(storeProblem({})).toBeUndefined();
		expect(storeProblem([])).toBe('the file is not a JSON object');
		expect(storeProblem({profiles: [{...profile, token: 'abc'}]})).toBe('profiles[0] has a field "token" whose name says it holds a secret or a token');
		expect(storeProblem({profiles: [{...profile, network: {proxySecret: 'x'}}]})).toBe('profiles[0] network has a field "proxySecret" whose name says it holds a secret or a token');
		expect(storeProblem(JSON.parse(`{"profiles":[${JSON.stringify(profile).slice(0, -1)},"__proto__":{}}]}`))).toBe('profiles[0] has a field "__proto__" that no object may have');
		expect(storeProblem({refreshToken: 'x'})).toBe('the file has a field "refreshToken" whose name says it holds a secret or a token');
		expect(storeProblem({profiles: [{...profile, audience: 'okta'}], later: true})).toBeUndefined();
		expect(storeProblem({profiles: [{...profile, history: [{...profile.history[0], token: 'eyJ'}]}]})).toMatch(/^profiles\[0\] history \[0\] has a field "token"/);
		expect(storeProblem({profiles: [{...profile, tokenUrl: ''}]})).toBe('profiles[0] tokenUrl is empty');
		expect(storeProblem({profiles: [{...profile, kind: 'internos'}]})).toBe('profiles[0] kind is not one of internal, third-party');
		expect(storeProblem({profiles: [{...profile, params: [['ttl']]}]})).toBe('profiles[0] params [0] is not a KEY, VALUE pair');
		expect(storeProblem({profiles: [profile, {...profile, name: 'X'}]})).toBe('profiles[1] has the name of another profile');
		const {clientId: _id, ...noClient} = profile;
		expect(storeProblem({profiles: [noClient]})).toBe('profiles[0] has no clientId');
	});

	it('moves a file that is not JSON aside, says where, and carries on empty', async () => {
		const {env, file, directory} = configHome();
		fs.mkdirSync(directory, {recursive: true});
		const original = '{"profiles": [ {"name": "prod", ';
		fs.writeFileSync(file, original, {mode: 0o600});
		const at = new Date('2026-11-28T10:20:30.456Z');
		const {store: store, notice: storeNotice} = await openProfileStore({env, now: () => at});
		expect(await store.list()).toEqual([]);
		const backup = `${file}.bak-2026-11-28T10-20-30-456Z`;
		expect(fs.readFileSync(backup, 'utf8')).toBe(original);
		expect(mode(backup)).toBe(0o600);
		expect(storeNotice?.en).toContain(backup);
		expect(storeNotice?.en).toMatch(/not valid JSON/);
		expect(storeNotice?.['pt-BR']).toContain(backup);

		await store.save(sampleProfile('lab'));
		expect((await (await openProfileStore({env})).store.list()).map(p => p.name)).toEqual(['lab']);
		expect(fs.readFileSync(backup, 'utf8')).toBe(original);
	});

	it.each([
		['a profile of an unknown kind', {profiles: [{...sampleProfile('prod'), kind: 'internos', history: []}]}],
		['a secret kept in a field of no known name', {profiles: [{...sampleProfile('prod'), history: [], oldClientSecret: 'x'}]}],
		['a "constructor" field in a profile', {profiles: [{...sampleProfile('prod'), history: [], constructor: {x: 1}}]}],
		['a token kept in the history', {profiles: [{...sampleProfile('prod'), history: [{issuedAt: '2026-01-01T00:00:00Z', tokenName: 't', last4: 'abcd', token: 'eyJ'}]}]}],
		['two names that differ only in case', {profiles: [{...sampleProfile('prod'), history: []}, {...sampleProfile('PROD'), history: []}]}],
		['profiles that are not a list', {profiles: 'prod'}],
	])('moves a file with %s aside the same way', async (_what, data) => {
		const {env, file, directory} = configHome();
		fs.mkdirSync(directory, {recursive: true});
		const original = JSON.stringify({...data, __internal__: {migrations: {version: '0.1.0'}}}, null, 2);
		fs.writeFileSync(file, original, {mode: 0o600});
		const {store: store, notice: storeNotice} = await openProfileStore({env});
		expect(await store.list()).toEqual([]);
		const backups = fs.readdirSync(directory).filter(name => name.startsWith('config.json.bak-'));
		expect(backups).toHaveLength(1);
		expect(fs.readFileSync(path.join(directory, backups[0] ?? ''), 'utf8')).toBe(original);
		expect(storeNotice?.en).toContain(path.join(directory, backups[0] ?? ''));
		expect(storeNotice?.en).toMatch(/expected shape/);
	});

	it('treats JSON that is not an object as unusable instead of merging it', async () => {
		const {env, file, directory} = configHome();
		fs.mkdirSync(directory, {recursive: true});
		fs.writeFileSync(file, '[{"name": "prod"}]');
		const {store: store, notice: storeNotice} = await openProfileStore({env});
		expect(await store.list()).toEqual([]);
		expect(storeNotice?.en).toMatch(/expected shape/);
	});

	it('notices a file broken by someone else after it was opened: set aside, said by the error, nothing lost', async () => {
		const {env, file, directory} = configHome();
		const {store} = await openProfileStore({env});
		await store.save(sampleProfile('prod'));
		fs.writeFileSync(file, 'not json at all');
		const error = await store.save(sampleProfile('lab')).then(() => undefined, (error: unknown) => error);
		expect(error).toBeInstanceOf(FileError);
		expect(errorText(error as FileError, 'en').message).toMatch(/moved aside .*changed by another program/);
		await store.save(sampleProfile('lab'));
		expect((await store.list()).map(p => p.name)).toEqual(['lab']);
		const backups = fs.readdirSync(directory).filter(name => name.startsWith('config.json.bak-'));
		expect(backups.map(name => fs.readFileSync(path.join(directory, name), 'utf8'))).toEqual(['not json at all']);
	});

	it('stores the secret only when it is remembered, and forgets it on request', async () => {
		const {env, file} = configHome();
		const {store} = await openProfileStore({env});
		await store.save(sampleProfile('prod'));
		expect(fs.readFileSync(file, 'utf8')).not.toContain(secret);
		expect((await store.get('prod')).clientSecret).toBeUndefined();

		await store.save(sampleProfile('prod', {clientSecret: secret}));
		expect(fs.readFileSync(file, 'utf8')).toContain(secret);
		expect((await (await openProfileStore({env})).store.get('prod')).clientSecret).toBe(secret);

		await store.save(sampleProfile('prod'));
		expect(fs.readFileSync(file, 'utf8')).not.toContain(secret);
		await store.save(sampleProfile('prod', {clientSecret: ''}));
		expect(fs.readFileSync(file, 'utf8')).not.toContain(secret);
	});

	it('keeps the last tokens metadata, never a token, across saves', async () => {
		const {env, file} = configHome();
		const {store} = await openProfileStore({env});
		await store.save(sampleProfile('prod'));
		const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjbGllbnQifQ.c2lnbmF0dXJlLXRva2Vu';
		const start = Date.parse('2026-11-28T10:00:00Z');
		for (let i = 0; i < historyLimit + 5; i++) {
			await store.recordToken('PROD', makeTokenRecord(`${token}${i}`, `run ${i}`, new Date(start + i * 60_000), new Date(start + i * 60_000 + 3_600_000)));
		}
		await store.save(sampleProfile('prod', {tokenName: 'renamed token'}));
		const {history} = await store.get('prod');
		expect(history).toHaveLength(historyLimit);
		expect(history[0]?.tokenName).toBe('run 5');
		expect(history.at(-1)).toEqual({
			issuedAt: new Date(start + 24 * 60_000).toISOString(),
			tokenName: 'run 24',
			expiresAt: new Date(start + 24 * 60_000 + 3_600_000).toISOString(),
			last4: 'Vu24',
		});
		expect(fs.readFileSync(file, 'utf8')).not.toContain(token.slice(0, 20));
		expect(makeTokenRecord('short', 'x', new Date(start)).last4).toBe('');
	});

	it('keeps with a record the URLs the token was issued with, which older records lack', async () => {
		const {env, file} = configHome();
		const {store} = await openProfileStore({env});
		await store.save(sampleProfile('prod'));
		const issuedAt = new Date('2026-11-28T10:00:00Z');
		await store.recordToken('prod', makeTokenRecord('eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl-old', 'before', issuedAt));
		await store.recordToken('prod', makeTokenRecord('eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl-new', 'after', issuedAt, undefined, {tokenUrl: 'https://moved.example.com/iso/oauth2/token', baseUrl: 'https://moved.example.com/iso/scim/v2'}));
		const {history} = await store.get('prod');
		expect(history[0]).not.toHaveProperty('tokenUrl');
		expect(history[1]).toMatchObject({tokenUrl: 'https://moved.example.com/iso/oauth2/token', baseUrl: 'https://moved.example.com/iso/scim/v2', last4: '-new'});
		// Written in this release's format: an older release leaves the file alone rather than set it aside.
		expect((JSON.parse(fs.readFileSync(file, 'utf8')) as {__internal__: {migrations: {version: string}}}).__internal__.migrations.version).toBe(storeFormatVersion);
		const lines = formatProfileDetails(await store.get('prod'), file, 'en', {timeZone: 'UTC'});
		expect(lines.find(line => line.includes('after'))).toContain('moved.example.com');
		expect(lines.find(line => line.includes('before'))).not.toContain('moved.example.com');
	});

	it('validates names and finds profiles ignoring case', async () => {
		const {env} = configHome();
		const {store} = await openProfileStore({env});
		for (const bad of ['', 'has space', 'a/b', 'x'.repeat(65), 'ação', 'tab\there']) {
			const error = await configErrorOf(store.save(sampleProfile(bad)));
			expect(error.reason).toBe('profile_name_invalid');
		}
		await store.save(sampleProfile('Prod.internal_1-a'));
		expect((await configErrorOf(store.save(sampleProfile('PROD.INTERNAL_1-A'), {isNew: true}))).reason).toBe('profile_exists');
		// Without isNew it is an update, and the new spelling wins.
		await store.save(sampleProfile('prod.internal_1-a', {scope: 'x'}));
		expect((await store.list()).map(p => [p.name, p.scope])).toEqual([['prod.internal_1-a', 'x']]);

		await store.save(sampleProfile('lab'));
		expect((await configErrorOf(store.rename('LAB', 'Prod.Internal_1-a'))).reason).toBe('profile_exists');
		expect((await configErrorOf(store.rename('nope', 'other'))).reason).toBe('profile_not_found');
		expect((await configErrorOf(store.rename('lab', 'bad name'))).reason).toBe('profile_name_invalid');
		expect((await store.rename('LAB', 'Lab')).name).toBe('Lab');
		expect((await store.rename('lab', 'staging')).name).toBe('staging');
		expect((await configErrorOf(store.get('lab'))).reason).toBe('profile_not_found');
		expect((await configErrorOf(store.remove('lab'))).reason).toBe('profile_not_found');
		expect((await configErrorOf(store.recordToken('lab', makeTokenRecord('x', 'y', new Date())))).reason).toBe('profile_not_found');
		expect((await store.remove('STAGING')).name).toBe('staging');
		expect((await store.list()).map(p => p.name)).toEqual(['prod.internal_1-a']);
	});

	it('refuses an incomplete profile without touching the file', async () => {
		const {env, file} = configHome();
		const {store} = await openProfileStore({env});
		await store.save(sampleProfile('prod'));
		const before = fs.readFileSync(file, 'utf8');
		const error = await configErrorOf(store.save(sampleProfile('lab', {tokenUrl: ''})));
		expect(error.reason).toBe('profile_invalid');
		expect(errorText(error, 'en').message).toContain('tokenUrl');
		expect(fs.readFileSync(file, 'utf8')).toBe(before);
	});

	it('waits for a lock held by another process, and breaks one left by a crash', async () => {
		const {env, directory, file} = configHome();
		let busy = 0;
		const {store} = await openProfileStore({env, lock: {staleMs: 60_000, onBusy: tries => (busy = tries)}});
		await store.save(sampleProfile('prod'));
		const lockFile = `${file}.lock`;
		fs.writeFileSync(lockFile, '12345\n');
		let saved = false;
		const saving = store.save(sampleProfile('lab')).then(() => {
			saved = true;
		});
		// Still waiting after several tries, and nothing written meanwhile.
		await pollUntil(() => busy >= 5, 'five tries at the taken lock');
		expect(saved).toBe(false);
		expect((await store.list()).map(p => p.name)).toEqual(['prod']);
		fs.rmSync(lockFile);
		await saving;
		expect((await store.list()).map(p => p.name)).toEqual(['prod', 'lab']);

		fs.writeFileSync(lockFile, '12345\n');
		const old = new Date(Date.now() - 120_000);
		fs.utimesSync(lockFile, old, old);
		await store.save(sampleProfile('staging'));
		expect((await store.list()).map(p => p.name)).toEqual(['prod', 'lab', 'staging']);
		expect(fs.readdirSync(directory)).toEqual(['config.json']);
	});

	it('gives up on a lock that stays, with a FileError naming it', async () => {
		const {env, file} = configHome();
		const {store} = await openProfileStore({env, lock: {timeoutMs: 200}});
		await store.save(sampleProfile('prod'));
		fs.writeFileSync(`${file}.lock`, '12345\n');
		const error = await configErrorOf(store.save(sampleProfile('lab')), FileError);
		expect(error.reason).toBe('profile_store_locked');
		expect(errorText(error, 'en').hint).toContain(`${file}.lock`);
	});

	it('leaves a file from a newer release untouched', async () => {
		const {env, file, directory} = configHome();
		fs.mkdirSync(directory, {recursive: true});
		const newer = JSON.stringify({__internal__: {migrations: {version: '9.0.0'}}, profiles: {v9: true}});
		fs.writeFileSync(file, newer);
		const error = await configErrorOf(openProfileStore({env}), FileError);
		expect(error.reason).toBe('profile_store_newer');
		expect(error.text).toEqual(profileErrorText.newerFormat(file, '9.0.0'));
		expect(fs.readFileSync(file, 'utf8')).toBe(newer);
		expect(fs.readdirSync(directory)).toEqual(['config.json']);
	});

	it('records its own format in the file it writes, which the check above reads', async () => {
		const {env, file} = configHome();
		const {store} = await openProfileStore({env});
		await store.save(sampleProfile('prod'));
		expect(JSON.parse(fs.readFileSync(file, 'utf8')).__internal__).toEqual({migrations: {version: storeFormatVersion}});
		expect((await (await openProfileStore({env})).store.list()).map(p => p.name)).toEqual(['prod']);
	});
});
