import {memoryIo} from '../helpers/memory-io.js';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {reportError} from '../../source/cli/report.js';
import {verifyCommand} from '../../source/commands/verify.js';
import {AppError, ConfigError, VerifyError} from '../../source/errors/app-error.js';
import type {Lang} from '../../source/i18n/lang.js';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {selfSigned} from '../helpers/certificates.js';
import {type OidcServer, startOidcServer} from '../helpers/oidc-server.js';
import {type ScimServer, startScimServer} from '../helpers/scim-server.js';
import {type RunningServer, startHttpsServer} from '../helpers/servers.js';
import {sampleProfile} from '../profiles/store-helpers.js';
import {tokenFrom} from './verify-client.js';

// `segura-token verify` in-process: stdin, stdout and stderr are streams, the environment is
// the test's own, and a failure is what cli.tsx prints through reportError.

const secret = 'commandClientSecret0123456789';
let issuer: OidcServer;
let scim: ScimServer;
let appliance: RunningServer;
let token: string;
const homes: string[] = [];

beforeAll(async () => {
	issuer = await startOidcServer([{clientId: 'okta-scim', clientSecret: secret, auth: 'client_secret_basic', tokenFormat: 'jwt'}]);
	scim = await startScimServer({issuer: issuer.issuer, userNames: ['only.one@example.com']});
	appliance = await startHttpsServer(selfSigned(), (_request: http.IncomingMessage, response: http.ServerResponse) => {
		response.writeHead(200, {'content-type': 'application/scim+json'});
		response.end(JSON.stringify({schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 12}));
	});
	token = await tokenFrom(issuer.tokenUrl, 'okta-scim', secret);
});

afterAll(async () => {
	await Promise.all([issuer, scim, appliance].map(async server => server?.close()));
});

afterEach(() => {
	for (const home of homes.splice(0)) fs.rmSync(home, {recursive: true, force: true});
});

