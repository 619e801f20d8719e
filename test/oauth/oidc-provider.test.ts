import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {errorText, OAuthError} from '../../source/errors/app-error.js';
import {isBearer} from '../../source/oauth/token-response.js';
import type {TokenRequest} from '../../source/oauth/types.js';
import {caught, expectBothLanguages, expectClean} from '../helpers/app-errors.js';
import {scimResource, startOidcServer, type OidcServer} from '../helpers/oidc-server.js';
import {getToken} from './token-client.js';

// Real tokens from a certified OAuth 2.0 server: how a standard server reads each client
// authentication and each Basic encoding, asserted as it behaves.

const plainSecret = 'plainAlnumSecret0123456789';
// `%c:` is not a valid %-escape: a raw Basic header with it does not even decode as RFC 6749.
const oddSecret = 'a+b%c:d e';
// `%41` IS a valid escape: read as RFC 6749, the raw header carries a different secret.
const escapeSecret = 'x+y%41:z w';

let server: OidcServer;

beforeAll(async () => {
	server = await startOidcServer([
		{clientId: 'basic-jwt', clientSecret: plainSecret, auth: 'client_secret_basic', tokenFormat: 'jwt'},
		{clientId: 'basic-opaque', clientSecret: plainSecret, auth: 'client_secret_basic', tokenFormat: 'opaque', scope: 'scim:read'},
		{clientId: 'post-jwt', clientSecret: plainSecret, auth: 'client_secret_post', tokenFormat: 'jwt'},
		{clientId: 'odd', clientSecret: oddSecret, auth: 'client_secret_basic', tokenFormat: 'jwt'},
		{clientId: 'escape', clientSecret: escapeSecret, auth: 'client_secret_basic', tokenFormat: 'jwt'},
		{clientId: 'odd-post', clientSecret: oddSecret, auth: 'client_secret_post', tokenFormat: 'jwt'},
	]);
});

afterAll(async () => {
	await server.close();
});

function request(overrides: Partial<TokenRequest> & Pick<TokenRequest, 'clientId' | 'clientSecret'>): TokenRequest {
	return {tokenUrl: server.tokenUrl, auth: 'basic', encoding: 'rfc', ...overrides};
}

describe('client_secret_basic', () => {
	test('gets a JWT access token with type, lifetime, expiry and claims', async () => {
		const start = new Date('2030-01-01T12:00:00Z');
		const result = await getToken(request({clientId: 'basic-jwt', clientSecret: plainSecret}), {now: () => start});
		expect(result.accessToken.split('.')).toHaveLength(3);
		expect(isBearer(result.tokenType)).toBe(true);
		expect(result.tokenType).toBe('Bearer');
		expect(result.expiresIn).toBe(3600);
		expect(result.expiresAt?.toISOString()).toBe('2030-01-01T13:00:00.000Z');
		expect(result.claims?.client_id).toBe('basic-jwt');
		expect(result.claims?.aud).toBe(scimResource);
		expect(result.claims?.iss).toBe(server.issuer);
		expect(result.retriedWith).toBeUndefined();
	});

	test('an opaque token has no claims, and the scope comes back', async () => {
		const result = await getToken(request({clientId: 'basic-opaque', clientSecret: plainSecret, scope: 'scim:read'}));
		expect(result.accessToken).not.toContain('.');
		expect(result.claims).toBeUndefined();
		expect(result.scope).toBe('scim:read');
	});

	test('for a plain secret both encodings are the same bytes: raw works first time', async () => {
		const result = await getToken(request({clientId: 'basic-jwt', clientSecret: plainSecret, encoding: 'raw'}));
		expect(result.retriedWith).toBeUndefined();
	});

	test('a wrong secret is invalid_client, exit 4, with no retry for a plain secret', async () => {
		const error = await caught(async () => getToken(request({clientId: 'basic-jwt', clientSecret: 'wrongSecret123'})));
		expect(error).toBeInstanceOf(OAuthError);
		expect(error.reason).toBe('invalid_client');
		expect(error.exitCode).toBe(4);
		expect(errorText(error, 'en').message).toContain('did not accept the Client ID and Client Secret (HTTP 401, invalid_client: client authentication failed)');
		expect(errorText(error, 'en').message).toContain('invalid_client');
		expect(errorText(error, 'en').message).not.toContain('Both encodings');
		expect(errorText(error, 'pt-BR').message).toContain('não aceitou o ID do Cliente e o Client Secret');
		expect(errorText(error, 'en').hint).toMatch(/internal users or third-party users/);
		expect(errorText(error, 'pt-BR').hint).toMatch(/usuários internos ou usuários terceiros/);
		expectBothLanguages(error);
		expectClean(error, 'wrongSecret123');
	});

	test('a scope the client may not ask for is invalid_scope, with the server description', async () => {
		const error = await caught(async () => getToken(request({clientId: 'basic-opaque', clientSecret: plainSecret, scope: 'scim:write'})));
		expect(error).toBeInstanceOf(OAuthError);
		expect(error.reason).toBe('invalid_scope');
		expect(error.exitCode).toBe(4);
		expect(errorText(error, 'en').message).toMatch(/^The token server refused the request \(HTTP 400\): invalid_scope: .+\.$/);
		expect((errorText(error, 'en').hint ?? '').toLowerCase()).toContain('scope');
		expectBothLanguages(error);
	});

	test('an extra parameter the server does not know is passed through (it ignores it)', async () => {
		const result = await getToken(request({clientId: 'basic-jwt', clientSecret: plainSecret, params: [['ttl', '60']]}));
		expect(result.expiresIn).toBe(3600);
	});
});

