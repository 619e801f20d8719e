import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {type OidcServer, startOidcServer} from '../helpers/oidc-server.js';
import {cliPath, keys, startPty, type PtyOptions, type PtySession} from '../helpers/pty.js';
import {answer, answerLine, choose} from '../helpers/plain-prompts.js';
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

/** The value printed after `label:` on the last line that has it, or alone on the next line when too long to share it. */
function shownValue(s: PtySession, label: string): string {
	const lines = s.lines().map(line => line.trim());
	const at = lines.findLastIndex(line => line.startsWith(`${label}:`));
	if (at < 0) throw new Error(`no "${label}:" in the transcript:\n${s.screen()}`);
	return lines[at]!.slice(label.length + 1).trim() || lines[at + 1]!;
}

/** Steps 2 to 6 with the defaults, then Use token and finish: exit 0. */
async function throughToTheEnd(s: PtySession): Promise<void> {
	await s.waitFor('? Which provider are these credentials from?');
	await choose(s, 'Internal users');
	await s.waitFor('Header Prefix: Bearer');
	await choose(s, 'Continue');
	await s.waitFor('✔ Cookies: none kept');
	await choose(s, 'Get New Access Token');
	await s.waitFor('✔ Authentication complete');
	await s.waitFor('Token type: Bearer');
	await choose(s, 'Proceed');
	await s.waitFor(/^Access token\n•{8}[\w-]{4}$/m);
	await choose(s, 'Use token');
	await s.waitFor('✔ Token added');
	await choose(s, 'finish');
	expect(await s.exit).toBe(0);
}

/** The bullets a password prompt shows for `prompt` (on its row, or the next when they do not fit). */
function bulletsAfter(s: PtySession, prompt: string): number {
	const lines = s.lines().map(line => line.trimEnd());
	const at = lines.findLastIndex(line => line.startsWith(prompt));
	const shown = `${lines[at]!} ${lines[at + 1] ?? ''}`;
	return /•+/.exec(shown)?.[0].length ?? 0;
}

/**
 * The end of the transcript: the token alone on its line, then "Token added", where to paste it
 * and the expiry, wrapped at words to the terminal's width.
 */
