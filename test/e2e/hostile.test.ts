import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {hostileJwt, type HostileServer, leakedPayloads, startHostileServer} from '../helpers/hostile-server.js';
import {keys, startPty, type PtySession} from '../helpers/pty.js';
import {answer, choose} from '../helpers/plain-prompts.js';
import {childEnv, removeChildEnvDirs, typeToCopyStep, waitUntil} from '../helpers/wizard-walk.js';

// A server that puts escape sequences, an 8-bit CSI and a bidi override into every field of its
// token answer, into the claims of the token, and into its SCIM errors. Every face of the app is
// run against it in a real terminal, and the raw bytes the terminal received are searched for
// the payloads: none may arrive as anything but visible, escaped text.

let hostile: HostileServer;
let badToken: HostileServer;
const sessions: PtySession[] = [];

beforeAll(async () => {
	[hostile, badToken] = await Promise.all([startHostileServer(), startHostileServer({badToken: true})]);
});

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

afterAll(async () => {
	await Promise.all([hostile?.close(), badToken?.close()]);
	removeChildEnvDirs();
});

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}, cols = 80): PtySession {
	const session = startPty({args, cols, rows: 24, env: childEnv({SEGURA_CLIENT_SECRET: 'hostile-test-secret', ...env})});
	sessions.push(session);
	return session;
}

/** Nothing but escaped text of any payload reached the terminal. */
function expectNoPayload(s: PtySession): void {
	expect(leakedPayloads(s.output())).toEqual([]);
}

describe('segura-token get', () => {
	it('prints the token, and the server\'s type escaped, with no payload reaching the terminal', async () => {
		const s = run(['get', '--token-url', hostile.tokenUrl, '--client-id', 'okta-scim']);
		expect(await s.exit).toBe(0);
		expectNoPayload(s);
		const lines = s.lines().map(line => line.trimEnd());
		expect(lines).toContain(hostileTokenShape(lines));
		expect(s.screen()).toContain('Token issued (Bearer\\x1b]52;c;UFdORUQ=\\x07');
	});

	it('--json escapes what JSON.stringify would leave raw', async () => {
		const s = run(['get', '--json', '--token-url', hostile.tokenUrl, '--client-id', 'okta-scim']);
		expect(await s.exit).toBe(0);
		expectNoPayload(s);
		const json = s.lines().find(line => line.startsWith('{'));
		const parsed = JSON.parse(json ?? '') as Record<string, unknown>;
		expect(parsed.expires_in).toBeNull();
		expect(parsed.expires_at).toBeNull();
	});

	it('refuses an access_token full of payloads with exit 3, the value shown escaped', async () => {
		const s = run(['get', '--token-url', badToken.tokenUrl, '--client-id', 'okta-scim']);
		expect(await s.exit).toBe(3);
		expectNoPayload(s);
		expect(s.screen()).toContain('not a usable token');
	});
});

it('segura-token verify: the hostile SCIM error is told with every payload escaped, exit 5', async () => {
	const s = run(['verify', '--base-url', hostile.baseUrl], {SEGURA_TOKEN: hostileJwt()});
	expect(await s.exit).toBe(5);
	expectNoPayload(s);
	expect(s.screen()).toContain('\\x1b]52;c;UFdORUQ=\\x07');
});

describe.each([80, 40])('the Ink wizard at %i columns', cols => {
	it('shows, prints, verifies and leaves the token with no payload reaching the terminal', async () => {
		const s = run([], {}, cols);
		await typeToCopyStep(s, hostile.seguraUrl, {claim: 'UFdORUQ=\\x07'});
		// r and p each write the token alone on a line the terminal wraps (the lines joined back here).
		const printed = () => s.lines().filter(line => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(line.trimEnd())).length;
		s.write('r');
		await waitUntil(s, () => printed() === 1, 'the token written by r');
		s.write('p');
		await waitUntil(s, () => printed() === 2, 'the token written by p');
		await s.waitFor(/Printed/);
		s.write('v');
		await s.waitFor(/token rejected/);
		// Printed, not copied: Use token does not copy a token already printed, and says so.
		s.write('u');
		await s.waitFor('Token not copied');
		s.write(keys.enter);
		expect(await s.exit).toBe(0);
		expectNoPayload(s);
	});
});

it('the plain face shows the same values escaped, and leaves the token with no payload reaching the terminal', async () => {
	const s = run(['--plain']);
	await answer(s, 'Segura URL', hostile.seguraUrl);
	await answer(s, 'Base URL');
	await answer(s, 'Token URL');
	await answer(s, 'Client ID', 'okta-scim');
	await answer(s, 'Client Secret', 'hostile-test-secret');
	await s.waitFor('? Which provider');
	await choose(s, 'Internal users');
	await choose(s, 'Continue');
	await choose(s, 'get new access token');
	await s.waitFor('okta-scim\\x1b]52;c;UFdORUQ=\\x07');
	await choose(s, 'Proceed');
	await choose(s, 'print');
	await choose(s, 'verify');
	await s.waitFor('token rejected');
	await choose(s, 'Use token');
	await s.waitFor('⚠ Token not copied');
	await choose(s, 'finish');
	expect(await s.exit).toBe(0);
	expectNoPayload(s);
});

/** The hostile JWT as printed: three base64url parts on a line of their own. */
function hostileTokenShape(lines: readonly string[]): string {
	const line = lines.find(candidate => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(candidate));
	if (!line) throw new Error(`no token line in:\n${lines.join('\n')}`);
	return line;
}
