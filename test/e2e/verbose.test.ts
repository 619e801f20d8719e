import {languages} from '../../source/i18n/lang.js';
import {X509Certificate} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {formatStamp} from '../../source/i18n/time.js';
import {basicAuthorization} from '../../source/oauth/form-encoding.js';
import type {CertificateSet} from '../helpers/certificates.js';
import {type NetworkBed, networkBed} from '../helpers/network-bed.js';
import {leakedPayloads, startHostileServer, type HostileServer} from '../helpers/hostile-server.js';
import {type OidcServer, startOidcServer} from '../helpers/oidc-server.js';
import {type RunningProxy} from '../helpers/proxy-server.js';
import {runCli, type CliResult} from '../helpers/run-cli.js';
import {type RunningServer} from '../helpers/servers.js';
import {childEnv, leaks, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// `--verbose` from the built CLI, with pipes as a script (or an administrator's `2>trace.txt`)
// has them: the exchange on stderr, nothing secret anywhere.

// Throwaway values, made for this file only.
const secret = 'VerboseSecret0123456789abcdef';
const proxyPassword = 'VerboseProxyPass77';
const token = 'verbose-e2e-token-0123456789abcdefWXYZ';
const listBody = JSON.stringify({schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: []});

let bed: NetworkBed;
let certs: CertificateSet;
let folder: string;
let caFile: string;
let oidc: OidcServer;
let scim: RunningServer;
let proxy: RunningProxy;
let hostile: HostileServer;

beforeAll(async () => {
	bed = await networkBed();
	({certs, folder, caFile} = bed);
	[oidc, scim, proxy, hostile] = await Promise.all([
		startOidcServer([
			{clientId: 'verbose-basic', clientSecret: secret, auth: 'client_secret_basic', tokenFormat: 'jwt'},
			{clientId: 'verbose-body', clientSecret: secret, auth: 'client_secret_post', tokenFormat: 'jwt'},
		]),
		bed.https((_request, response) => response.end(listBody)),
		bed.proxy({login: {user: 'jump', password: proxyPassword}}),
		startHostileServer(),
	]);
});

afterAll(async () => {
	await Promise.all([bed?.close(), oidc?.close(), hostile?.close()]);
	removeChildEnvDirs();
});

/** The lines of stderr. */
function lines(result: CliResult): string[] {
	return result.stderr.split('\n');
}

/** Neither output holds `value` (as typed or form-encoded): a boolean, so a failure never prints it. */
function expectAbsent(result: CliResult, value: string, what: string): void {
	expect(leaks(result.stdout, value), `${what} on stdout`).toBe(false);
	expect(leaks(result.stderr, value), `${what} on stderr`).toBe(false);
}

describe('get --verbose', () => {
	it.each(['basic', 'body'] as const)('--auth %s: POST and 200 on stderr; no secret, no Basic value, no token; the token\'s last four', async auth => {
		const output = path.join(folder, `token-${auth}.txt`);
		const clientId = `verbose-${auth}`;
		const args = ['get', '--verbose', '--token-url', oidc.tokenUrl, '--client-id', clientId, '--auth', auth, '--output', output];
		const result = await runCli(args, {env: childEnv({SEGURA_CLIENT_SECRET: secret})});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('');
		const issued = (await readFile(output, 'utf8')).trim();
		expect(lines(result)).toContain(`* POST ${oidc.tokenUrl}`);
		expect(lines(result)).toContain('> POST /token HTTP/1.1');
		expect(lines(result)).toContain('< HTTP/1.1 200 OK');
		expect(lines(result)).toContain(`<   "access_token": "[redacted …${issued.slice(-4)}]",`);
		expect(lines(result)).toContain(auth === 'basic' ? '> authorization: Basic [redacted]' : `> grant_type=client_credentials&client_id=${clientId}&client_secret=[redacted]`);
		expectAbsent(result, secret, 'the secret');
		expectAbsent(result, basicAuthorization(clientId, secret, 'rfc').slice('Basic '.length), 'the Basic value');
		expectAbsent(result, issued, 'the token');
		// What `get` says besides the trace is unchanged: the file it wrote.
		expect(lines(result)).toContain(`✔ Token written to ${output} (mode 0600: only you can read it).`);
	});

	it('a hostile token server: nothing but escaped text of its payloads on stderr', async () => {
		const result = await runCli(['get', '--verbose', '--token-url', hostile.tokenUrl, '--client-id', 'okta-scim'], {
			env: childEnv({SEGURA_CLIENT_SECRET: 'hostile-test-secret'}),
		});
		expect(result.code).toBe(0);
		expect(leakedPayloads(result.stderr)).toEqual([]);
		expect(result.stderr.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
		expect(result.stderr).toContain('\\u001b]52;c;UFdORUQ=\\u0007');
	});
});

describe('verify --verbose', () => {
	it('through a proxy that asks for a login, to a TLS server: the proxy, its password redacted, the chain, the phases; no token', async () => {
		const port = new URL(proxy.url).port;
		const env = childEnv({SEGURA_TOKEN: token, HTTPS_PROXY: proxy.url.replace('http://', `http://jump:${proxyPassword}@`)});
		const result = await runCli(['verify', '--verbose', '--base-url', `${scim.origin}/scim/v2`, '--ca', caFile], {env});
		expect(result.code).toBe(0);
		const stderr = lines(result);
		expect(stderr).toContain(`* GET ${scim.origin}/scim/v2/Users?startIndex=1&count=2`);
		expect(stderr).toContain(`* Proxy: http://jump:[redacted]@127.0.0.1:${port} (from HTTPS_PROXY)`);
		expect(stderr).toContain('> proxy-authorization: Basic [redacted]');
		expect(stderr).toContain('*  0 subject: CN=127.0.0.1, O=segura-token tests');
		expect(stderr).toContain('*    issuer:  CN=segura-token test CA, O=segura-token tests');
		const expiry = formatStamp(new Date(new X509Certificate(certs.valid.cert).validTo), 'en');
		expect(stderr).toContain(`*    expires: ${expiry} (in less than a day)`);
		expect(stderr).toContain('> authorization: Bearer [redacted …WXYZ]');
		expect(stderr).toContain('< HTTP/1.1 200 OK');
		const phases = stderr.filter(line => /^\* {3}\S/.test(line)).map(line => line.slice(4).split(/ {2,}/)[0]);
		expect(phases).toEqual(['proxy connect', 'tunnel', 'TLS', 'first byte', 'total']);
		expect(stderr.at(-2)).toBe('✔ The token works: the SCIM server answered like Okta expects (0 users).');
		expectAbsent(result, token, 'the token');
		expectAbsent(result, proxyPassword, 'the proxy password');
		expectAbsent(result, Buffer.from(`jump:${proxyPassword}`).toString('base64'), 'the proxy login');
	});
});

describe('--verbose in the help', () => {
	const helps = [['--help'], ['get', '--help'], ['verify', '--help']];

	it.each(languages)('%s: the help of the wizard, get and verify explains --verbose in lines of at most 80 columns', async lang => {
		for (const args of helps) {
			const result = await runCli([...args, '--lang', lang], {env: childEnv()});
			expect(result.code).toBe(0);
			const help = result.stdout.split('\n');
			const at = help.findIndex(line => line.startsWith('  --verbose  '));
			expect(at, `${args.join(' ')} --lang ${lang}`).toBeGreaterThan(0);
			// The entry: its first line and the ones indented under it.
			const entry = [help[at]!, ...help.slice(at + 1).filter((line, i, rest) => rest.slice(0, i + 1).every(l => /^ {23}\S/.test(l)))];
			expect(entry.length).toBeGreaterThan(2);
			for (const line of entry) expect([...line].length, line).toBeLessThanOrEqual(80);
			const words = entry.join(' ');
			expect(words).toContain('curl -v');
			expect(words).toContain('Client Secret');
			expect(words).toContain(lang === 'en' ? 'redacted' : 'ocultos');
			expect(words).toContain(lang === 'en' ? '2>FILE' : '2>ARQUIVO');
		}
	});
});

it('profiles accepts --verbose and has no exchange to show', async () => {
	const result = await runCli(['profiles', 'list', '--verbose'], {env: childEnv()});
	expect(result.code).toBe(0);
	expect(result.stderr).not.toContain('* ');
});
