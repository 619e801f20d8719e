import {X509Certificate} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Lang} from '../../source/i18n/lang.js';
import {formatStamp} from '../../source/i18n/time.js';
import {createDispatcher} from '../../source/net/create-dispatcher.js';
import type {HttpTrace} from '../../source/net/http-trace.js';
import {sendRequest} from '../../source/net/send-request.js';
import {basicAuthorization} from '../../source/oauth/form-encoding.js';
import {formEncode} from '../../source/text/secret-masker.js';
import {fetchToken} from '../../source/oauth/fetch-token.js';
import type {TokenRequest} from '../../source/oauth/types.js';
import {verify} from '../../source/scim/verify.js';
import {caught} from '../helpers/app-errors.js';
import type {CertificateSet} from '../helpers/certificates.js';
import {type NetworkBed, networkBed} from '../helpers/network-bed.js';
import {hostileJwt, startHostileServer, tokenRequestFor, type HostileServer} from '../helpers/hostile-server.js';
import {type OidcServer, startOidcServer} from '../helpers/oidc-server.js';
import {type RunningProxy} from '../helpers/proxy-server.js';
import {type RunningServer, startHttpServer} from '../helpers/servers.js';

// --verbose in-process: the exchange as sendRequest traces it, against real servers on loopback.

// Throwaway values, made for this file only.
const secret = 'TraceSecret0123456789abcdef';
const oddSecret = 'trace+odd%secret:with space';
const proxyPassword = 'TraceProxyPass42';
const listBody = JSON.stringify({schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: []});

let bed: NetworkBed;
let certs: CertificateSet;
let caFile: string;
let oidc: OidcServer;
let scim: RunningServer;
let selfSigned: RunningServer;
let echo: RunningServer;
let proxy: RunningProxy;
let hostile: HostileServer;

beforeAll(async () => {
	bed = await networkBed();
	({certs, caFile} = bed);
	[oidc, scim, selfSigned, echo, proxy, hostile] = await Promise.all([
		startOidcServer([
			{clientId: 'trace-basic', clientSecret: secret, auth: 'client_secret_basic', tokenFormat: 'jwt'},
			{clientId: 'trace-body', clientSecret: secret, auth: 'client_secret_post', tokenFormat: 'jwt'},
			{clientId: 'trace-odd', clientSecret: oddSecret, auth: 'client_secret_basic', tokenFormat: 'jwt'},
		]),
		bed.https((_request, response) => response.end(listBody)),
		bed.selfSigned((_request, response) => response.end(listBody)),
		// A server that repeats what it was sent, in a header and in a long page.
		startHttpServer((request, response, body) => {
			response.writeHead(401, {'content-type': 'text/html', 'x-echo': request.headers.authorization ?? ''});
			response.end(`<html><title>Denied</title><body>${request.headers.authorization ?? ''} ${body} ${'x'.repeat(100_000)}</body></html>`);
		}),
		bed.proxy({login: {user: 'jump', password: proxyPassword}}),
		startHostileServer(),
	]);
});

afterAll(async () => {
	await Promise.all([bed?.close(), ...[oidc, echo, hostile].map(async server => server?.close())]);
});

function recorder(lang: Lang = 'en'): HttpTrace & {lines: string[]; text: () => string} {
	const lines: string[] = [];
	return {lang, lines, write: line => lines.push(line), text: () => lines.join('\n')};
}

function tokenRequest(clientId: string, overrides: Partial<TokenRequest> = {}): TokenRequest {
	return {tokenUrl: oidc.tokenUrl, clientId, clientSecret: secret, auth: 'basic', encoding: 'rfc', ...overrides};
}

/** Whether `text` holds `value` as sent or form-encoded: a boolean, so a failure never prints it. */
function holds(text: string, value: string): boolean {
	return text.includes(value) || text.includes(formEncode(value)) || text.includes(encodeURIComponent(value));
}

