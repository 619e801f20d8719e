import {pollUntil} from '../helpers/poll.js';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {CancelledError, ConfigError, errorText, NetworkError, TlsError} from '../../source/errors/app-error.js';
import {createDispatcher} from '../../source/net/create-dispatcher.js';
import {proxyFor, readProxySettings} from '../../source/net/proxy-env.js';
import {caught, expectBothLanguages} from '../helpers/app-errors.js';
import {createCertificateSet, type CertificateSet} from '../helpers/certificates.js';
import {startProxy, type RunningProxy} from '../helpers/proxy-server.js';
import {runCli} from '../helpers/run-cli.js';
import {freePort, startHttpServer, startHttpsServer, startTcpServer, type RunningServer} from '../helpers/servers.js';
import {send} from './send.js';

let certs: CertificateSet;
let folder: string;
let caFile: string;
let proxy: RunningProxy;
let loginProxy: RunningProxy;
let secure: RunningServer;
let selfSigned: RunningServer;
let wrongHost: RunningServer;
let plain: RunningServer;
let scim: RunningServer;

const ok = (_request: unknown, response: import('node:http').ServerResponse) => response.end('{"ok":true}');
const emptyList = JSON.stringify({schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: []});

beforeAll(async () => {
	certs = createCertificateSet();
	folder = await mkdtemp(path.join(tmpdir(), 'segura-token-proxy-'));
	caFile = path.join(folder, 'ca.pem');
	await writeFile(caFile, certs.ca.cert);
	[proxy, loginProxy, secure, selfSigned, wrongHost, plain, scim] = await Promise.all([
		startProxy(),
		startProxy({login: {user: 'jump', password: 'proxy-pass'}}),
		startHttpsServer(certs.valid, ok),
		startHttpsServer(certs.selfSigned, ok),
		startHttpsServer(certs.wrongHost, ok),
		startHttpServer(ok),
		startHttpsServer(certs.valid, (_request, response) => response.end(emptyList)),
	]);
});

afterAll(async () => {
	await Promise.all([proxy, loginProxy, secure, selfSigned, wrongHost, plain, scim].map(async server => server.close()));
	await rm(folder, {recursive: true, force: true});
});

function connectsSince(running: RunningProxy, before: number): string[] {
	return running.connects.slice(before);
}