/** An environment with its own empty profile folder and no proxy variables. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'segura-verify-'));
	homes.push(home);
	return {HOME: home, XDG_CONFIG_HOME: path.join(home, 'xdg'), ...extra};
}

type Run = {code: number; stdout: string; stderr: string; error?: AppError};

async function run(argv: string[], options: {stdin?: string; env?: NodeJS.ProcessEnv; lang?: Lang} = {}): Promise<Run> {
	const memory = memoryIo({env: options.env ?? cleanEnv(), ...(options.lang ? {lang: options.lang} : {}), ...(options.stdin === undefined ? {} : {stdin: options.stdin})});
	const {io} = memory;
	let code: number;
	let error: AppError | undefined;
	try {
		code = await verifyCommand(argv, io);
	} catch (thrown) {
		if (!(thrown instanceof AppError)) throw thrown;
		error = thrown;
		code = reportError(thrown, io);
	}
	return {code, stdout: memory.stdout(), stderr: memory.stderr(), ...(error ? {error} : {})};
}

function expectNoToken(result: Run, value = token): void {
	for (const part of [value, ...value.split('.').filter(piece => piece.length >= 16)]) {
		expect(result.stdout).not.toContain(part);
		expect(result.stderr).not.toContain(part);
	}
}

describe('the token works', () => {
	test('from standard input: exit 0, one line on stderr, nothing on stdout', async () => {
		const result = await run(['--base-url', scim.baseUrl, '--token-stdin'], {stdin: `${token}\n`});
		expect(result).toMatchObject({code: 0, stdout: ''});
		// The token is a JWT with `exp`: how long it still works, as time left and a clock time with its zone.
		expect(result.stderr).toMatch(/^✔ The token works: the SCIM server answered like Okta expects \(1 user\)\. The token expires in (59 min|1 h), (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC\S*\.\n$/);
	});

	test('from SEGURA_TOKEN, in Portuguese', async () => {
		const result = await run(['--base-url', scim.baseUrl], {env: cleanEnv({SEGURA_TOKEN: token}), lang: 'pt-BR'});
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/^✔ O token funciona: a resposta do servidor SCIM é a que a Okta espera \(1 usuário\)\. O token expira em (59 min|1 h), (em \d\d\/\d\d\/\d{4} )?às \d\d:\d\d UTC\S*\.\n$/);
	});

	test('--json: the result on stdout and nothing on stderr', async () => {
		const result = await run(['--base-url', scim.baseUrl, '--token-stdin', '--json'], {stdin: token});
		expect(result).toEqual({code: 0, stdout: '{"ok":true,"status":200,"totalResults":1}\n', stderr: ''});
	});

	test('pasted with "Bearer " in front: checked without it, with a word about Okta', async () => {
		const result = await run(['--base-url', scim.baseUrl, '--token-stdin'], {stdin: `Bearer ${token}`});
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('Okta adds the Bearer prefix itself, so paste only the token there.');
		expect(result.stderr).toContain('✔ The token works');
		expectNoToken(result);
	});
});

describe('--profile', () => {
	test('takes the Base URL from the saved profile', async () => {
		const env = cleanEnv();
		const {store} = await openProfileStore({env});
		await store.save(sampleProfile('lab', {baseUrl: scim.baseUrl}));
		const result = await run(['--profile', 'LAB', '--token-stdin'], {stdin: token, env});
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('(1 user)');
	});

	test("warns when the Base URL is on another server than the profile's Token URL, and not when they share it", async () => {
		const env = cleanEnv();
		const {store} = await openProfileStore({env});
		const scimHost = new URL(scim.baseUrl).host;
		await store.save(sampleProfile('lab', {baseUrl: scim.baseUrl}));
		await store.save(sampleProfile('same', {baseUrl: scim.baseUrl, tokenUrl: `${new URL(scim.baseUrl).origin}/iso/oauth2/token`}));
		const other = await run(['--profile', 'lab', '--token-stdin'], {stdin: token, env});
		expect(other.code).toBe(0);
		expect(other.stderr.replace(/\s+/g, ' ')).toContain(`warning: The Base URL's server (${scimHost}) is not the Token URL's (segura.example.com): the token is checked on another server than the one that issued it.`);
		const pt = await run(['--profile', 'lab', '--token-stdin'], {stdin: token, env, lang: 'pt-BR'});
		expect(pt.stderr.replace(/\s+/g, ' ')).toContain(`O servidor da Base URL (${scimHost}) não é o da Token URL (segura.example.com)`);
		const same = await run(['--profile', 'same', '--token-stdin'], {stdin: token, env});
		expect(same.code).toBe(0);
		expect(same.stderr).not.toContain("Base URL's server");
	});

	test("takes the profile's network settings too (--insecure for a self-signed appliance), with the warning", async () => {
		const env = cleanEnv();
		const {store} = await openProfileStore({env});
		await store.save(sampleProfile('appliance', {baseUrl: `${appliance.origin}/iso/scim/v2`, network: {insecure: true}}));
		const result = await run(['--profile', 'appliance', '--token-stdin'], {stdin: 'any-token-the-stub-accepts', env});
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('TLS certificate checks are OFF (--insecure)');
		expect(result.stderr).toContain('(12 users)');
		// The same Base URL without the profile's setting meets the certificate check: exit 3.
		const direct = await run(['--base-url', `${appliance.origin}/iso/scim/v2`, '--token-stdin'], {stdin: 'any-token-the-stub-accepts'});
		expect(direct.code).toBe(3);
		expect(direct.error?.reason).toBe('tls_self_signed');
	});

	test('without a token: says that tokens are never stored, exit 2', async () => {
		const env = cleanEnv();
		await (await openProfileStore({env})).store.save(sampleProfile('lab', {baseUrl: scim.baseUrl}));
		const result = await run(['--profile', 'lab'], {env});
		expect(result.code).toBe(2);
		expect(result.error).toBeInstanceOf(ConfigError);
		expect(result.error?.reason).toBe('no_token');
		expect(result.stderr).toBe(
			'error: The profile lab gives the Base URL, but no token: tokens are never stored. Pass it with --token-stdin or SEGURA_TOKEN.\n' +
				'  hint: segura-token get --profile lab | segura-token verify --profile lab --token-stdin\n',
		);
	});

	test('a profile that does not exist is a usage error', async () => {
		const result = await run(['--profile', 'nope', '--token-stdin'], {stdin: token});
		expect(result.code).toBe(2);
		expect(result.error).toBeInstanceOf(ConfigError);
	});
});

describe('refused before any request', () => {
	test('--token on the command line, without echoing its value', async () => {
		const before = scim.seen.length;
		const result = await run(['--base-url', scim.baseUrl, `--token=${token}`]);
		expect(result.code).toBe(2);
		expect(result.error?.reason).toBe('secret_in_argv');
		expectNoToken(result);
		expect(scim.seen.length).toBe(before);
	});

	test('no Base URL', async () => {
		const result = await run(['--token-stdin'], {stdin: token});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('Missing --base-url URL (or --profile NAME).');
	});

	test('no token at all', async () => {
		const result = await run(['--base-url', scim.baseUrl]);
		expect(result.code).toBe(2);
		expect(result.error?.reason).toBe('no_token');
	});

	test('an empty standard input, in words about the token', async () => {
		const result = await run(['--base-url', scim.baseUrl, '--token-stdin'], {stdin: ''});
		expect(result.error?.reason).toBe('empty_token');
		expect(result.stderr).toContain('--token-stdin expects the access token there');
	});

	test('a token with a line break inside (two things pasted)', async () => {
		const before = scim.seen.length;
		const result = await run(['--base-url', scim.baseUrl, '--token-stdin'], {stdin: `${token}\n${token}\n`});
		expect(result.code).toBe(2);
		expect(result.error?.reason).toBe('bad_token');
		expectNoToken(result);
		expect(scim.seen.length).toBe(before);
	});
});

test('a rejected token: exit 5, message and hint on stderr, the token nowhere', async () => {
	const garbage = 'eyJnYXJiYWdlIjp0cnVlfQ.eyJub3QiOiJhIHJlYWwgdG9rZW4ifQ.c2lnbmF0dXJlLWdhcmJhZ2U';
	const result = await run(['--base-url', scim.baseUrl, '--token-stdin', '--json'], {stdin: garbage});
	expect(result.code).toBe(5);
	expect(result.error).toBeInstanceOf(VerifyError);
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^error: The SCIM server rejected the token \(HTTP 401 Unauthorized\): .*\n {2}hint: The token may have expired/);
	expectNoToken(result, garbage);
});

test('--help prints the usage on stdout, in either language', async () => {
	const en = await run(['--help']);
	expect(en.code).toBe(0);
	expect(en.stdout).toMatch(/^Usage: segura-token verify \[--profile NAME \| --base-url URL\] \[--token-stdin\]\n {27}\[--json\]/);
	expect(en.stdout).toContain('GET {Base URL}/Users?startIndex=1&count=2');
	const pt = await run(['--help'], {lang: 'pt-BR'});
	expect(pt.stdout).toMatch(/^Uso: segura-token verify/);
	expect(pt.stdout).toContain('perfis nunca guardam tokens');
});
