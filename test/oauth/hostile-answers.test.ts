import type http from 'node:http';
import {afterEach, describe, expect, test} from 'vitest';
import {errorText, NetworkError} from '../../source/errors/app-error.js';
import {basicAuthorization} from '../../source/oauth/form-encoding.js';
import {formEncode} from '../../source/text/secret-masker.js';
import type {TokenRequest} from '../../source/oauth/types.js';
import {hasUnsafeCharacters} from '../../source/text/display.js';
import {allText, caught} from '../helpers/app-errors.js';
import {serverPool} from '../helpers/servers.js';
import {tokenRequestFor, unsafePayloads} from '../helpers/hostile-server.js';
import {getToken} from './token-client.js';
import {longestRun} from '../helpers/longest-run.js';

// Answers a token endpoint should never give, from real servers on 127.0.0.1: tokens that are
// not tokens, text that would drive the terminal, lifetimes no clock can hold, the secret echoed.

// 48 characters, as the case: an echo crossing the 300-character cut showed 42 of them.
const secret = 'Kx7pQ2mN9vR4tY8wZ3aB6cD1eF5gH0jL2kM4nP6qR8sT0uVw';
const spacedSecret = 'correct  horse  battery  staple  and  more  words';
const {serve, closeAll} = serverPool();

afterEach(closeAll);

function json(response: http.ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, {'content-type': 'application/json'});
	response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function answerWith(body: unknown, overrides: Partial<TokenRequest> = {}, status = 200) {
	const server = await serve((_request, response) => json(response, status, body));
	return {server, request: {...tokenRequestFor(server.origin), clientSecret: secret, ...overrides}};
}


describe('a token that is not a token', () => {
	test.each([
		['an escape sequence', `abc${unsafePayloads.osc52}def`],
		['a space', 'abc def'],
		['a line break', 'abc\ndef'],
		['a non-ASCII letter', 'tokén'],
		['a C1 control', `abc${unsafePayloads.c1csi}`],
		['a bidi override', `abc${unsafePayloads.bidi}def`],
	])('with %s is refused with exit 3, shown escaped', async (_what, token) => {
		const {request} = await answerWith({access_token: token, token_type: 'Bearer', expires_in: 3600});
		const error = await caught(async () => getToken(request));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.exitCode).toBe(3);
		expect(error.reason).toBe('bad_token');
		expect(errorText(error, 'en').message).toContain('not a usable token');
		expect(allText(error).split('\n').filter(hasUnsafeCharacters)).toEqual([]);
	});

	test('longer than any real token is refused', async () => {
		const {request} = await answerWith({access_token: 'a'.repeat(20_000), token_type: 'Bearer'});
		const error = await caught(async () => getToken(request));
		expect(error.reason).toBe('bad_token');
		expect(errorText(error, 'en').message).toContain('longer than 16384 characters');
	});

	test('in an answer that is not UTF-8 is refused with exit 3', async () => {
		const server = await serve((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json'});
			response.end(Buffer.concat([Buffer.from('{"access_token":"abc.def.ghi","token_type":"Bearer","scope":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
		});
		const error = await caught(async () => getToken({...tokenRequestFor(server.origin), clientSecret: secret}));
		expect(error.exitCode).toBe(3);
		expect(error.reason).toBe('invalid_utf8');
	});

	test('a secret echoed as the token is masked in the message', async () => {
		const {request} = await answerWith({access_token: `${secret} `, token_type: 'Bearer'});
		const error = await caught(async () => getToken(request));
		expect(longestRun(allText(error), secret)).toBeLessThan(8);
	});
});

describe('odd values in a token answer', () => {
	test.each([
		['1e20', 1e20],
		['9e15', 9e15],
		['1e308', 1e308],
		['negative', -60],
		['zero', 0],
		['a word', 'soon'],
		['an object', {seconds: 3600}],
		['an array', [3600]],
		['a huge string of digits', '100000000000000000000'],
	])('expires_in %s: the token kept, the lifetime unknown and said so', async (_what, expiresIn) => {
		const {request} = await answerWith({access_token: 'abc.def.ghi', token_type: 'Bearer', expires_in: expiresIn});
		const result = await getToken(request);
		expect(result.accessToken).toBe('abc.def.ghi');
		expect(result.expiresIn).toBeUndefined();
		expect(result.expiresAt).toBeUndefined();
		expect(result.unusableExpiresIn).toBeTruthy();
		expect(hasUnsafeCharacters(result.unusableExpiresIn ?? '')).toBe(false);
	});

	test('a string of seconds still counts, as some servers send it', async () => {
		const {request} = await answerWith({access_token: 'abc', token_type: 'Bearer', expires_in: '3600'});
		const result = await getToken(request);
		expect(result.expiresIn).toBe(3600);
		expect(result.unusableExpiresIn).toBeUndefined();
	});

	test('type and scope are kept as display-safe lines', async () => {
		const {request} = await answerWith({
			access_token: 'abc',
			token_type: `Bearer${unsafePayloads.osc52}`,
			scope: `scim${unsafePayloads.bidi}${unsafePayloads.csi2j}`,
			expires_in: 3600,
		});
		const result = await getToken(request);
		expect(result.tokenType).toBe('Bearer\\x1b]52;c;UFdORUQ=\\x07');
		expect(hasUnsafeCharacters(result.scope ?? '')).toBe(false);
	});
});

describe('the secret echoed back is never shown, not even in part', () => {
	const padding = 'x'.repeat(280);

	test.each([
		['across the point where the text is cut', (s: string) => `${padding} ${s} and more text after it`],
		['with its white space collapsed', (s: string) => `bad secret ${s.replace(/\s+/g, ' ')}`],
		['with its white space turned into line breaks', (s: string) => `bad secret ${s.replace(/\s+/g, '\n')}`],
		['percent-encoded', (s: string) => `bad secret ${encodeURIComponent(s)}`],
		['form-encoded', (s: string) => `bad secret ${formEncode(s)}`],
		['inside the Basic header it got', (s: string) => `got ${basicAuthorization('okta-scim', s, 'rfc')}`],
		['only its first half', (s: string) => `got ${s.slice(0, s.length / 2)}`],
	])('%s', async (_what, echo) => {
		for (const value of [secret, spacedSecret]) {
			const server = await serve((_request, response) => json(response, 400, {error: 'invalid_request', error_description: echo(value)}));
			const error = await caught(async () => getToken({...tokenRequestFor(server.origin), clientSecret: value, encoding: 'rfc'}));
			const text = allText(error);
			expect(longestRun(text, value)).toBeLessThan(8);
			expect(longestRun(text.replace(/\s/g, ''), value.replace(/\s/g, ''))).toBeLessThan(8);
		}
	});
});