describe('a token request', () => {
	test('Basic: the POST and the 200 are shown; the secret, the Basic value and the token are not; the token\'s last four are', async () => {
		const trace = recorder();
		const result = await fetchToken(tokenRequest('trace-basic', {params: [['ttl', '60']]}), {}, {env: {}, trace});
		const text = trace.text();
		expect(trace.lines).toContain(`* POST ${oidc.tokenUrl}`);
		expect(trace.lines).toContain('> POST /token HTTP/1.1');
		expect(trace.lines).toContain('> authorization: Basic [redacted]');
		expect(trace.lines).toContain('> grant_type=client_credentials&ttl=60');
		expect(trace.lines).toContain('< HTTP/1.1 200 OK');
		expect(trace.lines).toContain(`<   "access_token": "[redacted …${result.accessToken.slice(-4)}]",`);
		expect(holds(text, secret), 'the secret in the trace').toBe(false);
		expect(text.includes(basicAuthorization('trace-basic', secret, 'rfc').slice('Basic '.length)), 'the Basic value in the trace').toBe(false);
		expect(text.includes(result.accessToken), 'the token in the trace').toBe(false);
	});

	test('credentials in the body: client_secret=[redacted], the Client ID as sent', async () => {
		const trace = recorder();
		await fetchToken(tokenRequest('trace-body', {auth: 'body'}), {}, {env: {}, trace});
		expect(trace.lines).toContain('> grant_type=client_credentials&client_id=trace-body&client_secret=[redacted]');
		expect(holds(trace.text(), secret)).toBe(false);
	});

	test('the retry with the other Basic encoding is a second exchange, traced whole', async () => {
		const trace = recorder();
		const result = await fetchToken(tokenRequest('trace-odd', {clientSecret: oddSecret, encoding: 'raw'}), {}, {env: {}, trace});
		expect(result.retriedWith).toBe('rfc');
		expect(trace.lines.filter(line => line === '> POST /token HTTP/1.1')).toHaveLength(2);
		expect(trace.lines.filter(line => line.startsWith('< HTTP/1.1 '))).toEqual([expect.stringMatching(/^< HTTP\/1\.1 40[01] /), '< HTTP/1.1 200 OK']);
		expect(trace.lines.filter(line => line.startsWith('*   total '))).toHaveLength(2);
		expect(holds(trace.text(), oddSecret)).toBe(false);
	});

	test('a second request on a connection kept open says it re-uses it, with no connect phase', async () => {
		const trace = recorder();
		const dispatcher = await createDispatcher({}, {});
		try {
			const get = async () => sendRequest({url: new URL(`${echo.origin}/`), method: 'GET', headers: {}}, {dispatcher, timeoutMs: 5000, trace});
			await get();
			// undici hands a socket back to its pool one turn of the event loop after an answer.
			await new Promise(resolve => setImmediate(resolve));
			await get();
		} finally {
			await dispatcher.destroy();
		}
		const second = trace.lines.slice(trace.lines.lastIndexOf(`* GET ${echo.origin}`));
		expect(second).toContain(`* Re-using the connection to 127.0.0.1 port ${echo.port}`);
		expect(second.filter(line => line.startsWith('* Connected'))).toEqual([]);
		expect(second.filter(line => /^\* {3}\S/.test(line)).map(line => line.slice(4).split(/ {2,}/)[0])).toEqual(['(connection re-used)', 'first byte', 'total']);
	});

	test('a server that echoes the credentials in a header and a page: masked there too, and the page cut short', async () => {
		const trace = recorder();
		const error = await caught(async () => fetchToken(tokenRequest('trace-basic', {tokenUrl: `${echo.origin}/token`}), {}, {env: {}, trace}));
		expect(error.exitCode).toBe(4);
		const text = trace.text();
		expect(holds(text, secret)).toBe(false);
		expect(text.includes(basicAuthorization('trace-basic', secret, 'rfc').slice('Basic '.length))).toBe(false);
		expect(trace.lines).toContain('< x-echo: Basic ••••');
		expect(trace.lines).toContain('< HTTP/1.1 401 Unauthorized');
		const body = trace.lines.filter(line => line.startsWith('< ') && !/^< [\w-]+: /.test(line));
		expect(body.join('\n').length).toBeLessThan(4300);
		expect(body.at(-1)).toMatch(/^< … \d+ more characters not shown$/);
	});
	test('an answer that repeats the token in a header: masked there, though the header comes before the body', async () => {
		const issued = 'trace.issued-token.0123456789abcdefghijklmnopqrstuvwxyzLAST';
		const server = await startHttpServer((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json', 'x-issued': issued, 'x-issued-token': issued});
			response.end(JSON.stringify({access_token: issued, token_type: 'Bearer', expires_in: 60}));
		});
		try {
			const trace = recorder();
			const result = await fetchToken(tokenRequest('trace-basic', {tokenUrl: `${server.origin}/token`}), {}, {env: {}, trace});
			expect(result.accessToken).toBe(issued);
			expect(trace.lines).toContain('< x-issued: ••••');
			// A header named like a token is redacted by its name, as a JSON field is.
			expect(trace.lines).toContain('< x-issued-token: [redacted …LAST]');
			expect(trace.lines).toContain('<   "access_token": "[redacted …LAST]",');
			expect(trace.text().includes(issued)).toBe(false);
		} finally {
			await server.close();
		}
	});
});