describe('through HTTPS_PROXY', () => {
	test('reaches a TLS server with a custom CA through the tunnel (--ca applies inside it)', async () => {
		const before = proxy.connects.length;
		const response = await send(secure.origin, {caFile, env: {HTTPS_PROXY: proxy.url}});
		expect(response.status).toBe(200);
		expect(response.proxied).toBe(true);
		expect(connectsSince(proxy, before)).toEqual([`127.0.0.1:${secure.port}`]);
	});

	test('loopback is NOT exempt by itself: with a proxy set and no NO_PROXY, 127.0.0.1 goes through it', async () => {
		const before = proxy.connects.length;
		await send(secure.origin, {caFile, env: {https_proxy: proxy.url}});
		expect(connectsSince(proxy, before)).toHaveLength(1);
	});

	test('NO_PROXY bypasses the proxy for that host', async () => {
		const before = proxy.connects.length;
		const response = await send(secure.origin, {caFile, env: {HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1'}});
		expect(response.status).toBe(200);
		expect(response.proxied).toBe(false);
		expect(connectsSince(proxy, before)).toEqual([]);
	});

	test('http:// targets use HTTP_PROXY (as a CONNECT tunnel)', async () => {
		const before = proxy.connects.length;
		const response = await send(plain.origin, {env: {HTTP_PROXY: proxy.url}});
		expect(response.status).toBe(200);
		expect(connectsSince(proxy, before)).toEqual([`127.0.0.1:${plain.port}`]);
	});

	test('a certificate problem behind the proxy is still the TLS error of the server', async () => {
		const error = await caught(async () => send(selfSigned.origin, {env: {HTTPS_PROXY: proxy.url}}));
		expect(error).toBeInstanceOf(TlsError);
		expect(error.reason).toBe('tls_self_signed');
	});

	test('a hostname mismatch behind the proxy is tls_hostname (undici wraps it)', async () => {
		const error = await caught(async () => send(wrongHost.origin, {caFile, env: {HTTPS_PROXY: proxy.url}}));
		expect(error).toBeInstanceOf(TlsError);
		expect(error.reason).toBe('tls_hostname');
		expect(errorText(error, 'en').message).toContain('wrong-host.example');
	});

	test('--insecure applies inside the tunnel too', async () => {
		const response = await send(selfSigned.origin, {insecure: true, env: {HTTPS_PROXY: proxy.url}});
		expect(response.status).toBe(200);
	});

	test('a proxy that asks for a login: proxy_auth, exit 3; with user:password in the URL it works', async () => {
		const error = await caught(async () => send(secure.origin, {caFile, env: {HTTPS_PROXY: loginProxy.url}}));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('proxy_auth');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe(`The proxy ${new URL(loginProxy.url).host} asks for a login (407 Proxy Authentication Required).`);
		expectBothLanguages(error);

		const withLogin = loginProxy.url.replace('http://', 'http://jump:proxy-pass@');
		const response = await send(secure.origin, {caFile, env: {HTTPS_PROXY: withLogin}});
		expect(response.status).toBe(200);
	});

	test('the proxy password never shows in a message', async () => {
		const withWrongLogin = loginProxy.url.replace('http://', 'http://jump:wrong-pass@');
		const error = await caught(async () => send(secure.origin, {caFile, env: {HTTPS_PROXY: withWrongLogin}}));
		expect(error.reason).toBe('proxy_auth');
		expect(JSON.stringify(error.text)).not.toContain('wrong-pass');
	});

	test('a proxy that is not there: proxy_unreachable, naming the variable', async () => {
		const port = await freePort();
		const error = await caught(async () => send(secure.origin, {caFile, env: {HTTPS_PROXY: `http://127.0.0.1:${port}`}}));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('proxy_unreachable');
		expect(errorText(error, 'en').message).toBe(`Could not reach the proxy 127.0.0.1:${port} (set by HTTPS_PROXY).`);
		expect(errorText(error, 'en').hint).toContain('NO_PROXY');
		expectBothLanguages(error);
	});

	test('a proxy that cannot reach the server: proxy_refused with the proxy\'s answer', async () => {
		const port = await freePort();
		const error = await caught(async () => send(`https://127.0.0.1:${port}/`, {env: {HTTPS_PROXY: proxy.url}}));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('proxy_refused');
		expect(errorText(error, 'en').message).toBe(`The proxy ${new URL(proxy.url).host} did not open a connection to 127.0.0.1:${port} (it answered 500).`);
		expectBothLanguages(error);
	});

	test('an https:// proxy is trusted through --ca as well', async () => {
		const tlsProxy = await startProxy({tls: certs.valid});
		try {
			const response = await send(secure.origin, {caFile, env: {HTTPS_PROXY: tlsProxy.url}});
			expect(response.status).toBe(200);
			expect(tlsProxy.connects).toEqual([`127.0.0.1:${secure.port}`]);
			const error = await caught(async () => send(secure.origin, {env: {HTTPS_PROXY: tlsProxy.url}}));
			expect(error.reason).toBe('tls_unknown_ca');
			// It is the proxy's certificate that is not trusted: the message names the proxy.
			expect(errorText(error, 'en').message).toBe(
				`The certificate of ${new URL(tlsProxy.url).host} was issued by a certificate authority (CA) this machine does not trust.`,
			);
		} finally {
			await tlsProxy.close();
		}
	});

	test('an https:// proxy given by IP address: no DEP0123 warning from the built CLI, and its name is still checked', async () => {
		const tlsProxy = await startProxy({tls: certs.valid});
		const wrongProxy = await startProxy({tls: certs.wrongHost});
		try {
			expect(new URL(tlsProxy.url).hostname).toBe('127.0.0.1');
			const env = {HTTPS_PROXY: tlsProxy.url, NO_PROXY: undefined, SEGURA_TOKEN: 'proxy-ip-test-token'};
			const result = await runCli(['verify', '--base-url', `${scim.origin}/scim/v2`, '--ca', caFile], {env});
			expect(result.stderr).not.toContain('DeprecationWarning');
			expect(result.stderr).not.toContain('DEP0123');
			expect(result.code).toBe(0);
			expect(tlsProxy.connects).toEqual([`127.0.0.1:${scim.port}`]);
			// Without a server name the proxy's certificate is still checked against its address.
			const error = await caught(async () => send(secure.origin, {caFile, env: {HTTPS_PROXY: wrongProxy.url}}));
			expect(error.reason).toBe('tls_hostname');
			expect(errorText(error, 'en').message).toContain(new URL(wrongProxy.url).host);
		} finally {
			await Promise.all([tlsProxy.close(), wrongProxy.close()]);
		}
	});

	test('cancel during a TLS handshake inside the tunnel ends the tunnel at once', async () => {
		const hanging = await startTcpServer(() => {}, 'https');
		try {
			const controller = new AbortController();
			const pending = caught(async () => send(hanging.origin, {timeoutMs: 30_000, signal: controller.signal, env: {HTTPS_PROXY: proxy.url}}));
			await pollUntil(() => hanging.stats.connections > 0);
			controller.abort();
			expect(await pending).toBeInstanceOf(CancelledError);
			await pollUntil(() => hanging.openConnections() === 0, 'the condition', 2000);
		} finally {
			await hanging.close();
		}
	});

	test('a proxy variable that is not a URL is a ConfigError', async () => {
		const error = await caught(async () => createDispatcher({}, {HTTPS_PROXY: 'socks5://127.0.0.1:1080'}));
		expect(error).toBeInstanceOf(ConfigError);
		expect(error.reason).toBe('proxy_invalid');
		expect(errorText(error, 'en').message).toContain('HTTPS_PROXY');
	});
});

describe('proxy variables, read as undici reads them', () => {
	const url = (text: string) => new URL(text);

	test('lowercase wins over uppercase; https falls back to HTTP_PROXY', () => {
		const settings = readProxySettings({https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2', HTTP_PROXY: 'http://plain:3'});
		expect(proxyFor(settings, url('https://segura.example/'))?.url.host).toBe('lower:1');
		expect(proxyFor(settings, url('https://segura.example/'))?.variable).toBe('https_proxy');
		expect(proxyFor(readProxySettings({HTTP_PROXY: 'http://plain:3'}), url('https://segura.example/'))?.url.host).toBe('plain:3');
		expect(proxyFor(readProxySettings({HTTPS_PROXY: 'http://s:4'}), url('http://segura.example/'))).toBeUndefined();
	});

	test('HOST:PORT without a scheme means http://, as curl reads it', () => {
		expect(proxyFor(readProxySettings({HTTPS_PROXY: 'proxy.corp:3128'}), url('https://segura.example/'))?.url.href).toBe('http://proxy.corp:3128/');
	});

	test('NO_PROXY: names, suffixes, leading dots and stars, ports, and *', () => {
		const via = (noProxy: string, target: string) => proxyFor(readProxySettings({HTTPS_PROXY: 'http://p:1', NO_PROXY: noProxy}), url(target));
		expect(via('segura.example', 'https://segura.example/')).toBeUndefined();
		expect(via('example', 'https://segura.example/')).toBeUndefined();
		expect(via('.example', 'https://segura.example/')).toBeUndefined();
		expect(via('*.example', 'https://segura.example/')).toBeUndefined();
		expect(via('egura.example', 'https://segura.example/')).toBeDefined();
		expect(via('segura.example:8443', 'https://segura.example/')).toBeDefined();
		expect(via('segura.example:443', 'https://segura.example/')).toBeUndefined();
		expect(via('*', 'https://anything.example/')).toBeUndefined();
		expect(via('a.example, 127.0.0.1', 'https://127.0.0.1:9/')).toBeUndefined();
		expect(via('', 'https://127.0.0.1:9/')).toBeDefined();
	});
});
