import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type OidcServer, startOidcServer} from '../helpers/oidc-server.js';
import {runCli} from '../helpers/run-cli.js';
import {childEnv, jwtClaims, leaks, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// The command line to the standard of the CLIs admins already like: help that fits, typos that
// get a suggestion, values cleaned as the wizard cleans them, and JSON errors for scripts.

const secret = 'cliE2eSecret0123456789';
let oidc: OidcServer;

beforeAll(async () => {
	oidc = await startOidcServer([{clientId: 'cli-e2e', clientSecret: secret, auth: 'client_secret_basic', tokenFormat: 'jwt'}]);
});

afterAll(async () => {
	await oidc?.close();
	removeChildEnvDirs();
});

const langs = [
	['en', 'en_US.UTF-8'],
	['pt-BR', 'pt_BR.UTF-8'],
] as const;

async function cli(args: readonly string[], options: {lang?: string; secret?: string; input?: string} = {}) {
	const env = childEnv({LANG: options.lang ?? 'en_US.UTF-8', ...(options.secret === undefined ? {} : {SEGURA_CLIENT_SECRET: options.secret})});
	return runCli(args, {env, ...(options.input === undefined ? {} : {input: options.input})});
}

describe('help', () => {
	const helps = [['--help'], ['get', '--help'], ['verify', '--help'], ['profiles', '--help'], ['doctor', '--help'], ['demo', '--help'], ['help'], ['help', 'get']];
	it.each(langs)('every --help fits 80 columns, in %s', async (_lang, locale) => {
		for (const args of helps) {
			const result = await cli(args, {lang: locale});
			expect(result.code, args.join(' ')).toBe(0);
			const wide = result.stdout.split('\n').filter(line => [...line].length > 80);
			expect(wide, `segura-token ${args.join(' ')}`).toEqual([]);
		}
	});

	it('help COMMAND is that command\'s help; help of a typo suggests the command', async () => {
		const get = await cli(['help', 'get']);
		expect(get.stdout).toBe((await cli(['get', '--help'])).stdout);
		expect(get.stdout).toMatch(/^Usage: segura-token get/);
		const typo = await cli(['help', 'gett']);
		expect(typo.code).toBe(2);
		expect(typo.stdout).toBe('');
		expect(typo.stderr).toContain('Did you mean "segura-token get"?');
	});

	it('-V and --version print the version', async () => {
		const short = await cli(['-V']);
		expect(short.code).toBe(0);
		expect(short.stdout).toBe((await cli(['--version'])).stdout);
		expect(short.stdout).toMatch(/^\d+\.\d+\.\d+/);
	});
});

describe('typos', () => {
	it.each([
		[['gett'], 'Unknown command "gett".', 'Did you mean "segura-token get"?'],
		[['get', '--tokenurl', 'x'], 'Unknown option --tokenurl.', 'Did you mean --token-url?'],
		[['verify', '--jsn'], 'Unknown option --jsn.', 'Did you mean --json?'],
		[['get', '--auth', 'basci', '--token-url', 'x', '--client-id', 'y'], '--auth must be basic or body (got "basci").', 'Did you mean --auth basic?'],
		[['get', '--encoding', 'rwa'], '--encoding must be rfc or raw (got "rwa").', 'Did you mean --encoding raw?'],
		[['profiles', 'lst'], 'Unknown profiles command "lst".', 'Did you mean "segura-token profiles list"?'],
		[['get', '--token-url'], '--token-url needs a value', 'segura-token help get'],
		[['get', '--json=yes'], '--json takes no value.', 'segura-token help get'],
		[['get', 'extra'], 'segura-token get takes no argument "extra".', 'segura-token help get'],
	])('%j: exit 2, what is wrong and what was meant, never the parser\'s own text', async (args, message, hint) => {
		const result = await cli(args);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain(hint);
		expect(result.stderr).not.toMatch(/positional argument|place it at the end|ERR_PARSE_ARGS/);
	});

	it('in Portuguese too, with "ou" between the choices', async () => {
		const result = await cli(['--lang', 'pt-BR', 'get', '--auth', 'bsic']);
		expect(result.stderr).toContain('--auth deve ser basic ou body (valor informado: "bsic").');
		expect(result.stderr).toContain('dica: Você quis dizer --auth basic?');
	});
});

describe('get is as forgiving as the wizard', () => {
	it('a quoted Client ID, a Token URL with spaces and a secret ending in a line break get a token; stderr says what was removed', async () => {
		const result = await cli(['get', '--token-url', ` ${oidc.tokenUrl} `, '--client-id', '"cli-e2e"'], {secret: `${secret}\n`});
		expect(result.code).toBe(0);
		expect(jwtClaims(result.stdout.trim())['client_id']).toBe('cli-e2e');
		expect(result.stderr).toContain('--client-id: Removed quotes from the paste.');
		expect(result.stderr).toContain('--token-url: Removed spaces from the paste.');
		expect(result.stderr).toContain('SEGURA_CLIENT_SECRET: Removed line breaks from the paste.');
		expect(leaks(result.stderr, secret)).toBe(false);
	});

	it('the secret from standard input, quoted, is cleaned the same way', async () => {
		const result = await cli(['get', '--token-url', oidc.tokenUrl, '--client-id', 'cli-e2e', '--client-secret-stdin'], {input: `'${secret}'\n`});
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
		expect(result.stderr).toContain('--client-secret-stdin: Removed quotes from the paste.');
	});

	it('the Base URL given as the Token URL is named as such, before any request', async () => {
		const baseUrl = `${new URL(oidc.tokenUrl).origin}/iso/scim/v2`;
		const result = await cli(['get', '--token-url', baseUrl, '--client-id', 'cli-e2e'], {secret});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--token-url: This looks like the Base URL; the Token URL ends in /oauth2/token.');
		expect(result.stderr).toContain(`--token-url ${new URL(oidc.tokenUrl).origin}/iso/oauth2/token`);
		expect(result.stderr).not.toContain('Client Secret');
	});

	it('verify --base-url given the Token URL is named as such', async () => {
		const result = await runCli(['verify', '--base-url', 'https://segura.example.com/iso/oauth2/token', '--token-stdin'], {env: childEnv(), input: 'x.y.z\n'});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--base-url: This looks like the Token URL; the Base URL ends in /scim/v2.');
	});
});

describe('--json failures', () => {
	it('print {"error": {code, message, hint, exitCode}} on stdout, and the text on stderr', async () => {
		const result = await cli(['get', '--json', '--token-url', oidc.tokenUrl, '--client-id', 'cli-e2e'], {secret: 'not-the-secret'});
		expect(result.code).toBe(4);
		const {error} = JSON.parse(result.stdout) as {error: {code: string; message: string; hint: string | null; exitCode: number}};
		expect(error).toMatchObject({code: 'invalid_client', exitCode: 4});
		expect(error.message).toContain('did not accept the Client ID and Client Secret');
		expect(result.stderr).toContain(error.message);
	});

	it('a usage error too, in the run\'s language', async () => {
		const result = await cli(['verify', '--json', '--base-url', 'ftp://x'], {lang: 'pt_BR.UTF-8'});
		expect(result.code).toBe(2);
		const {error} = JSON.parse(result.stdout) as {error: {code: string; message: string; exitCode: number}};
		expect(error.code).toBe('invalid_url');
		expect(error.message).toMatch(/^--base-url: /);
		expect(error.exitCode).toBe(2);
	});
});
