import {chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {languages} from '../../source/i18n/lang.js';
import {wizardTextFor} from '../../source/i18n/text.js';
import {formEncode} from '../../source/text/secret-masker.js';
import {startPty, type PtySession} from '../helpers/pty.js';
import {runCli} from '../helpers/run-cli.js';
import {createCa, issueLeaf} from '../helpers/certificates.js';
import {everyPayload, leakedPayloads} from '../helpers/hostile-server.js';
import {type RunningServer, startHttpServer, startHttpsServer} from '../helpers/servers.js';
import {childEnv, removeChildEnvDirs, typeToCopyStep} from '../helpers/wizard-walk.js';
import {sampleProfile} from '../profiles/store-helpers.js';

// "Trust nothing, round two": each problem an outside value could cause, through the built CLI
// against real servers on loopback. Every run is also searched for the secrets it was given.

// Throwaway values, made for this file only. The secret has characters that every encoding changes.
const secret = 'Tn2Secret:ab+cd/ef 521Xy:z+Q';
const tokenInHeader = 'Tn2HeaderToken-abcdefghijklmnop1234';
const tokens = {
	access: 'Tn2FormAccess-abcdefghijklmnopqrstu',
	refresh: 'Tn2FormRefresh-abcdefghijklmnopq',
	camelAccess: 'Tn2CamelAccess-abcdefghijklmnopqr',
	camelRefresh: 'Tn2CamelRefresh-abcdefghijklmnop',
	camelId: 'Tn2CamelIdToken-abcdefghijklmnopq',
	refreshHeader: 'Tn2RefreshHeader-abcdefghijklmn99',
	apiHeader: 'Tn2ApiHeader-abcdefghijklmnopq77',
};

/** Every form a value may take on its way out: as it is, form- and percent-encoded once, twice, three times. */
function encodings(value: string): string[] {
	const forms = new Set([value]);
	for (let form = value, count = 0; count < 3; count++) {
		forms.add(formEncode(form));
		form = encodeURIComponent(form);
		forms.add(form);
	}
	return [...forms];
}

/** The parts of `value` that must not be readable: any 8 characters in a row of any of its encodings. */
function leaked(output: string, value: string): string[] {
	const found: string[] = [];
	for (const form of encodings(value)) {
		for (let i = 0; i + 8 <= form.length; i++) if (output.includes(form.slice(i, i + 8))) found.push(form.slice(i, i + 8));
	}
	return found;
}

function jwt(claims: Record<string, unknown>): string {
	const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	return `${part({alg: 'none', typ: 'JWT'})}.${part(claims)}.c2ln`;
}

let server: RunningServer;
const received: string[] = [];
const claimValue = {current: 'constructor'};

beforeAll(async () => {
	server = await startHttpServer((request, response, body) => {
		received.push(`${request.method} ${request.url} ${body}`);
		const url = request.url ?? '';
		if (url.startsWith('/redirect/iso/oauth2/token')) {
			// The request's own form, percent-encoded once more, in the redirect's query.
			const echoed = new URLSearchParams(body).get('client_secret') ?? '';
			const location = `https://elsewhere.example/cb?form=${encodeURIComponent(body)}&again=${encodeURIComponent(encodeURIComponent(encodeURIComponent(echoed)))}`;
			response.writeHead(302, {location});
			response.end();
			return;
		}
		if (url.startsWith('/form/iso/oauth2/token')) {
			response.writeHead(400, {'content-type': 'application/x-www-form-urlencoded', 'x-access-token': tokenInHeader, 'X-Refresh-Token': tokens.refreshHeader, 'X-Api-Token': tokens.apiHeader});
			response.end(`access_token=${tokens.access}&refresh_token=${tokens.refresh}&token_type=bearer&echo=${encodeURIComponent(encodeURIComponent(tokens.access))}`);
			return;
		}
		if (url.startsWith('/camel/iso/oauth2/token')) {
			response.writeHead(400, {'content-type': 'application/json'});
			response.end(JSON.stringify({accessToken: tokens.camelAccess, refreshToken: tokens.camelRefresh, idToken: tokens.camelId, error: 'invalid_request'}));
			return;
		}
		if (url.startsWith('/iso/oauth2/token')) {
			const now = Math.floor(Date.now() / 1000);
			response.writeHead(200, {'content-type': 'application/json'});
			response.end(JSON.stringify({access_token: jwt({sub: 'okta-scim', iat: now, exp: now + 3600, provider_kind: claimValue.current}), token_type: 'Bearer', expires_in: 3600}));
			return;
		}
		response.writeHead(404);
		response.end();
	});
});

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

afterAll(async () => {
	await server?.close();
	removeChildEnvDirs();
});

describe('a token whose provider claim names a property of every object', () => {
	it.each(['constructor', 'toString', '__proto__'])('"%s" is no claim: the wizard reaches the Copy step and ends with exit 0', async value => {
		claimValue.current = value;
		const s = startPty({cols: 80, rows: 24, env: childEnv()});
		sessions.push(s);
		await typeToCopyStep(s, server.origin, {secret: 'claims-test-secret', claim: 'provider_kind'});
		s.write('q');
		expect(await s.exit).toBe(0);
		expect(s.output()).not.toMatch(/a bug/i);
	});
});

describe.each(languages)('in %s', lang => {
	const env = () => childEnv({SEGURA_CLIENT_SECRET: secret, LANG: lang === 'en' ? 'en_US.UTF-8' : 'pt_BR.UTF-8'});

	it('a redirect whose Location carries the secret, encoded again: no part of it on stderr or in --json', async () => {
		for (const json of [false, true]) {
			const result = await runCli(['get', '--token-url', `${server.origin}/redirect/iso/oauth2/token`, '--client-id', 'okta-scim', '--auth', 'body', ...(json ? ['--json'] : [])], {env: env()});
			expect(result.code).toBe(3);
			expect(result.stdout + result.stderr).toContain('elsewhere.example');
			expect(leaked(result.stdout + result.stderr, secret)).toEqual([]);
		}
	});

	it('--verbose: a form-encoded token answer, token headers and camelCase token keys are redacted, the tokens nowhere', async () => {
		for (const path of ['form', 'camel']) {
			const result = await runCli(['get', '--verbose', '--token-url', `${server.origin}/${path}/iso/oauth2/token`, '--client-id', 'okta-scim'], {env: env()});
			expect([3, 4]).toContain(result.code);
			const output = result.stdout + result.stderr;
			expect(output).toMatch(path === 'form' ? /access_token=\[\S+ …rstu\]/ : /"accessToken": "\[\S+ …/);
			for (const token of [tokenInHeader, ...Object.values(tokens)]) expect(leaked(output, token)).toEqual([]);
			expect(leaked(output, secret)).toEqual([]);
		}
	});

	it('--param refuses what the request sets itself and any secret, with the wizard\'s words, exit 2, nothing sent', async () => {
		const words = wizardTextFor(lang).issues;
		const before = received.length;
		for (const [param, code] of [
			['grant_type=password', 'param-reserved'],
			['client_id=other', 'param-reserved'],
			['client_secret=x', 'param-reserved'],
			['client_assertion_type=x', 'param-reserved'],
			['Password=hunter2', 'param-secret'],
			['api_secret=x', 'param-secret'],
			['ttl=abc', 'ttl-invalid'],
		] as const) {
			const result = await runCli(['get', '--token-url', `${server.origin}/iso/oauth2/token`, '--client-id', 'okta-scim', '--param', param], {env: env()});
			expect(result.code, param).toBe(2);
			const key = param.slice(0, param.indexOf('='));
			expect(result.stderr).toContain(words[code]({level: 'error', code, detail: code === 'ttl-invalid' ? param : key}));
			expect(result.stderr).not.toContain('hunter2');
		}
		expect(received.length).toBe(before);
	});
});

describe('the profiles file', () => {
	const profile = {...sampleProfile('prod'), history: []};

	function storeWith(text: string): {env: NodeJS.ProcessEnv; file: string} {
		const env = childEnv();
		const folder = join(env.XDG_CONFIG_HOME!, 'segura-token');
		mkdirSync(folder, {recursive: true, mode: 0o700});
		const file = join(folder, 'config.json');
		writeFileSync(file, text, {mode: 0o600});
		return {env, file};
	}

	it.each(['__proto__', 'constructor'])('with a "%s" field in a profile: every profile command reports it, the file set aside and named, never a crash', async field => {
		const text = `{"profiles":[${JSON.stringify(profile).slice(0, -1)},"${field}":{"x":1}}],"__internal__":{"migrations":{"version":"0.1.0"}}}`;
		for (const args of [['profiles', 'list'], ['profiles', 'show', 'prod'], ['get', '--profile', 'prod']]) {
			const {env, file} = storeWith(text);
			const result = await runCli(args, {env: {...env, SEGURA_CLIENT_SECRET: 'x'}});
			expect(result.code, args.join(' ')).toBe(args[0] === 'profiles' && args[1] === 'list' ? 0 : 2);
			expect(result.stderr).not.toMatch(/a bug/i);
			expect(result.stderr).toContain(`${file}.bak-`);
			expect(readFileSync(result.stderr.match(/(\S+config\.json\.bak-\S+?)\.?\s/)![1]!, 'utf8')).toBe(text);
		}
	});

	describe('behind a symbolic link', () => {
		let outside: string;
		beforeAll(() => {
			outside = mkdtempSync(join(tmpdir(), 'segura-token-e2e-'));
		});
		afterAll(() => rmSync(outside, {recursive: true, force: true}));

		function target(name: string): string {
			const file = join(outside, name);
			writeFileSync(file, JSON.stringify({profiles: [profile], __internal__: {migrations: {version: '0.1.0'}}}));
			chmodSync(file, 0o640);
			return file;
		}

		it.each(languages)('config.json, its lock file, or the folder: exit 2 in %s, the target neither read, tightened, copied nor rewritten', async lang => {
			for (const place of ['file', 'lock', 'folder'] as const) {
				const env = childEnv({LANG: lang === 'en' ? 'en_US.UTF-8' : 'pt_BR.UTF-8'});
				const folder = join(env.XDG_CONFIG_HOME!, 'segura-token');
				const theirs = target(`${place}-${lang}.json`);
				const before = readFileSync(theirs, 'utf8');
				let link: string;
				if (place === 'folder') {
					const realFolder = mkdtempSync(join(outside, 'folder-'));
					symlinkSync(theirs, join(realFolder, 'config.json'));
					link = folder;
					symlinkSync(realFolder, link);
				} else {
					mkdirSync(folder, {recursive: true, mode: 0o700});
					link = place === 'file' ? join(folder, 'config.json') : join(folder, 'config.json.lock');
					if (place === 'lock') writeFileSync(join(folder, 'config.json'), before, {mode: 0o600});
					symlinkSync(theirs, link);
				}
				for (const args of [['profiles', 'list'], ['profiles', 'rename', 'prod', 'other'], ['get', '--profile', 'prod']]) {
					const result = await runCli(args, {env: {...env, SEGURA_CLIENT_SECRET: 'x'}});
					expect(result.code, `${place}: ${args.join(' ')}`).toBe(2);
					expect(result.stderr).toContain(link);
					expect(result.stdout).not.toContain('prod');
				}
				expect(lstatSync(link).isSymbolicLink()).toBe(true);
				expect(readlinkSync(link)).toBeTruthy();
				expect(readFileSync(theirs, 'utf8')).toBe(before);
				expect(statSync(theirs).mode & 0o777).toBe(0o640);
			}
		});
	});
});

describe('kept from the first round', () => {
	it('a certificate whose names carry escapes, C1 controls and a bidi override: shown escaped in errors and --verbose', async () => {
		const ca = createCa(`Evil CA ${everyPayload}`);
		const leaf = issueLeaf(ca);
		const server = await startHttpsServer(leaf, (_request, response) => response.end('{}'));
		try {
			for (const args of [
				['get', '--verbose', '--token-url', `${server.origin}/iso/oauth2/token`, '--client-id', 'okta-scim'],
				['get', '--json', '--token-url', `${server.origin}/iso/oauth2/token`, '--client-id', 'okta-scim'],
				['verify', '--verbose', '--insecure', '--base-url', `${server.origin}/iso/scim/v2`],
			]) {
				const result = await runCli(args, {env: childEnv({SEGURA_CLIENT_SECRET: secret, SEGURA_TOKEN: 'abc.def.ghi'})});
				expect(result.code, args.join(' ')).toBeGreaterThan(1);
				expect(leakedPayloads(result.stdout + result.stderr), args.join(' ')).toEqual([]);
				if (args.includes('--verbose')) expect(result.stderr).toContain('Evil CA');
				if (args.includes('--json')) expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
			}
		} finally {
			await server.close();
		}
	});
});
