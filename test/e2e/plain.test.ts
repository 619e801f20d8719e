import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {type OidcServer, startOidcServer} from '../helpers/oidc-server.js';
import {keys, startPty, type PtyOptions, type PtySession} from '../helpers/pty.js';
import {answer, choose} from '../helpers/plain-prompts.js';
import {childEnv, jwtClaims, leaks, removeChildEnvDirs, waitUntil} from '../helpers/wizard-walk.js';

// `--plain`: the same six steps as line prompts (@inquirer/prompts), in a real pseudo-terminal.

// Throwaway; typed into a password prompt, with characters that must survive it.
const oidcSecret = 'plain+e2e%Secret:with space';

let oidc: OidcServer;
const sessions: PtySession[] = [];

beforeAll(async () => {
	oidc = await startOidcServer([{clientId: 'plain-e2e', clientSecret: oidcSecret, auth: 'client_secret_post', tokenFormat: 'jwt'}]);
});

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

afterAll(async () => {
	await oidc?.close();
	removeChildEnvDirs();
});

function plain(args: readonly string[], options: Omit<PtyOptions, 'args'> = {}): PtySession {
	const session = startPty({cols: 80, rows: 24, ...options, args, env: childEnv(options.env)});
	sessions.push(session);
	return session;
}

/** The value printed after `label: ` on the last line that has it (long lines read whole). */
function shownValue(s: PtySession, label: string): string {
	const line = s.lines().findLast(candidate => candidate.includes(`${label}: `));
	if (!line) throw new Error(`no "${label}: " in the transcript:\n${s.screen()}`);
	return line.slice(line.indexOf(`${label}: `) + label.length + 2).trim();
}

/** Steps 2 to 6 with the defaults, then Use token and finish: exit 0. */
async function throughToTheEnd(s: PtySession): Promise<void> {
	await s.waitFor('? Which provider are these credentials from?');
	await choose(s, 'Internal users');
	await s.waitFor('Header Prefix: Bearer');
	await choose(s, 'Continue');
	await s.waitFor('✔ Cookies: none kept');
	await choose(s, 'get new access token');
	await s.waitFor('✔ Authentication complete');
	await s.waitFor('Token type: Bearer');
	await choose(s, 'Proceed');
	await s.waitFor(/^Access token\n•{8}[\w-]{4}$/m);
	await choose(s, 'Use token');
	await s.waitFor('✔ Token added');
	await choose(s, 'finish');
	expect(await s.exit).toBe(0);
}

/** The end of the transcript: the token alone on its line, then "Token added", where to paste it, the expiry. */
function finalToken(s: PtySession): string {
	const lines = s.lines().map(line => line.trimEnd());
	const last = lines.findLastIndex(line => line !== '');
	const tail = lines.slice(last - 3, last + 1);
	expect(tail[0]).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
	expect(tail[1]).toBe('✔ Token added');
	expect(tail[2]).toMatch(/^Paste it in Okta: .*API Token.*without "Bearer"/);
	expect(tail[3]).toMatch(/^It expires at \d\d:\d\d \(lifetime 1 h\)\.$/);
	return tail[0]!;
}

it('segura-token demo --plain: the six steps as prompts, the token on its own line and "Token added", exit 0', async () => {
	const s = plain(['demo', '--plain']);
	await s.waitFor('? Segura URL');
	expect(s.screen()).toContain('[1 Collect] · 2 Provider · 3 Configure · 4 Clear · 5 Fetch · 6 Copy');
	const seguraUrl = shownValue(s, 'Practice server');
	await answer(s, 'Segura URL', seguraUrl);
	await s.waitFor(`? Base URL (${seguraUrl}/iso/scim/v2)`);
	await answer(s, 'Base URL');
	await answer(s, 'Token URL');
	await s.waitFor('? Client ID');
	const clientId = shownValue(s, 'Practice server · Internal users');
	await answer(s, 'Client ID', clientId);
	await s.waitFor('? Client Secret');
	const secret = shownValue(s, 'Practice server · Internal users');
	await answer(s, 'Client Secret', secret);
	// The secret prompt echoes bullets, never the secret.
	expect(s.lines().find(line => line.startsWith('✔ Client Secret'))).toMatch(/^✔ Client Secret •+$/);
	await throughToTheEnd(s);

	const claims = jwtClaims(finalToken(s));
	expect(claims['client_id']).toBe(clientId);
	expect(claims['provider_kind']).toBe('internal');
	expectCursorShown(s);
});

it('segura-token --plain against oidc-provider, credentials in the body: a secret with + % : and a space', async () => {
	const s = plain(['--plain']);
	await answer(s, 'Segura URL', oidc.issuer);
	await answer(s, 'Base URL');
	await s.waitFor('? Token URL');
	// Replace the proposed Segura path with this server's own.
	await s.type(oidc.tokenUrl);
	s.write(keys.enter);
	await s.waitFor('✔ Token URL');
	await answer(s, 'Client ID', 'plain-e2e');
	await answer(s, 'Client Secret', oidcSecret);

	await s.waitFor('? Which provider are these credentials from?');
	await choose(s, 'Third-party users');
	await s.waitFor('Header Prefix: Bearer');
	await choose(s, 'Change Client Authentication');
	await choose(s, 'Send client credentials in body');
	await s.waitFor('Client Authentication: Send client credentials in body');
	await choose(s, 'Continue');
	await s.waitFor('✔ Cookies: none kept');
	await choose(s, 'get new access token');
	await s.waitFor('✔ Authentication complete');
	await choose(s, 'Proceed');
	await s.waitFor(/^Access token$/m);
	await choose(s, 'Use token');
	await s.waitFor('✔ Token added');
	await choose(s, 'finish');
	expect(await s.exit).toBe(0);

	expect(jwtClaims(finalToken(s))['client_id']).toBe('plain-e2e');
	expect(leaks(s.output(), oidcSecret), 'the secret reached the terminal').toBe(false);
});

describe('leaving', () => {
	it('Ctrl+C at a prompt: exit 130, "Interrupted", the cursor shown', async () => {
		const s = plain(['demo', '--plain']);
		await s.waitFor('? Segura URL');
		await s.type('http://127');
		await s.waitFor('? Segura URL http://127');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expect(s.lines()).toContain('✖ Interrupted (Ctrl+C).');
		expectCursorShown(s);
	});

	it('Esc goes back one field, keeping what was typed', async () => {
		const s = plain(['demo', '--plain']);
		await s.waitFor('? Segura URL');
		const seguraUrl = shownValue(s, 'Practice server');
		await answer(s, 'Segura URL', seguraUrl);
		await s.waitFor('? Base URL');
		s.write(keys.escape);
		await waitUntil(s, () => s.screen().trimEnd().split('\n').at(-1)!.startsWith(`? Segura URL (${seguraUrl})`), 'the Segura URL prompt again');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
	});

	it('TERM=dumb falls back to the plain prompts and says so', async () => {
		const s = plain(['demo'], {env: {TERM: 'dumb'}});
		await s.waitFor('? Segura URL');
		expect(s.lines().join('\n')).toContain('This terminal (TERM=dumb) cannot draw the wizard: using plain prompts (--plain).');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
	});
});

function expectCursorShown(s: PtySession): void {
	const output = s.output();
	expect(output.lastIndexOf('\u001B[?25h')).toBeGreaterThanOrEqual(output.lastIndexOf('\u001B[?25l'));
}