function finalToken(s: PtySession, added = '✔ Token added'): string {
	const lines = s.lines().map(line => line.trimEnd());
	const at = lines.findLastIndex(line => line.startsWith(added));
	expect(at).toBeGreaterThan(0);
	const token = lines[at - 1]!;
	expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
	const prose = lines.slice(at + 1).filter(line => line !== '');
	expect(prose.every(line => line.length <= 80 && !line.startsWith(' ')), prose.join('\n')).toBe(true);
	return token;
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
	// The secret prompt echoes a dozen bullets whatever its length, never the secret; then its length.
	expect(bulletsAfter(s, '✔ Client Secret')).toBe(12);
	await s.waitFor(`${secret.length} characters`);
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
	await choose(s, 'Change: Client Authentication');
	await choose(s, 'Send client credentials in body');
	await s.waitFor('Client Authentication: Send client credentials in body');
	await choose(s, 'Continue');
	await s.waitFor('✔ Cookies: none kept');
	await choose(s, 'Get New Access Token');
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

describe('pasting', () => {
	it('a bracketed paste of a secret with a line break and quotes is one value, cleaned as the Ink face cleans it: a token', async () => {
		const s = plain(['demo', '--plain']);
		// Bracketed paste is asked of the terminal while the prompts run, and given back at the end.
		await s.waitFor('? Segura URL');
		expect(s.output()).toContain('\u001B[?2004h');
		for (const label of ['Segura URL', 'Base URL', 'Token URL']) await answer(s, label);
		await s.waitFor('? Client ID');
		const clientId = shownValue(s, 'Practice server · Internal users');
		// A triple-click copy often takes the line break after the value.
		s.write(`\u001B[200~${clientId}\n\u001B[201~`);
		await s.waitFor(`? Client ID ${clientId}`);
		s.write(keys.enter);
		await s.waitFor(`✔ Client ID: ${clientId}`);
		await s.waitFor('? Client Secret');
		const secret = shownValue(s, 'Practice server · Internal users');
		// Copied from a chat: quoted, and broken over two lines. Typed, the line break would answer the prompt.
		s.write(`\u001B[200~ "${secret.slice(0, 20)}\r\n${secret.slice(20)}" \u001B[201~`);
		// The field shows a dozen bullets, whatever came with the paste.
		await s.waitFor(/^\? Client Secret.* •{12}$/m);
		expect(bulletsAfter(s, '? Client Secret')).toBe(12);
		s.write(keys.enter);
		await s.waitFor('ℹ Removed spaces, quotes and line breaks from the paste.');
		// Counted once cleaned: the length of what goes to the server.
		await s.waitFor(new RegExp(`^  ${secret.length} characters$`, 'm'));
		await throughToTheEnd(s);
		const claims = jwtClaims(finalToken(s));
		expect(claims['client_id']).toBe(clientId);
		expect(s.output().lastIndexOf('\u001B[?2004l')).toBeGreaterThan(s.output().lastIndexOf('\u001B[?2004h'));
	});
});

describe('where nothing is drawn', () => {
	/** The six steps in plain lines: Enter takes every proposal, numbers choose; Use token (6) and finish (1). */
	async function throughInLines(s: PtySession): Promise<void> {
		for (const label of ['Segura URL', 'Base URL', 'Token URL', 'Client ID', 'Client Secret']) await answerLine(s, label);
		await s.waitFor('Which provider are these credentials from?');
		await answerLine(s, 'Number (1-2)');
		await s.waitFor('Header Prefix: Bearer');
		await answerLine(s, 'Number (1-7)');
		await s.waitFor('✔ Cookies: none kept');
		await answerLine(s, 'Number (1-2)');
		await s.waitFor('✔ Authentication complete');
		await answerLine(s, 'Number (1-3)');
		await s.waitFor(/^ {2}5\. Use token$/m);
		await answerLine(s, 'Number (1-7)', '5');
		// Use token copies it, or says that nothing could be reached from here (TERM=dumb: no OSC 52).
		await s.waitFor(/✔ Token added|⚠ Token not copied/);
		await answerLine(s, 'Number (1-2)');
	}

	it('TERM=dumb: prompts and answers as plain lines, not one escape sequence, and a token', async () => {
		const s = plain(['demo'], {env: {TERM: 'dumb'}});
		await throughInLines(s);
		expect(await s.exit).toBe(0);
		// No OSC 52 on a dumb terminal and no other clipboard here: the ending says the line above is the way.
		expect(jwtClaims(finalToken(s, '⚠ Token not copied: select the line above'))['provider_kind']).toBe('internal');
		// No cursor movement, colour, bracketed paste or OSC 52: nothing a dumb terminal would show as garbage.
		expect(s.output()).not.toContain('\u001B');
		// The secret prompt says it echoes nothing; Enter kept the practice server's secret.
		expect(s.lines().join('\n')).toContain('Client Secret (not shown as you type; Enter keeps the current value):');
	});

	it('--plain with stdout into a pipe: plain lines there, the token at the end, nothing drawn', async () => {
		const s = plain(['-c', `"$0" "$1" demo --plain | cat`, process.execPath, cliPath], {command: ['/bin/sh']});
		await throughInLines(s);
		expect(await s.exit).toBe(0);
		expect(jwtClaims(finalToken(s))['client_id']).toBeTruthy();
		expect(s.output()).not.toContain('\u001B[');
	});

	it('in Portuguese: the questions, the hidden secret and the numbered choices', async () => {
		const s = plain(['demo'], {env: {TERM: 'dumb', LANG: 'pt_BR.UTF-8'}});
		for (const label of ['URL do Segura', 'Base URL', 'Token URL', 'ID do Cliente', 'Client Secret']) await answerLine(s, label);
		expect(s.lines().join('\n')).toContain('Client Secret (não aparece ao digitar; Enter mantém o valor atual):');
		await s.waitFor(/^Número \(1-2\) \[1\]: $/m);
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expect(s.lines()).toContain('✖ Interrompido (Ctrl+C).');
	});
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
		await s.waitFor(/^Segura URL \[http:\/\/127\.0\.0\.1:\d+\]: $/m);
		expect(s.lines().join('\n')).toContain('This terminal (TERM=dumb) cannot draw the wizard: using plain prompts (--plain).');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expect(s.lines()).toContain('✖ Interrupted (Ctrl+C).');
	});
});

function expectCursorShown(s: PtySession): void {
	const output = s.output();
	expect(output.lastIndexOf('\u001B[?25h')).toBeGreaterThanOrEqual(output.lastIndexOf('\u001B[?25l'));
}