describe('client_secret_post', () => {
	test('gets a token with the credentials in the form body', async () => {
		const result = await getToken(request({clientId: 'post-jwt', clientSecret: plainSecret, auth: 'body'}));
		expect(result.claims?.client_id).toBe('post-jwt');
		expect(result.retriedWith).toBeUndefined();
	});

	test('a secret with + % : and a space goes through the form body as is', async () => {
		const result = await getToken(request({clientId: 'odd-post', clientSecret: oddSecret, auth: 'body'}));
		expect(result.claims?.client_id).toBe('odd-post');
	});

	test('a wrong secret in the body is invalid_client, never retried', async () => {
		const error = await caught(async () => getToken(request({clientId: 'odd-post', clientSecret: `${oddSecret}!`, auth: 'body'})));
		expect(error.reason).toBe('invalid_client');
		expect(errorText(error, 'en').message).not.toContain('Both encodings');
		expectClean(error, `${oddSecret}!`, oddSecret);
	});
});

describe('a secret with + % : and a space in the Basic header', () => {
	test('RFC 6749 encoding works the first time', async () => {
		const result = await getToken(request({clientId: 'odd', clientSecret: oddSecret, encoding: 'rfc'}));
		expect(result.claims?.client_id).toBe('odd');
		expect(result.retriedWith).toBeUndefined();
	});

	test('raw: the server cannot decode the header (400 invalid_request), the retry with RFC encoding succeeds', async () => {
		const result = await getToken(request({clientId: 'odd', clientSecret: oddSecret, encoding: 'raw'}));
		expect(result.claims?.client_id).toBe('odd');
		expect(result.retriedWith).toBe('rfc');
	});

	test('raw with a valid %-escape: the server reads another secret (401 invalid_client), the retry succeeds', async () => {
		const result = await getToken(request({clientId: 'escape', clientSecret: escapeSecret, encoding: 'raw'}));
		expect(result.claims?.client_id).toBe('escape');
		expect(result.retriedWith).toBe('rfc');
	});

	test('a wrong odd secret fails both ways: invalid_client, says both were tried, secret nowhere', async () => {
		const wrong = 'q+r%s:t u';
		for (const encoding of ['rfc', 'raw'] as const) {
			const error = await caught(async () => getToken(request({clientId: 'odd', clientSecret: wrong, encoding})));
			expect(error.reason).toBe('invalid_client');
			expect(error.exitCode).toBe(4);
			expect(errorText(error, 'en').message).toContain('Both encodings of the Basic header were tried');
			expect(errorText(error, 'pt-BR').message).toContain('As duas codificações do cabeçalho Basic foram tentadas');
			expectClean(error, wrong, encodeURIComponent(wrong));
		}
	});
});
