import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {basicHeader, decodeJwt, isSignedBy, postToken, type TokenCall} from './practice-client.js';

let server: PracticeServer;
let internal: PracticeServer['providers'][number];
let thirdParty: PracticeServer['providers'][number];

beforeAll(async () => {
	server = await startPracticeServer();
	internal = server.providers.find(p => p.kind === 'internal')!;
	thirdParty = server.providers.find(p => p.kind === 'third-party')!;
});
afterAll(() => server.close());

const grant = {grant_type: 'client_credentials'};

function expectOAuthError(call: TokenCall, status: number, error: string): void {
	expect(call.status).toBe(status);
	expect(call.body['error']).toBe(error);
	expect(typeof call.body['error_description']).toBe('string');
	expect(call.headers.get('content-type')).toMatch(/^application\/json/);
	expect(call.headers.get('cache-control')).toBe('no-store');
	for (const provider of server.providers) expect(call.text).not.toContain(provider.clientSecret);
}

describe('practice providers', () => {
	it('look like Segura providers: two kinds on one host, each with its own random alphanumeric credentials', () => {
		expect(server.seguraUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(server.providers.map(p => p.kind)).toEqual(['internal', 'third-party']);
		for (const provider of server.providers) {
			expect(provider.baseUrl).toBe(`${server.seguraUrl}/iso/scim/v2`);
			expect(provider.tokenUrl).toBe(`${server.seguraUrl}/iso/oauth2/token`);
			expect(provider.clientId).toMatch(/^[A-Za-z0-9]{16,}$/);
			expect(provider.clientSecret).toMatch(/^[A-Za-z0-9]{32,}$/);
		}
		expect(internal.clientId).not.toBe(thirdParty.clientId);
		expect(internal.clientSecret).not.toBe(thirdParty.clientSecret);
	});

	it('makes new credentials on every start', async () => {
		const other = await startPracticeServer();
		try {
			expect(other.providers[0]?.clientSecret).not.toBe(internal.clientSecret);
			expect(other.seguraUrl).not.toBe(server.seguraUrl);
		} finally {
			await other.close();
		}
	});
});

describe('token endpoint: success', () => {
	it('issues a signed JWT for Basic client authentication', async () => {
		const before = Math.floor(Date.now() / 1000);
		const call = await postToken(internal.tokenUrl, {authorization: basicHeader(internal.clientId, internal.clientSecret), form: grant});
		expect(call.status).toBe(200);
		expect(call.headers.get('content-type')).toMatch(/^application\/json/);
		expect(call.headers.get('cache-control')).toBe('no-store');
		expect(call.body).toMatchObject({token_type: 'Bearer', expires_in: 3600});
		expect(call.body).not.toHaveProperty('scope');
		const token = call.body['access_token'] as string;
		expect(token.split('.')).toHaveLength(3);

		const {header, payload} = decodeJwt(token);
		expect(header).toMatchObject({alg: 'ES256', typ: 'at+jwt'});
		const jwks = (await (await fetch(`${server.seguraUrl}/iso/oauth2/jwks`)).json()) as {keys: Array<Record<string, string>>};
		expect(jwks.keys).toHaveLength(1);
		expect(jwks.keys[0]).toMatchObject({kty: 'EC', crv: 'P-256', kid: header['kid'], alg: 'ES256', use: 'sig'});
		expect(jwks.keys[0]).not.toHaveProperty('d');
		expect(isSignedBy(token, jwks.keys[0]!)).toBe(true);

		expect(payload).toMatchObject({
			iss: server.seguraUrl,
			sub: internal.clientId,
			aud: internal.baseUrl,
			client_id: internal.clientId,
			provider_kind: 'internal',
		});
		const iat = payload['iat'] as number;
		expect(iat).toBeGreaterThanOrEqual(before);
		expect(payload['exp']).toBe(iat + 3600);
		expect(payload['jti']).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('issues a token for credentials in the form body, naming the right provider', async () => {
		const call = await postToken(thirdParty.tokenUrl, {
			form: {...grant, client_id: thirdParty.clientId, client_secret: thirdParty.clientSecret},
		});
		expect(call.status).toBe(200);
		const {payload} = decodeJwt(call.body['access_token'] as string);
		expect(payload).toMatchObject({sub: thirdParty.clientId, provider_kind: 'third-party'});
	});

	it('gives every token its own jti', async () => {
		const auth = basicHeader(internal.clientId, internal.clientSecret);
		const [a, b] = await Promise.all([postToken(internal.tokenUrl, {authorization: auth}), postToken(internal.tokenUrl, {authorization: auth})]);
		expect(decodeJwt(a.body['access_token'] as string).payload['jti']).not.toBe(
			decodeJwt(b.body['access_token'] as string).payload['jti'],
		);
	});

	it('accepts a Content-Type with a charset and a lower-case basic scheme', async () => {
		const call = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret).replace('Basic', 'basic'),
			contentType: 'application/x-www-form-urlencoded; charset=UTF-8',
		});
		expect(call.status).toBe(200);
	});

	it('honours ttl in minutes and caps it at a day', async () => {
		const auth = basicHeader(internal.clientId, internal.clientSecret);
		const short = await postToken(internal.tokenUrl, {authorization: auth, form: {...grant, ttl: '5'}});
		expect(short.body['expires_in']).toBe(300);
		const {payload} = decodeJwt(short.body['access_token'] as string);
		expect((payload['exp'] as number) - (payload['iat'] as number)).toBe(300);
		const long = await postToken(internal.tokenUrl, {authorization: auth, form: {...grant, ttl: '100000'}});
		expect(long.body['expires_in']).toBe(86_400);
	});

	it('echoes a requested scope in the response and the token', async () => {
		const call = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret),
			form: {...grant, scope: 'scim:read scim:write'},
		});
		expect(call.body['scope']).toBe('scim:read scim:write');
		expect(decodeJwt(call.body['access_token'] as string).payload['scope']).toBe('scim:read scim:write');
	});

	it('treats an empty parameter as omitted (RFC 6749 §3.2)', async () => {
		const call = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret),
			form: 'grant_type=client_credentials&scope=&ttl=',
		});
		expect(call.status).toBe(200);
		expect(call.body['expires_in']).toBe(3600);
	});
});

