import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {errorText, NetworkError, OAuthError, TlsError} from '../../source/errors/app-error.js';
import type {TokenRequest} from '../../source/oauth/types.js';
import {caught, expectBothLanguages, expectClean} from '../helpers/app-errors.js';
import {networkBed, type NetworkBed} from '../helpers/network-bed.js';
import type {RunningProxy} from '../helpers/proxy-server.js';
import {freePort, type RunningServer} from '../helpers/servers.js';
import {getToken} from './token-client.js';

// The token request over the network problems a jump host meets: the same typed errors as
// any request, and the secret in none of them.

const secret = 'n3tw0rk+S%cret: x';
let bed: NetworkBed;
let caFile: string;
let proxy: RunningProxy;
let segura: RunningServer;
let selfSigned: RunningServer;
let forbidden: RunningServer;

function request(origin: string): TokenRequest {
	return {tokenUrl: `${origin}/iso/oauth2/token`, clientId: 'okta', clientSecret: secret, auth: 'basic', encoding: 'rfc'};
}

beforeAll(async () => {
	bed = await networkBed();
	caFile = bed.caFile;
	const token = (_request: unknown, response: import('node:http').ServerResponse) => {
		response.writeHead(200, {'Content-Type': 'application/json'});
		response.end(JSON.stringify({access_token: 'tls-token', token_type: 'bearer', expires_in: 3600}));
	};
	[proxy, segura, selfSigned, forbidden] = await Promise.all([
		bed.proxy(),
		bed.https(token),
		bed.selfSigned(token),
		bed.https((_request, response) => {
			response.writeHead(403);
			response.end();
		}),
	]);
});

afterAll(async () => {
	await bed?.close();
});

describe('over HTTPS', () => {
	test('a token from a server whose CA is given with --ca', async () => {
		const result = await getToken(request(segura.origin), {caFile});
		expect(result.accessToken).toBe('tls-token');
		expect(result.tokenType).toBe('bearer');
	});

	test('a self-signed appliance: tls_self_signed, exit 3, hint --ca then --insecure, no secret', async () => {
		const error = await caught(async () => getToken(request(selfSigned.origin)));
		expect(error).toBeInstanceOf(TlsError);
		expect(error.reason).toBe('tls_self_signed');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').hint).toBe('Pass that certificate (PEM) with --ca FILE; as a last resort, --insecure skips the check.');
		expect(errorText(error, 'pt-BR').hint).toBe('Informe esse certificado (PEM) com --ca ARQUIVO; em último caso, --insecure ignora a verificação.');
		expectBothLanguages(error);
		expectClean(error, secret);
	});

	test('--insecure gets the token from the self-signed appliance', async () => {
		const result = await getToken(request(selfSigned.origin), {insecure: true});
		expect(result.accessToken).toBe('tls-token');
	});

	test('through HTTPS_PROXY with the custom CA', async () => {
		const before = proxy.connects.length;
		const result = await getToken(request(segura.origin), {caFile, env: {HTTPS_PROXY: proxy.url}});
		expect(result.accessToken).toBe('tls-token');
		expect(proxy.connects.slice(before)).toEqual([`127.0.0.1:${segura.port}`]);
	});

	test('a 403 through a proxy says Segura sees the proxy, and probes nothing', async () => {
		const connectionsBefore = forbidden.stats.connections;
		const error = await caught(async () => getToken(request(forbidden.origin), {caFile, env: {HTTPS_PROXY: proxy.url}}));
		expect(error).toBeInstanceOf(OAuthError);
		expect(error.reason).toBe('forbidden');
		expect(errorText(error, 'en').message).toBe(
			`The token server refused access (HTTP 403 Forbidden). The request went through the proxy ${new URL(proxy.url).host}, so Segura sees the proxy's address.`,
		);
		// One connection: the proxied request; a direct probe would have made a second.
		expect(forbidden.stats.connections - connectionsBefore).toBe(1);
	});
});

describe('network failures', () => {
	test('DNS: dns, exit 3, no secret', async () => {
		const error = await caught(async () => getToken(request('https://segura-appliance.invalid')));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('dns');
		expect(error.exitCode).toBe(3);
		expectClean(error, secret);
	});

	test('connection refused: refused, exit 3, no secret', async () => {
		const port = await freePort();
		const error = await caught(async () => getToken(request(`https://127.0.0.1:${port}`)));
		expect(error.reason).toBe('refused');
		expect(error.exitCode).toBe(3);
		expectClean(error, secret);
	});
});
