import {pollUntil} from '../helpers/poll.js';
import type http from 'node:http';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {CancelledError, errorText, NetworkError, TlsError, VerifyError} from '../../source/errors/app-error.js';
import {caught, expectBothLanguages, expectClean} from '../helpers/app-errors.js';
import {networkBed, type NetworkBed} from '../helpers/network-bed.js';
import type {RunningProxy} from '../helpers/proxy-server.js';
import {freePort, startTcpServer, type RunningServer} from '../helpers/servers.js';
import {check} from './verify-client.js';

// The check over the network problems of a jump host: the same typed errors (exit 3) as the
// token request, never a VerifyError, and the token in none of them.

const token = 'network-check-token-0123456789abcdef';
const listSchema = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
let bed: NetworkBed;
let caFile: string;
let proxy: RunningProxy;
let segura: RunningServer;
let selfSigned: RunningServer;
let forbidden: RunningServer;
let silent: RunningServer;

function list(_request: http.IncomingMessage, response: http.ServerResponse): void {
	response.writeHead(200, {'content-type': 'application/scim+json'});
	response.end(JSON.stringify({schemas: [listSchema], totalResults: 7, itemsPerPage: 2, Resources: [{}, {}]}));
}

beforeAll(async () => {
	bed = await networkBed();
	caFile = bed.caFile;
	[proxy, segura, selfSigned, forbidden, silent] = await Promise.all([
		bed.proxy(),
		bed.https(list),
		bed.selfSigned(list),
		bed.https((_request, response) => {
			response.writeHead(403);
			response.end();
		}),
		// Accepts the connection and never answers.
		startTcpServer(() => {}),
	]);
});

afterAll(async () => {
	await Promise.all([bed?.close(), silent?.close()]);
});

function base(server: RunningServer): string {
	return `${server.origin}/iso/scim/v2`;
}

describe('TLS', () => {
	test('a self-signed appliance: TlsError, exit 3, not a failed verification', async () => {
		const error = await caught(async () => check(base(selfSigned), token));
		expect(error).toBeInstanceOf(TlsError);
		expect(error).not.toBeInstanceOf(VerifyError);
		expect(error.exitCode).toBe(3);
		expect(error.reason).toBe('tls_self_signed');
		expectBothLanguages(error);
		expectClean(error, token);
	});

	test('a CA this machine does not know: tls_unknown_ca; with --ca it passes', async () => {
		const error = await caught(async () => check(base(segura), token));
		expect(error.reason).toBe('tls_unknown_ca');
		expect(error.exitCode).toBe(3);
		const result = await check(base(segura), token, {caFile});
		expect(result.totalResults).toBe(7);
	});

	test('NODE_EXTRA_CA_CERTS works like --ca', async () => {
		const result = await check(base(segura), token, {env: {NODE_EXTRA_CA_CERTS: caFile}});
		expect(result.totalResults).toBe(7);
	});

	test('--insecure passes the self-signed appliance', async () => {
		const result = await check(base(selfSigned), token, {insecure: true});
		expect(result).toMatchObject({status: 200, totalResults: 7, itemsPerPage: 2});
	});
});

describe('through a CONNECT proxy (HTTPS_PROXY)', () => {
	test('passes with the custom CA, through the tunnel', async () => {
		const before = proxy.connects.length;
		const result = await check(base(segura), token, {caFile, env: {HTTPS_PROXY: proxy.url}});
		expect(result.totalResults).toBe(7);
		expect(proxy.connects.slice(before)).toEqual([`127.0.0.1:${segura.port}`]);
	});

	test('a 403 behind the proxy names the proxy, not this machine\'s address', async () => {
		const error = await caught(async () => check(base(forbidden), token, {caFile, env: {HTTPS_PROXY: proxy.url}}));
		expect(error).toBeInstanceOf(VerifyError);
		expect(error.reason).toBe('forbidden');
		expect(errorText(error, 'en').message).toBe(
			`The SCIM server refused access (HTTP 403 Forbidden). The request went through the proxy ${new URL(proxy.url).host}, so Segura sees the proxy's address.`,
		);
	});

	test('NO_PROXY sends it direct', async () => {
		const before = proxy.connects.length;
		const result = await check(base(segura), token, {caFile, env: {HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1'}});
		expect(result.totalResults).toBe(7);
		expect(proxy.connects.length).toBe(before);
	});
});

describe('timeouts, refusals and cancel', () => {
	test('a server that never answers: response_timeout, exit 3', async () => {
		const started = Date.now();
		const error = await caught(async () => check(`${silent.origin}/iso/scim/v2`, token, {timeoutMs: 300}));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.exitCode).toBe(3);
		expect(error.reason).toBe('response_timeout');
		expect(errorText(error, 'en').message).toBe('127.0.0.1 accepted the connection but did not answer within 0.3 s.');
		expect(Date.now() - started).toBeLessThan(3000);
		expectClean(error, token);
	});

	test('nothing listening: refused, exit 3', async () => {
		const port = await freePort();
		const error = await caught(async () => check(`http://127.0.0.1:${port}/iso/scim/v2`, token));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('refused');
		expect(error.exitCode).toBe(3);
	});

	test('a cancel while waiting: CancelledError, exit 130', async () => {
		const controller = new AbortController();
		const before = silent.stats.connections;
		const pending = caught(async () => check(`${silent.origin}/iso/scim/v2`, token, {signal: controller.signal}));
		await pollUntil(() => silent.stats.connections > before);
		controller.abort();
		const error = await pending;
		expect(error).toBeInstanceOf(CancelledError);
		expect(error.exitCode).toBe(130);
	});
});
