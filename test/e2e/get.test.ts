import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {copyFallbackText} from '../../source/i18n/text.js';
import {which} from '../clipboard/helpers.js';
import {type OidcServer, scimResource, startOidcServer} from '../helpers/oidc-server.js';
import {runCli, type CliResult} from '../helpers/run-cli.js';
import {cliPath} from '../helpers/pty.js';
import {freePort} from '../helpers/servers.js';
import {childEnv, jwtClaims, leaks, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// `segura-token get` as a script runs it: the built CLI, pipes, real token servers on loopback.

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version;

// Throwaway values, made for this file only.
const plainSecret = 'e2ePlainSecret0123456789abcdef';
const oddSecret = 'e2e+odd%secret:with space';
const wrongSecret = 'e2eWrongSecret9876543210';
const argvSecret = 'e2eArgvSecretValue42';
const everySecret = [plainSecret, oddSecret, wrongSecret, argvSecret];

const jwtLine = /^[\w-]+\.[\w-]+\.[\w-]+\n$/;

// oidc-provider's token endpoint is not at Segura's path: get says so, and goes on.
const otherPath = 'warning: --token-url: A Segura Token URL ends in /iso/oauth2/token.\n';

let practice: PracticeServer;
let oidc: OidcServer;

beforeAll(async () => {
	[practice, oidc] = await Promise.all([
		startPracticeServer({
			credentials: {
				internal: {clientId: 'practice-plain', clientSecret: plainSecret},
				'third-party': {clientId: 'practice-odd', clientSecret: oddSecret},
			},
		}),
		startOidcServer([
			{clientId: 'oidc-basic-plain', clientSecret: plainSecret, auth: 'client_secret_basic', tokenFormat: 'jwt'},
			{clientId: 'oidc-basic-odd', clientSecret: oddSecret, auth: 'client_secret_basic', tokenFormat: 'jwt'},
			{clientId: 'oidc-body-plain', clientSecret: plainSecret, auth: 'client_secret_post', tokenFormat: 'jwt'},
			{clientId: 'oidc-body-odd', clientSecret: oddSecret, auth: 'client_secret_post', tokenFormat: 'jwt'},
		]),
	]);
});

afterAll(async () => {
	await Promise.all([practice?.close(), oidc?.close()]);
	removeChildEnvDirs();
});

/**
 * `segura-token get ARGS` with the secret in the environment or on stdin; every run, whatever
 * it asserts, also checks that no secret of this file reached stdout or stderr.
 */
async function get(args: readonly string[], options: {secret?: string; stdin?: string; lang?: string} = {}): Promise<CliResult> {
	const env = childEnv({
		...(options.secret === undefined ? {} : {SEGURA_CLIENT_SECRET: options.secret}),
		...(options.lang === undefined ? {} : {LANG: options.lang}),
	});
	const result = await runCli(['get', ...args], {env, ...(options.stdin === undefined ? {} : {input: options.stdin})});
	for (const secret of everySecret) {
		// A boolean, so a failure never prints the secret itself.
		expect(leaks(result.stdout, secret), 'a secret in stdout').toBe(false);
		expect(leaks(result.stderr, secret), 'a secret in stderr').toBe(false);
	}
	return result;
}

type Case = Readonly<{server: 'practice' | 'oidc'; auth: 'basic' | 'body'; secret: 'plain' | 'odd'}>;

const cases: Case[] = (['practice', 'oidc'] as const).flatMap(server =>
	(['basic', 'body'] as const).flatMap(auth => (['plain', 'odd'] as const).map(secret => ({server, auth, secret}))),
);

function target({server, auth, secret}: Case): {tokenUrl: string; clientId: string; clientSecret: string} {
	const clientSecret = secret === 'plain' ? plainSecret : oddSecret;
	if (server === 'practice') {
		return {tokenUrl: practice.providers[0]!.tokenUrl, clientId: secret === 'plain' ? 'practice-plain' : 'practice-odd', clientSecret};
	}
	return {tokenUrl: oidc.tokenUrl, clientId: `oidc-${auth}-${secret}`, clientSecret};
}

function expectTokenOf(token: string, c: Case, clientId: string): void {
	const claims = jwtClaims(token);
	expect(claims['client_id']).toBe(clientId);
	if (c.server === 'oidc') expect(claims['aud']).toBe(scimResource);
	else expect(claims['iss']).toBe(practice.seguraUrl);
}

describe('get: a real token on stdout, and nothing else', () => {
	it.each(cases)('$server, --auth $auth, $secret secret from SEGURA_CLIENT_SECRET', async c => {
		const {tokenUrl, clientId, clientSecret} = target(c);
		const result = await get(['--token-url', tokenUrl, '--client-id', clientId, '--auth', c.auth], {secret: clientSecret});
		expect(result.stderr).toBe(c.server === 'oidc' ? otherPath : '');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(jwtLine);
		expectTokenOf(result.stdout.trim(), c, clientId);
	});

	it.each(cases.filter(c => c.secret === 'odd'))('$server, --auth $auth, the odd secret from --client-secret-stdin', async c => {
		const {tokenUrl, clientId, clientSecret} = target(c);
		const result = await get(['--token-url', tokenUrl, '--client-id', clientId, '--auth', c.auth, '--client-secret-stdin'], {
			stdin: `${clientSecret}\n`,
		});
		expect(result.stderr).toBe(c.server === 'oidc' ? otherPath : '');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(jwtLine);
		expectTokenOf(result.stdout.trim(), c, clientId);
	});

	it('the practice token works where Okta will use it: GET {Base URL}/Users with it', async () => {
		const provider = practice.providers[0]!;
		const result = await get(['--token-url', provider.tokenUrl, '--client-id', provider.clientId], {secret: provider.clientSecret});
		expect(result.code).toBe(0);
		const users = await fetch(`${provider.baseUrl}/Users?startIndex=1&count=2`, {
			headers: {authorization: `Bearer ${result.stdout.trim()}`, accept: 'application/scim+json'},
		});
		expect(users.status).toBe(200);
		expect(((await users.json()) as {schemas: string[]}).schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:ListResponse']);
	});

	it('--json prints one object with the token response names and the expiry as a time', async () => {
		const before = Date.now();
		const result = await get(['--token-url', oidc.tokenUrl, '--client-id', 'oidc-body-odd', '--auth', 'body', '--json'], {
			secret: oddSecret,
		});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe(otherPath);
		expect(result.stdout.endsWith('\n')).toBe(true);
		expect(result.stdout.trim().split('\n')).toHaveLength(1);
		const json = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(Object.keys(json)).toEqual(['access_token', 'token_type', 'expires_in', 'expires_at', 'scope']);
		expect(jwtClaims(String(json['access_token']))['client_id']).toBe('oidc-body-odd');
		expect(json['token_type']).toBe('Bearer');
		expect(json['expires_in']).toBe(3600);
		const expiresAt = Date.parse(String(json['expires_at']));
		expect(expiresAt).toBeGreaterThanOrEqual(before + 3_599_000);
		expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3_601_000);
		expect(String(json['expires_at'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		// No scope asked for, and this server names none in its answer.
		expect(json['scope']).toBeNull();
	});

	it('--json from the practice server: the scope asked for, the lifetime from --param ttl', async () => {
		const provider = practice.providers[0]!;
		const result = await get(
			['--token-url', provider.tokenUrl, '--client-id', provider.clientId, '--scope', 'scim:read', '--param', 'ttl=5', '--json'],
			{secret: provider.clientSecret},
		);
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(json['scope']).toBe('scim:read');
		expect(json['expires_in']).toBe(300);
		expect(json['token_type']).toBe('Bearer');
	});
});

describe('get --copy where nothing can take the token', () => {
	it('without a terminal (setsid, like cron): the token goes to stdout after all, and stderr says so instead of asking for a rerun', async context => {
		const setsid = await which('setsid');
		if (!setsid) context.skip('setsid is not installed on this machine');
		const args = ['get', '--copy', '--token-url', practice.providers[0]!.tokenUrl, '--client-id', 'practice-plain'];
		for (const lang of ['en_US.UTF-8', 'pt_BR.UTF-8']) {
			const env = childEnv({SEGURA_CLIENT_SECRET: plainSecret, LANG: lang, DISPLAY: undefined, WAYLAND_DISPLAY: undefined, TMUX: undefined, STY: undefined});
			const result = await new Promise<{stdout: string; stderr: string; code: number | null}>((resolve, reject) => {
				const defined = Object.fromEntries(Object.entries({...env, PATH: process.env.PATH}).filter(([, value]) => value !== undefined));
				execFile(setsid!, ['-w', process.execPath, cliPath, ...args], {env: defined, timeout: 20_000}, (error, stdout, stderr) => {
					const code = typeof error?.code === 'number' ? error.code : 0;
					if (error && typeof error.code !== 'number') reject(new Error(`${error.message}\n${stderr}`));
					else resolve({stdout, stderr, code});
				});
			});
			expect(result.code, result.stderr).toBe(0);
			expect(result.stdout).toMatch(jwtLine);
			const printed = lang.startsWith('pt') ? copyFallbackText.printed['pt-BR'] : copyFallbackText.printed.en;
			expect(result.stderr).toContain(printed);
			expect(result.stderr).not.toMatch(/without --copy|sem --copy/);
			expect(leaks(result.stderr, plainSecret)).toBe(false);
		}
	});
});

describe('get: exit codes, with the reason on stderr and nothing on stdout', () => {
	it('2 when --token-url is missing', async () => {
		const result = await get(['--client-id', 'practice-plain'], {secret: plainSecret});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('Missing --token-url');
		expect(result.stderr).toContain('segura-token get --help');
	});

	it('2 when --client-id is missing', async () => {
		const result = await get(['--token-url', practice.providers[0]!.tokenUrl], {secret: plainSecret});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('Missing --client-id');
	});

	it('2 when there is no secret at all, saying where it is read from', async () => {
		const result = await get(['--token-url', practice.providers[0]!.tokenUrl, '--client-id', 'practice-plain']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('SEGURA_CLIENT_SECRET');
		expect(result.stderr).toContain('--client-secret-stdin');
	});

	it('2 when --client-secret-stdin gets an empty stdin', async () => {
		const result = await get(['--token-url', practice.providers[0]!.tokenUrl, '--client-id', 'practice-plain', '--client-secret-stdin'], {
			stdin: '',
		});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('--client-secret-stdin');
	});

	it.each([
		['--client-secret', argvSecret],
		[`--client-secret=${argvSecret}`],
	])('2 for %s: refused with the reason, the value never echoed', async (...flag) => {
		const result = await get(['--token-url', practice.providers[0]!.tokenUrl, '--client-id', 'practice-plain', ...flag], {
			secret: plainSecret,
		});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('--client-secret is not accepted');
		expect(result.stderr).toContain('`ps`');
		expect(result.stderr).toContain('shell history');
		expect(result.stderr).toContain('SEGURA_CLIENT_SECRET');
	});

	it('2 for an unknown --auth, naming the choices', async () => {
		const result = await get(['--token-url', practice.providers[0]!.tokenUrl, '--client-id', 'practice-plain', '--auth', 'digest'], {
			secret: plainSecret,
		});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--auth must be basic or body');
	});

	it('3 when nothing listens at the Token URL', async () => {
		const port = await freePort();
		const result = await get(['--token-url', `http://127.0.0.1:${port}/iso/oauth2/token`, '--client-id', 'practice-plain'], {
			secret: plainSecret,
		});
		expect(result.code).toBe(3);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`127.0.0.1 refused the connection on port ${port}`);
	});

	it.each([
		['the practice server', () => practice.providers[0]!.tokenUrl, 'practice-plain'],
		['oidc-provider', () => oidc.tokenUrl, 'oidc-basic-plain'],
	])('4 for a wrong secret at %s: invalid_client with what to check', async (_, tokenUrl, clientId) => {
		const result = await get(['--token-url', tokenUrl(), '--client-id', clientId], {secret: wrongSecret});
		expect(result.code).toBe(4);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('did not accept the Client ID and Client Secret (HTTP 401, invalid_client');
		expect(result.stderr).toMatch(/hint: .*internal users or third-party users/);
	});

	it('the errors speak Portuguese under LANG=pt_BR.UTF-8', async () => {
		const result = await get(['--token-url', practice.providers[0]!.tokenUrl, '--client-id', 'practice-plain'], {
			secret: wrongSecret,
			lang: 'pt_BR.UTF-8',
		});
		expect(result.code).toBe(4);
		expect(result.stderr).toContain('erro:');
		expect(result.stderr).toContain('não aceitou o ID do Cliente e o Client Secret');
		expect(result.stderr).toContain('dica:');
	});
});

describe('--help and --version', () => {
	it('get --help: usage on stdout, exit 0, every flag a script needs', async () => {
		const result = await get(['--help']);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^Usage: segura-token get/);
		for (const flag of ['--token-url', '--client-id', '--client-secret-stdin', 'SEGURA_CLIENT_SECRET', '--auth basic|body', '--json', '--scope', '--param']) {
			expect(result.stdout).toContain(flag);
		}
		expect(result.stdout).toMatch(/Exit codes: 0 done, 1 bug, 2 usage/);
	});

	it.each([['--help'], ['-h'], ['help']])('segura-token %s: the commands, exit 0', async flag => {
		const result = await runCli([flag], {env: childEnv()});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		for (const command of ['segura-token get', 'segura-token demo', 'segura-token profiles', '--plain']) expect(result.stdout).toContain(command);
	});

	it.each([['--version'], ['-v']])('segura-token %s: the package version alone, exit 0', async flag => {
		const result = await runCli([flag], {env: childEnv()});
		expect(result).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
	});

	it('an unknown command: exit 2 and where to look', async () => {
		const result = await runCli(['fetch'], {env: childEnv()});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('Unknown command "fetch"');
		expect(result.stderr).toContain('segura-token --help');
	});
});