describe('the connection', () => {
	test('TLS: the chain\'s subject, issuer and expiry, and the time of each phase', async () => {
		const trace = recorder();
		await verify(`https://localhost:${scim.port}/scim/v2`, 'trace-test-token-0123456789WXYZ', {caFile}, {env: {}, trace});
		const expiry = (pem: string) => formatStamp(new Date(new X509Certificate(pem).validTo), 'en');
		expect(trace.lines).toContain('* DNS: localhost is 127.0.0.1');
		expect(trace.lines).toContain('* TLS with the server: TLSv1.3, TLS_AES_256_GCM_SHA384, ALPN http/1.1, certificate verified');
		expect(trace.lines).toContain('* Certificate chain:');
		expect(trace.lines).toContain('*  0 subject: CN=127.0.0.1, O=segura-token tests');
		expect(trace.lines).toContain('*    issuer:  CN=segura-token test CA, O=segura-token tests');
		expect(trace.lines).toContain('*    names:   IP Address:127.0.0.1, DNS:localhost');
		expect(trace.lines).toContain(`*    expires: ${expiry(certs.valid.cert)} (in less than a day)`);
		expect(trace.lines).toContain('*  1 subject: CN=segura-token test CA, O=segura-token tests');
		expect(trace.lines).toContain('> authorization: Bearer [redacted …WXYZ]');
		expect(trace.text()).not.toContain('trace-test-token-0123456789');
		const timing = trace.lines.slice(trace.lines.findIndex(line => line.startsWith('* Timing')), -1);
		expect(trace.lines.at(-1)).toBe('');
		expect(timing[0]).toMatch(/^\* Timing +took +since start$/);
		expect(timing.slice(1).map(line => /^\* {3}(\S+(?: \S+)?) /.exec(line)?.[1])).toEqual(['DNS', 'connect', 'TLS', 'first byte', 'total']);
		expect(timing.at(-1)).toMatch(/^\* {3}total +\d+(\.\d)? ms$/);
	});

	test('a certificate that fails the check: the chain it sent is still shown, then the failure', async () => {
		const trace = recorder();
		const error = await caught(async () => verify(selfSigned.origin, 'trace-test-token', {}, {env: {}, trace}));
		expect(error.reason).toBe('tls_self_signed');
		const failed = trace.lines.indexOf('* TLS handshake with the server failed');
		expect(failed).toBeGreaterThan(0);
		expect(trace.lines.slice(failed + 1, failed + 4)).toEqual([
			'* Certificate chain:',
			'*  0 subject: CN=127.0.0.1, O=segura-token tests',
			'*    issuer:  CN=127.0.0.1, O=segura-token tests',
		]);
		expect(trace.lines).toContainEqual(expect.stringMatching(/^\* Failed after \d+(\.\d)? ms: tls_self_signed \(DEPTH_ZERO_SELF_SIGNED_CERT: self[- ]signed certificate[^)]*\)$/));
		expect(trace.lines.some(line => line.startsWith('> '))).toBe(false);
	});

	test('through a proxy that asks for a login: the proxy named with its password redacted, the tunnel, the server\'s chain', async () => {
		const trace = recorder();
		const port = new URL(proxy.url).port;
		const env = {HTTPS_PROXY: proxy.url.replace('http://', `http://jump:${proxyPassword}@`)};
		await verify(`${scim.origin}/scim/v2`, 'trace-test-token-0123456789WXYZ', {caFile}, {env, trace});
		expect(trace.lines).toContain(`* Proxy: http://jump:[redacted]@127.0.0.1:${port} (from HTTPS_PROXY)`);
		expect(trace.lines).toContain(`> CONNECT 127.0.0.1:${scim.port} HTTP/1.1`);
		expect(trace.lines).toContain('> proxy-authorization: Basic [redacted]');
		expect(trace.lines).toContain(`* Connected to the proxy 127.0.0.1 port ${port}`);
		expect(trace.lines).toContain(`* Tunnel to 127.0.0.1:${scim.port} open (the proxy answered 200)`);
		expect(trace.lines).toContain('*  0 subject: CN=127.0.0.1, O=segura-token tests');
		const text = trace.text();
		expect(text.includes(proxyPassword), 'the proxy password in the trace').toBe(false);
		expect(text.includes(Buffer.from(`jump:${proxyPassword}`).toString('base64'))).toBe(false);
		const phases = trace.lines.filter(line => /^\* {3}\S/.test(line)).map(line => line.slice(4).split(/ {2,}/)[0]);
		expect(phases).toEqual(['proxy connect', 'tunnel', 'TLS', 'first byte', 'total']);
	});

	test('a POST through a proxy: the CONNECT is shown as sent, without the body of the request it carries', async () => {
		const trace = recorder();
		const env = {HTTP_PROXY: proxy.url.replace('http://', `http://jump:${proxyPassword}@`)};
		await fetchToken(tokenRequest('trace-body', {auth: 'body'}), {}, {env, trace});
		const connect = trace.lines.indexOf(`> CONNECT 127.0.0.1:${new URL(oidc.tokenUrl).port} HTTP/1.1`);
		expect(connect).toBeGreaterThan(0);
		const block = trace.lines.slice(connect, trace.lines.indexOf('>', connect) + 1);
		expect(block.filter(line => /content-length|content-type|client_secret/.test(line))).toEqual([]);
		expect(trace.lines.filter(line => line.startsWith('> grant_type='))).toEqual(['> grant_type=client_credentials&client_id=trace-body&client_secret=[redacted]']);
		expect(trace.lines.filter(line => line.startsWith('> POST '))).toEqual(['> POST /token HTTP/1.1']);
		expect(holds(trace.text(), secret)).toBe(false);
	});

	test('a proxy that NO_PROXY sets aside for this host is named as not used', async () => {
		const trace = recorder();
		await verify(`${scim.origin}/scim/v2`, 'trace-test-token', {caFile}, {env: {https_proxy: proxy.url, NO_PROXY: 'example.org,127.0.0.1'}, trace});
		expect(trace.lines).toContain('* No proxy: NO_PROXY covers 127.0.0.1, so https_proxy is not used');
		expect(trace.lines.filter(line => line.includes('proxy') && line !== trace.lines[1])).toEqual([]);
	});
});

