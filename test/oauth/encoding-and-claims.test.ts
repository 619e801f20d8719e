import {describe, expect, test} from 'vitest';
import {basicAuthorization, encodingsDiffer} from '../../source/oauth/form-encoding.js';
import {formEncode} from '../../source/text/secret-masker.js';
import {jwtClaims} from '../../source/oauth/jwt-claims.js';
import {credentialScrubber} from '../../source/text/secret-masker.js';
import {isBearer} from '../../source/oauth/token-response.js';

describe('RFC 6749 §2.3.1 form encoding', () => {
	test('space is +, reserved characters are %-escaped, unreserved ones stay', () => {
		expect(formEncode('a+b%c:d e')).toBe('a%2Bb%25c%3Ad+e');
		expect(formEncode('Az09-._*')).toBe('Az09-._*');
		expect(formEncode('ção~!')).toBe('%C3%A7%C3%A3o%7E%21');
	});

	test('the Basic header in each encoding', () => {
		const decode = (header: string) => Buffer.from(header.replace(/^Basic /, ''), 'base64').toString();
		expect(decode(basicAuthorization('id:1', 'p w', 'rfc'))).toBe('id%3A1:p+w');
		expect(decode(basicAuthorization('id:1', 'p w', 'raw'))).toBe('id:1:p w');
	});

	test('the encodings differ only when a value has something to encode', () => {
		expect(encodingsDiffer('okta', 'AbC123xyz')).toBe(false);
		expect(encodingsDiffer('okta', 'a-b_c.d*e')).toBe(false);
		expect(encodingsDiffer('okta', 'a+b')).toBe(true);
		expect(encodingsDiffer('okta scim', 'abc')).toBe(true);
	});
});

describe('JWT claims, for display', () => {
	const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

	test('the payload of a three-part token', () => {
		// An unsecured JWT (alg none, empty signature) is still a JWT to show.
		expect(jwtClaims(`${part({alg: 'none'})}.${part({sub: 'x'})}.`)).toEqual({sub: 'x'});
		expect(jwtClaims(`${part({alg: 'RS256'})}.${part({sub: 'x', n: 1})}.c2ln`)).toEqual({sub: 'x', n: 1});
	});

	test('opaque, encrypted (five parts) or broken tokens have none', () => {
		expect(jwtClaims('2YotnFZFEjr1zCsicMWpAA')).toBeUndefined();
		expect(jwtClaims(`${part({alg: 'RSA-OAEP'})}.a.b.c.d`)).toBeUndefined();
		expect(jwtClaims(`${part({alg: 'RS256'})}.bm90IGpzb24.c2ln`)).toBeUndefined();
		expect(jwtClaims(`${part({alg: 'RS256'})}.${part([1, 2])}.c2ln`)).toBeUndefined();
		expect(jwtClaims('a.b.c')).toBeUndefined();
	});
});

test('token type compares case-insensitively', () => {
	expect(isBearer('Bearer')).toBe(true);
	expect(isBearer('bearer')).toBe(true);
	expect(isBearer('BEARER')).toBe(true);
	expect(isBearer('mac')).toBe(false);
	expect(isBearer('')).toBe(false);
});

test('the scrubber masks the secret in every form it was sent', () => {
	const scrub = credentialScrubber('okta', 'p+q r');
	const basic = basicAuthorization('okta', 'p+q r', 'rfc').slice(6);
	expect(scrub(`a p+q r b p%2Bq+r c p%2Bq%20r d ${basic}`)).toBe('a •••• b •••• c •••• d ••••');
	expect(credentialScrubber('okta', '')('unchanged')).toBe('unchanged');
});

test('the scrubber masks a secret percent-encoded again and again, to its last character', () => {
	const secret = 'p9Secret:ab+cd/521Xy';
	const scrub = credentialScrubber('okta', secret);
	const form = new URLSearchParams({client_secret: secret}).toString();
	let once = `https://elsewhere.example/cb?form=${encodeURIComponent(form)}`;
	for (let level = 0; level < 4; level++, once = encodeURIComponent(once)) {
		const shown = scrub(`redirected to ${once}`);
		expect(shown).toContain('••••');
		for (const tail of ['521Xy', '521', '2F521', 'Xy']) expect(shown).not.toContain(tail);
	}
	// Text with escapes but no secret is left as it came.
	expect(scrub('100%25 of /a%2Fb')).toBe('100%25 of /a%2Fb');
});

test('a provider claim is read from the claims\' own fields: a property of every object is no kind', async () => {
	const {claimedKind} = await import('../../source/model/provider-claims.js');
	for (const name of Object.getOwnPropertyNames(Object.prototype)) {
		expect(claimedKind({provider_kind: name}), name).toBeUndefined();
		expect(claimedKind(JSON.parse(`{"provider_kind": ${JSON.stringify(name)}}`) as Record<string, unknown>), name).toBeUndefined();
	}
	expect(claimedKind(JSON.parse('{"__proto__": {"provider_kind": "internal"}}') as Record<string, unknown>)).toBeUndefined();
	expect(claimedKind({provider_kind: 'Third_Party'})).toBe('third-party');
});
