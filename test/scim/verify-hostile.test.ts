import {afterEach, describe, expect, test} from 'vitest';
import {errorText, VerifyError} from '../../source/errors/app-error.js';
import {hasUnsafeCharacters} from '../../source/text/display.js';
import {allText, caught} from '../helpers/app-errors.js';
import {leakedPayloads, startHostileServer} from '../helpers/hostile-server.js';
import {startHttpServer, type RunningServer} from '../helpers/servers.js';
import {check} from './verify-client.js';
import {longestRun} from '../helpers/longest-run.js';

// The Okta-style check against servers that answer with text meant for the terminal, or that
// echo the bearer token back in ways a plain search for it would miss.

const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJva3RhLXNjaW0iLCJleHAiOjE5MDAwMDAwMDB9.c2lnbmF0dXJlLWJ5dGVzLXRoYXQtYXJlLXNlY3JldA';
const servers: RunningServer[] = [];

afterEach(async () => {
	await Promise.all(servers.splice(0).map(async server => server.close()));
});


describe('a hostile SCIM error', () => {
	test('is reported with every payload escaped', async () => {
		const server = await startHostileServer();
		servers.push(server);
		const error = await caught(async () => check(server.baseUrl, token));
		expect(error).toBeInstanceOf(VerifyError);
		expect(error.exitCode).toBe(5);
		expect(leakedPayloads(allText(error))).toEqual([]);
		expect(allText(error).split('\n').filter(hasUnsafeCharacters)).toEqual([]);
		expect(errorText(error, 'en').message).toContain('\\x1b]52;c;UFdORUQ=\\x07');
	});
});

describe('the token echoed back is never shown, not even in part', () => {
	test.each([
		['across the point where the text is cut', `${'x'.repeat(290)} Bearer ${token}`],
		['split over lines', `got ${token.match(/.{1,20}/g)?.join('\n') ?? ''}`],
		['percent-encoded', `got ${encodeURIComponent(token)}`],
		['only its signature', `bad signature ${token.split('.')[2] ?? ''}`],
	])('%s', async (_what, detail) => {
		const server = await startHttpServer((_request, response) => {
			response.writeHead(401, {'content-type': 'application/scim+json'});
			response.end(JSON.stringify({schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401', detail}));
		});
		servers.push(server);
		const error = await caught(async () => check(`${server.origin}/iso/scim/v2`, token));
		expect(longestRun(allText(error).replace(/\s/g, ''), token)).toBeLessThan(8);
	});
});
