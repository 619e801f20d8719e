import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {errorText, VerifyError} from '../../source/errors/app-error.js';
import {allText, caught, expectBothLanguages, expectClean} from '../helpers/app-errors.js';
import {startOidcServer, type OidcServer} from '../helpers/oidc-server.js';
import {startScimServer, type ScimServer} from '../helpers/scim-server.js';
import {check, tokenFrom} from './verify-client.js';

// Okta's "Test API Credentials" against a real SCIM service (scimmy) that trusts one certified
// OAuth 2.0 server (oidc-provider): its JWT access tokens pass, anything else is a 401.

const secret = 'scimClientSecret0123456789';
let issuer: OidcServer;
let otherIssuer: OidcServer;
let scim: ScimServer;

beforeAll(async () => {
	[issuer, otherIssuer] = await Promise.all([
		startOidcServer([
			{clientId: 'okta-scim', clientSecret: secret, auth: 'client_secret_basic', tokenFormat: 'jwt'},
			{clientId: 'opaque', clientSecret: secret, auth: 'client_secret_basic', tokenFormat: 'opaque'},
		]),
		startOidcServer([{clientId: 'okta-scim', clientSecret: secret, auth: 'client_secret_basic', tokenFormat: 'jwt'}]),
	]);
	scim = await startScimServer({issuer: issuer.issuer});
});

afterAll(async () => {
	await Promise.all([issuer, otherIssuer, scim].map(async server => server?.close()));
});

describe('a token from the issuer the SCIM service trusts', () => {
	test('passes, with the number of users scimmy reports and one page of two', async () => {
		const token = await tokenFrom(issuer.tokenUrl, 'okta-scim', secret);
		const result = await check(scim.baseUrl, token);
		expect(scim.userCount).toBe(3);
		expect(result).toEqual({status: 200, totalResults: 3, itemsPerPage: 2, url: `${scim.baseUrl}/Users?startIndex=1&count=2`});
	});

	test('is sent the way Okta sends it: bare token after Bearer, SCIM media type, startIndex=1 count=2', async () => {
		const token = await tokenFrom(issuer.tokenUrl, 'okta-scim', secret);
		const before = scim.seen.length;
		await check(`${scim.baseUrl}/`, token);
		expect(scim.seen.slice(before)).toEqual([
			{authorization: `Bearer ${token}`, accept: 'application/scim+json', url: '/scim/v2/Users?startIndex=1&count=2'},
		]);
	});
});

describe('a token the SCIM service does not trust is unauthorized, exit 5', () => {
	test('a JWT from another OAuth server (the other provider, another Segura)', async () => {
		const token = await tokenFrom(otherIssuer.tokenUrl, 'okta-scim', secret);
		const error = await caught(async () => check(scim.baseUrl, token));
		expect(error).toBeInstanceOf(VerifyError);
		expect(error.exitCode).toBe(5);
		expect(error.reason).toBe('unauthorized');
		// Both test issuers name their key 'test': the other one's signature does not verify.
		expect(errorText(error, 'en').message).toBe('The SCIM server rejected the token (HTTP 401 Unauthorized): The token signature is invalid.');
		expect(errorText(error, 'en').hint).toMatch(/expired .* other provider \(internal users or third-party users\) or by another Segura/);
		expect(errorText(error, 'pt-BR').message).toBe('O servidor SCIM recusou o token (HTTP 401 Unauthorized): The token signature is invalid.');
		expect(errorText(error, 'pt-BR').hint).toMatch(/outro provedor \(usuários internos ou usuários terceiros\)/);
		expectBothLanguages(error);
		expectClean(error, token, ...token.split('.'));
	});

	test('an opaque token of the right issuer (this service only reads JWTs)', async () => {
		const token = await tokenFrom(issuer.tokenUrl, 'opaque', secret);
		expect(token).not.toContain('.');
		const error = await caught(async () => check(scim.baseUrl, token));
		expect(error.reason).toBe('unauthorized');
		expect(errorText(error, 'en').message).toContain('The token is not a JWT');
		expectClean(error, token);
	});

	test('garbage', async () => {
		const garbage = 'not-a-token-at-all-0123456789';
		const error = await caught(async () => check(scim.baseUrl, garbage));
		expect(error).toBeInstanceOf(VerifyError);
		expect(error.reason).toBe('unauthorized');
		expect(allText(error)).not.toContain(garbage);
	});

	test('a JWT of the right issuer with its signature tampered with', async () => {
		const token = await tokenFrom(issuer.tokenUrl, 'okta-scim', secret);
		const [header, payload] = token.split('.');
		const forged = `${header}.${payload}.${Buffer.from('forged-signature-bytes').toString('base64url')}`;
		const error = await caught(async () => check(scim.baseUrl, forged));
		expect(error.reason).toBe('unauthorized');
		expect(errorText(error, 'en').message).toContain('The token signature is invalid');
		expectClean(error, forged, token);
	});
});

test('a Base URL without the SCIM path: not_found, exit 5, the path hint', async () => {
	const token = await tokenFrom(issuer.tokenUrl, 'okta-scim', secret);
	const origin = new URL(scim.baseUrl).origin;
	const error = await caught(async () => check(origin, token));
	expect(error).toBeInstanceOf(VerifyError);
	expect(error.reason).toBe('not_found');
	expect(errorText(error, 'en').message).toBe(`Nothing answers at ${origin}/Users?startIndex=1&count=2 (HTTP 404 Not Found).`);
	expect(errorText(error, 'en').hint).toBe('Check the path of the Base URL, without /Users at the end: on Segura the Base URL is usually https://HOST/iso/scim/v2.');
	expectClean(error, token);
});