describe('token endpoint: secrets that need encoding', () => {
	const clientSecret = 'p+a%s:s w0rd';
	const clientId = 'id with:colon';
	let special: PracticeServer;
	beforeAll(async () => {
		special = await startPracticeServer({
			credentials: {internal: {clientId, clientSecret}, 'third-party': {clientId: 'plus', clientSecret: 'a+b c+d'}},
		});
	});
	afterAll(() => special.close());

	it('form-decodes the Basic credentials as RFC 6749 §2.3.1 says', async () => {
		const tokenUrl = special.providers[0]!.tokenUrl;
		const call = await postToken(tokenUrl, {authorization: basicHeader(clientId, clientSecret, 'rfc')});
		expect(call.status).toBe(200);
		expect(decodeJwt(call.body['access_token'] as string).payload['sub']).toBe(clientId);
	});

	it('refuses the raw (Postman) Basic style for such secrets, like a certified server', async () => {
		const tokenUrl = special.providers[0]!.tokenUrl;
		// `%s:` is no valid escape: the header cannot even be decoded.
		const broken = await postToken(tokenUrl, {authorization: basicHeader(clientId, clientSecret, 'raw')});
		expectOAuthError(broken, 400, 'invalid_request');
		expect(broken.text).not.toContain(clientSecret);
		// `+` decodes to a space, so the raw secret no longer matches.
		const plusSecret = special.providers[1]!.clientSecret;
		const mismatched = await postToken(tokenUrl, {authorization: basicHeader('plus', plusSecret, 'raw')});
		expectOAuthError(mismatched, 401, 'invalid_client');
		const encoded = await postToken(tokenUrl, {authorization: basicHeader('plus', plusSecret, 'rfc')});
		expect(encoded.status).toBe(200);
	});

	it('accepts the same credentials in the form body', async () => {
		const tokenUrl = special.providers[0]!.tokenUrl;
		const call = await postToken(tokenUrl, {form: {...grant, client_id: clientId, client_secret: clientSecret}});
		expect(call.status).toBe(200);
	});
});

