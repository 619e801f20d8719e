import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {errorText, VerifyError} from '../../source/errors/app-error.js';
import type {ProviderKind} from '../../source/model/provider-kind.js';
import {caught, expectBothLanguages, expectClean} from '../helpers/app-errors.js';
import {check, tokenFrom} from './verify-client.js';

// The practice appliance, as the demo command serves it: two providers (internal users,
// third-party users) under one Base URL, each token seeing its own provider's users.

let clock = Date.now();
let segura: PracticeServer;
let otherSegura: PracticeServer;

beforeAll(async () => {
	[segura, otherSegura] = await Promise.all([startPracticeServer({now: () => clock}), startPracticeServer()]);
});

afterAll(async () => {
	await Promise.all([segura, otherSegura].map(async server => server?.close()));
});

function provider(server: PracticeServer, kind: ProviderKind) {
	const found = server.providers.find(p => p.kind === kind);
	if (!found) throw new Error(`no ${kind} provider`);
	return found;
}

async function tokenOf(server: PracticeServer, kind: ProviderKind): Promise<string> {
	const {tokenUrl, clientId, clientSecret} = provider(server, kind);
	return tokenFrom(tokenUrl, clientId, clientSecret);
}

describe('the Base URL both providers share', () => {
	test("the internal users provider's token passes and sees the 5 internal users", async () => {
		const result = await check(provider(segura, 'internal').baseUrl, await tokenOf(segura, 'internal'));
		expect(result).toMatchObject({status: 200, totalResults: 5, itemsPerPage: 2});
	});

	// The practice server does not refuse the other provider's token: it scopes the users by the
	// provider in the token, so the check passes with that provider's own count. Telling the two
	// apart is the user count, not a 401.
	test("the third-party users provider's token passes too, with its own 4 users", async () => {
		const result = await check(provider(segura, 'third-party').baseUrl, await tokenOf(segura, 'third-party'));
		expect(result).toMatchObject({status: 200, totalResults: 4, itemsPerPage: 2});
	});
});

test('a token from another Segura: unauthorized, exit 5, with the server\'s reason', async () => {
	const token = await tokenOf(otherSegura, 'internal');
	const error = await caught(async () => check(provider(segura, 'internal').baseUrl, token));
	expect(error).toBeInstanceOf(VerifyError);
	expect(error.exitCode).toBe(5);
	expect(error.reason).toBe('unauthorized');
	expect(errorText(error, 'en').message).toBe('The SCIM server rejected the token (HTTP 401 Unauthorized): The access token is malformed or its signature is invalid.');
	expectBothLanguages(error);
	expectClean(error, token, ...token.split('.'));
});

test('an expired token: unauthorized, and the hint names expiry first', async () => {
	const token = await tokenOf(segura, 'internal');
	clock += 2 * 3_600_000;
	try {
		const error = await caught(async () => check(provider(segura, 'internal').baseUrl, token));
		expect(error.reason).toBe('unauthorized');
		expect(errorText(error, 'en').message).toContain('The access token has expired');
		expect(errorText(error, 'en').hint).toMatch(/^The token may have expired/);
		expect(errorText(error, 'pt-BR').hint).toMatch(/^O token pode ter expirado/);
		expectClean(error, token);
	} finally {
		clock = Date.now();
	}
});

test("the Segura address instead of the Base URL: the appliance's 404 page is not_found", async () => {
	const token = await tokenOf(segura, 'internal');
	const error = await caught(async () => check(segura.seguraUrl, token));
	expect(error.reason).toBe('not_found');
	expect(errorText(error, 'en').message).toBe(`Nothing answers at ${segura.seguraUrl}/Users?startIndex=1&count=2 (HTTP 404 Not Found).`);
	expect(errorText(error, 'pt-BR').hint).toBe('Confira o caminho da Base URL, sem /Users no final: no Segura a Base URL costuma ser https://HOST/iso/scim/v2.');
});

test('a Base URL that already ends in /Users: the SCIM 404 of .../Users/Users', async () => {
	const token = await tokenOf(segura, 'internal');
	const error = await caught(async () => check(`${provider(segura, 'internal').baseUrl}/Users`, token));
	expect(error.reason).toBe('not_found');
	expect(errorText(error, 'en').message).toContain('/iso/scim/v2/Users/Users?startIndex=1&count=2');
});