describe('what reaches the terminal', () => {
	test('a hostile server\'s escapes, C1 controls and bidi overrides arrive escaped, in every line', async () => {
		const trace = recorder();
		await fetchToken(tokenRequestFor(hostile.origin), {}, {env: {}, trace});
		await caught(async () => verify(hostile.baseUrl, hostileJwt(), {}, {env: {}, trace}));
		expect(trace.lines.filter(line => line.startsWith('< HTTP/1.1 '))).toHaveLength(2);
		expect(trace.lines.filter(line => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(line))).toEqual([]);
		// In the JSON answers, as visible escapes.
		expect(trace.text()).toContain('\\u001b]52;c;UFdORUQ=\\u0007');
	});

	test('in Portuguese: the words around the protocol, and "[oculto]"', async () => {
		const trace = recorder('pt-BR');
		await fetchToken(tokenRequest('trace-basic'), {}, {env: {}, trace});
		expect(trace.lines).toContain('* Sem proxy');
		expect(trace.lines).toContain('> authorization: Basic [oculto]');
		expect(trace.lines).toContainEqual(expect.stringMatching(/^\* Tempos +duração +desde o início$/));
		expect(trace.lines).toContainEqual(expect.stringMatching(/^\* {3}primeiro byte +\d/));
	});
});