describe('token endpoint: errors (RFC 6749 §5.2)', () => {
	it('401 invalid_client with a Basic challenge for a wrong secret in the header', async () => {
		const call = await postToken(internal.tokenUrl, {authorization: basicHeader(internal.clientId, `${internal.clientSecret}x`)});
		expectOAuthError(call, 401, 'invalid_client');
		expect(call.headers.get('www-authenticate')).toMatch(/^Basic/);
	});

	it('401 invalid_client without a challenge for a wrong secret in the body', async () => {
		const call = await postToken(internal.tokenUrl, {form: {...grant, client_id: internal.clientId, client_secret: 'nope'}});
		expectOAuthError(call, 401, 'invalid_client');
		expect(call.headers.get('www-authenticate')).toBeNull();
	});

	it('401 invalid_client for one provider\'s ID with the other provider\'s secret', async () => {
		const call = await postToken(internal.tokenUrl, {authorization: basicHeader(internal.clientId, thirdParty.clientSecret)});
		expectOAuthError(call, 401, 'invalid_client');
	});

	it('401 invalid_client for an unknown client, a missing secret, or no authentication at all', async () => {
		expectOAuthError(await postToken(internal.tokenUrl, {authorization: basicHeader('unknown', 'secret')}), 401, 'invalid_client');
		expectOAuthError(await postToken(internal.tokenUrl, {form: {...grant, client_id: internal.clientId}}), 401, 'invalid_client');
		expectOAuthError(await postToken(internal.tokenUrl, {form: grant}), 401, 'invalid_client');
	});

	it('401 invalid_client for an Authorization header that is not Basic', async () => {
		const call = await postToken(internal.tokenUrl, {authorization: 'Bearer abc'});
		expectOAuthError(call, 401, 'invalid_client');
		expect(call.headers.get('www-authenticate')).toMatch(/^Basic/);
	});

	it('400 invalid_request for malformed Basic credentials', async () => {
		const noColon = `Basic ${Buffer.from(internal.clientId).toString('base64')}`;
		expectOAuthError(await postToken(internal.tokenUrl, {authorization: noColon}), 400, 'invalid_request');
		const badEscape = `Basic ${Buffer.from(`${internal.clientId}:%zz`).toString('base64')}`;
		expectOAuthError(await postToken(internal.tokenUrl, {authorization: badEscape}), 400, 'invalid_request');
	});

	it('400 invalid_request for two client authentications at once', async () => {
		const call = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret),
			form: {...grant, client_id: internal.clientId, client_secret: internal.clientSecret},
		});
		expectOAuthError(call, 400, 'invalid_request');
		const otherId = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret),
			form: {...grant, client_id: thirdParty.clientId},
		});
		expectOAuthError(otherId, 400, 'invalid_request');
	});

	it('400 invalid_request for a missing grant_type, unsupported_grant_type for another grant', async () => {
		const auth = basicHeader(internal.clientId, internal.clientSecret);
		expectOAuthError(await postToken(internal.tokenUrl, {authorization: auth, form: {scope: 'x'}}), 400, 'invalid_request');
		expectOAuthError(
			await postToken(internal.tokenUrl, {authorization: auth, form: {grant_type: 'password'}}),
			400,
			'unsupported_grant_type',
		);
	});

	it('400 invalid_request for a body that is not a form', async () => {
		const call = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret),
			contentType: 'application/json',
			form: JSON.stringify(grant),
		});
		expectOAuthError(call, 400, 'invalid_request');
	});

	it('400 invalid_request for a repeated parameter', async () => {
		const call = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret),
			form: 'grant_type=client_credentials&grant_type=client_credentials',
		});
		expectOAuthError(call, 400, 'invalid_request');
	});

	it.each(['0', '-5', '1.5', 'abc', '60m'])('400 invalid_request for ttl=%s', async ttl => {
		const call = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret),
			form: {...grant, ttl},
		});
		expectOAuthError(call, 400, 'invalid_request');
	});

	it('400 invalid_scope for a scope outside RFC 6749 §3.3 syntax', async () => {
		const call = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret),
			form: {...grant, scope: 'a "b"'},
		});
		expectOAuthError(call, 400, 'invalid_scope');
	});

	it('405 with Allow: POST for a GET', async () => {
		const call = await postToken(internal.tokenUrl, {method: 'GET'});
		expect(call.status).toBe(405);
		expect(call.headers.get('allow')).toBe('POST');
		expect(call.body['error']).toBe('invalid_request');
	});

	it('400 invalid_request for a body over the size limit', async () => {
		const call = await postToken(internal.tokenUrl, {
			authorization: basicHeader(internal.clientId, internal.clientSecret),
			form: {...grant, padding: 'x'.repeat(64 * 1024)},
		});
		expectOAuthError(call, 400, 'invalid_request');
	});
});
