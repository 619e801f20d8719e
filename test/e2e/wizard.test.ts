import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {wizardText} from '../../source/i18n/text.js';
import {type OidcServer, scimResource, startOidcServer} from '../helpers/oidc-server.js';
import {cliPath, keys, startPty, type PtyOptions, type PtySession} from '../helpers/pty.js';
import {runCli} from '../helpers/run-cli.js';
import {startTcpServer, type RunningServer} from '../helpers/servers.js';
import {
	answerField,
	childEnv,
	chooseAndClear,
	collectFromScreen,
	jwtClaims,
	leaks,
	practiceLabel,
	readPractice,
	prose,
	providerHint,
	removeChildEnvDirs,
	waitUntil,
} from '../helpers/wizard-walk.js';

// The Ink wizard of the built CLI in a real pseudo-terminal, driven key by key like a person.

const en = wizardText.en;
// Throwaway; with characters a typed secret must survive (a space, +, %, :).
const oidcSecret = 'wiz+e2e%Secret:with space';
const ctrlU = '\u0015';

let oidc: OidcServer;
const sessions: PtySession[] = [];

beforeAll(async () => {
	oidc = await startOidcServer([{clientId: 'wizard-e2e', clientSecret: oidcSecret, auth: 'client_secret_basic', tokenFormat: 'jwt'}]);
});

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

afterAll(async () => {
	await oidc?.close();
	removeChildEnvDirs();
});

function wizard(args: readonly string[], options: Omit<PtyOptions, 'args'> & {lang?: string} = {}): PtySession {
	const session = startPty({
		...options,
		args,
		env: childEnv({...(options.lang ? {LANG: options.lang} : {}), ...options.env}),
	});
	sessions.push(session);
	return session;
}

/** The one line of the scrollback that is a JWT: the token written alone on its line at the end. */
function tokenLine(s: PtySession): {token: string; next: string} {
	const lines = s.lines();
	const at = lines.findIndex(line => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(line));
	if (at === -1) throw new Error(`no token line after the wizard ended:\n${s.screen()}`);
	return {token: lines[at]!, next: lines[at + 1] ?? ''};
}

/** The terminal is left as found: the cursor hidden by Ink is shown again at the end. */
function expectCursorShown(s: PtySession): void {
	const output = s.output();
	expect(output.lastIndexOf('\u001B[?25h')).toBeGreaterThan(output.lastIndexOf('\u001B[?25l'));
}

/** Fetched → Proceed → Copy → Use token → "Token added" → Enter: exit 0. Returns the last 4 shown. */
async function proceedAndUse(s: PtySession): Promise<string> {
	await s.waitFor(en.complete);
	s.write(keys.enter);
	await s.waitFor(en.copyTitle);
	await s.waitFor('u/Enter Use token');
	const masked = /•{8}([\w-]{4})$/m.exec(s.screen());
	expect(masked, 'the token is masked on the Copy step').not.toBeNull();
	s.write('u');
	await s.waitFor(`✔ ${en.addedTitle}`);
	s.write(keys.enter);
	expect(await s.exit).toBe(0);
	return masked![1]!;
}

/**
 * After exit: the token alone on its line in the scrollback (a triple-click selects exactly it),
 * "Token added" right below it, and where to paste it and when it expires still on the screen.
 */
function expectTokenKept(s: PtySession, lastFour: string, where: {isWholeOnScreen: boolean; cols: number; rows: number}): string {
	const {token, next} = tokenLine(s);
	expect(token.endsWith(lastFour)).toBe(true);
	// Use token copied it (OSC 52 to this terminal): the closing words say where it went.
	expect(next).toMatch(new RegExp(`^✔ ${en.addedTitle}: copied to your terminal's`));
	const screen = s.lines('screen').join('\n');
	expect(screen).toContain(lastFour);
	// Whole on the screen when it fits there with the lines under it; always whole in the scrollback.
	if (where.isWholeOnScreen && Math.ceil(token.length / where.cols) + 8 <= where.rows) expect(screen).toContain(token);
	expect(screen).toContain(`✔ ${en.addedTitle}`);
	// Wrapped at words to the width: read as prose.
	const words = prose(screen);
	expect(words).toContain('API Token');
	expect(words).toContain('without "Bearer"');
	expect(words).toMatch(/The token expires in [\d a-z]+, (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC\S* \(lifetime 1 h\)\./);
	expectCursorShown(s);
	return token;
}

describe.each([
	{cols: 80, isWholeOnScreen: true},
	{cols: 40, isWholeOnScreen: true},
])('at $cols columns', ({cols, isWholeOnScreen}) => {
	it('segura-token demo: the practice values copied off the screen, to "Token added", exit 0', async () => {
		const s = wizard(['demo'], {cols, rows: 24});
		await s.waitFor('(1/5)');
		const shownUrl = await readPractice(s, practiceLabel('en'));
		expect(shownUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		// The banner names where the values come from, wrapped at words to the width.
		const banner = prose(s.lines().join('\n'));
		expect(banner).toContain(`Practice server running at ${shownUrl} until the wizard ends. Step 1 proposes its values`);

		const {seguraUrl, clientId} = await collectFromScreen(s, 'en', 'internal');
		await chooseAndClear(s, en, 'i');
		await s.waitFor(en.complete);
		await s.waitFor('Enter Proceed');
		expect(s.screen()).toMatch(/Token type +Bearer/);
		expect(s.screen()).toMatch(/Lifetime +1 h/);
		expect(s.screen()).toMatch(/provider_kind +internal/);
		const lastFour = await proceedAndUse(s);

		const token = expectTokenKept(s, lastFour, {isWholeOnScreen, cols, rows: 24});
		const claims = jwtClaims(token);
		expect(claims['client_id']).toBe(clientId);
		expect(claims['provider_kind']).toBe('internal');
		expect(claims['iss']).toBe(seguraUrl);
	});

	it('segura-token against oidc-provider: typed values, loopback http and the other token path warned, not blocked', async () => {
		const s = wizard([], {cols, rows: 24});
		await s.waitFor('(1/5)');
		await s.type(oidc.issuer);
		await s.waitFor('http:// is unencrypted');
		s.write(keys.enter);
		await answerField(s, 2);
		await s.waitFor('(3/5)');
		await s.type(oidc.tokenUrl);
		await s.waitFor('/iso/oauth2/token.');
		await answerField(s, 3);
		await answerField(s, 4, 'wizard-e2e');
		await answerField(s, 5, oidcSecret, {isSecret: true});
		await chooseAndClear(s, en, 't');
		await s.waitFor(en.complete);
		await s.waitFor('Enter Proceed');
		expect(s.screen()).toMatch(/client_id +wizard-e2e/);
		const lastFour = await proceedAndUse(s);

		const claims = jwtClaims(expectTokenKept(s, lastFour, {isWholeOnScreen, cols, rows: 24}));
		expect(claims['client_id']).toBe('wizard-e2e');
		expect(claims['aud']).toBe(scimResource);
		expect(leaks(s.output(), oidcSecret), 'the secret reached the terminal').toBe(false);
	});
});

// At 40x24 the token (13 rows) and the confirmation (6 rows) are printed after Ink has gone,
// so nothing of the last frame can push the token's first rows off the screen.
it('at 40x24 the whole token is still on the screen after exit', async () => {
	const s = wizard(['demo'], {cols: 40, rows: 24});
	await collectFromScreen(s, 'en', 'internal');
	await chooseAndClear(s, en, 'i');
	const lastFour = await proceedAndUse(s);
	expectTokenKept(s, lastFour, {isWholeOnScreen: true, cols: 40, rows: 24});
});

it('a wrong secret: the invalid_client message, e goes back, the fixed secret gets the token', async () => {
	const s = wizard(['demo'], {cols: 80, rows: 24});
	await s.waitFor('(1/5)');
	await answerField(s, 1, await readPractice(s, practiceLabel('en')));
	await answerField(s, 2);
	await answerField(s, 3);
	await s.waitFor('(4/5)');
	const clientId = await readPractice(s, practiceLabel('en', 'internal'));
	await answerField(s, 4, clientId);
	await s.waitFor('(5/5)');
	// The easy mistake: the secret of the other provider.
	const right = await readPractice(s, practiceLabel('en', 'internal'));
	await answerField(s, 5, await readPractice(s, practiceLabel('en', 'third-party')), {isSecret: true});
	await chooseAndClear(s, en, 'i');

	await s.waitFor(`✖ ${en.failedTitle}`);
	await s.waitFor('r retry · e edit · q quit');
	const failed = prose(s.screen());
	expect(failed).toContain('did not accept the Client ID and Client Secret (HTTP 401, invalid_client');
	expect(failed).toContain('internal users or third-party users');
	expect(failed).toContain('Edit goes back to Client ID (1 Collect).');

	s.write('e');
	await s.waitFor('Client ID (4/5)');
	await s.waitFor(`› ${clientId}`);
	s.write(keys.enter);
	await s.waitFor('Client Secret (5/5)');
	s.write(ctrlU);
	await waitUntil(s, () => !/^\d+ characters$/m.test(s.screen()), 'the secret field to be emptied');
	await answerField(s, 5, right, {isSecret: true});
	await s.waitFor(providerHint(en));
	s.write(keys.enter);
	await s.waitFor(en.configureFields.tokenName.label);
	s.write(keys.enter);
	await s.waitFor(en.clearItems[0]!);
	s.write(keys.enter);
	const lastFour = await proceedAndUse(s);
	expect(jwtClaims(expectTokenKept(s, lastFour, {isWholeOnScreen: true, cols: 80, rows: 24}))['client_id']).toBe(clientId);
});

describe('Ctrl+C in every step: exit 130, the terminal left clean', () => {
	/**
	 * The CLI under a shell that reports the terminal modes once it has exited: after Ctrl+C the
	 * terminal must be back in line mode with echo (raw mode off).
	 */
	function wizardInShell(args: readonly string[]): PtySession {
		const script = `"$0" "$@"; code=$?; echo "TTY: $(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' ')"; exit $code`;
		const session = startPty({command: ['/bin/sh', '-c', script, process.execPath, cliPath], args, env: childEnv(), cols: 80, rows: 24});
		sessions.push(session);
		return session;
	}

	/**
	 * Ctrl+C: exit 130, and the screen holds what was there before the wizard (or what of it a tall
	 * frame left on the screen), "Interrupted", and no leftover of a frame.
	 */
	async function expectInterrupted(s: PtySession, before: string, hasToken = false): Promise<void> {
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expectCursorShown(s);
		if (hasToken) {
			// Once there is a token, Ctrl+C leaves it: alone on its line after the reason, then what
			// became of it (nothing: it was neither copied nor written, so the line above is the way).
			const lines = s.lines().map(line => line.trimEnd()).filter(Boolean);
			const at = lines.lastIndexOf('✖ Interrupted (Ctrl+C).');
			expect(lines[at + 1]).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
			expect(lines[at + 2]).toBe('⚠ Token not copied: select the line above (a triple-click selects all of it).');
			expect(lines.at(-1)).toBe('TTY: icanon echo');
			return;
		}
		const rows = s.screen().trim().split('\n');
		expect(rows.slice(-2)).toEqual(['✖ Interrupted (Ctrl+C).', 'TTY: icanon echo']);
		const beforeRows = before.split('\n').filter(Boolean);
		const kept = rows.slice(0, -2).filter(Boolean);
		expect(kept).toEqual(beforeRows.slice(beforeRows.length - kept.length));
	}

	type Stop = 'collect' | 'provider' | 'configure' | 'clear' | 'fetch' | 'copy';

	async function walkTo(s: PtySession, stop: Stop): Promise<void> {
		await s.waitFor('(1/5)');
		if (stop === 'collect') {
			// Half-way through typing a value.
			await s.type('http://127.0.0.1:');
			return s.waitFor('› http://127.0.0.1:');
		}
		await collectFromScreen(s, 'en', 'internal');
		await s.waitFor(providerHint(en));
		if (stop === 'provider') return;
		s.write('i');
		await s.waitFor(en.configureFields.tokenName.label);
		if (stop === 'configure') return;
		s.write(keys.enter);
		await s.waitFor(en.clearItems[0]!);
		if (stop === 'clear') return;
		s.write(keys.enter);
		await s.waitFor(en.complete);
		if (stop === 'fetch') return;
		s.write(keys.enter);
		await s.waitFor('u/Enter Use token');
	}

	it.each(['collect', 'provider', 'configure', 'clear', 'fetch', 'copy'] as const)('segura-token demo, step %s', async stop => {
		const s = wizardInShell(['demo']);
		await walkTo(s, stop);
		const started = /^Practice server running at (\S+) [\s\S]*?makes new ones\)\.$/m.exec(s.lines().join('\n'));
		expect(started).not.toBeNull();
		await expectInterrupted(s, `${started![0]}\n`, stop === 'fetch' || stop === 'copy');
		// The practice server went with the wizard.
		await expect(fetch(started![1]!)).rejects.toThrow();
	});

	describe('while the token request is still waiting for an answer', () => {
		let silent: RunningServer;
		beforeAll(async () => {
			// Accepts the connection and never answers.
			silent = await startTcpServer(() => {});
		});
		afterAll(async () => silent?.close());

		it('segura-token, step fetch, spinner running', async () => {
			const s = wizardInShell([]);
			await answerField(s, 1, silent.origin);
			await answerField(s, 2);
			await answerField(s, 3);
			await answerField(s, 4, 'silent-client');
			await answerField(s, 5, 'silent-secret-e2e', {isSecret: true});
			await chooseAndClear(s, en, 'i');
			await s.waitFor(`Getting a new access token from 127.0.0.1:${silent.port} (`);
			await expectInterrupted(s, '');
		});
	});
});

it('in Portuguese (LANG=pt_BR.UTF-8): the whole run, to "Token adicionado"', async () => {
	const pt = wizardText['pt-BR'];
	const s = wizard(['demo'], {cols: 80, rows: 24, lang: 'pt_BR.UTF-8'});
	await s.waitFor('URL do Segura (1/5)');
	await s.waitFor('Enter avançar');
	expect(s.screen()).toContain('[1 Coletar] · 2 Provedor · 3 Ajustar · 4 Limpar · 5 Obter · 6 Copiar');
	expect(s.screen()).toContain('Servidor de prática:');

	await collectFromScreen(s, 'pt-BR', 'internal');
	await s.waitFor('De qual provedor são essas credenciais?');
	await s.waitFor(providerHint(pt));
	expect(s.screen()).toContain('Usuários internos');
	expect(s.screen()).toContain('Usuários terceiros');
	await chooseAndClear(s, pt, 'i');

	await s.waitFor('✔ Autenticação concluída');
	await s.waitFor('Enter Proceed');
	expect(s.screen()).toMatch(/Tipo do token +Bearer/);
	s.write(keys.enter);
	await s.waitFor('Token de acesso');
	await s.waitFor('u/Enter Use token');
	s.write('u');
	// Postman's own words, as the manual quotes them, with the Portuguese beside them.
	await s.waitFor('✔ Token added (token adicionado)');
	await s.waitFor('Enter concluir');
	expect(prose(s.screen())).toContain('tela de autenticação da aplicação SCIM da Okta');
	s.write(keys.enter);
	expect(await s.exit).toBe(0);

	const {token, next} = tokenLine(s);
	expect(jwtClaims(token)['provider_kind']).toBe('internal');
	expect(next).toMatch(/^✔ Token added \(token adicionado\): copiado para /);
	expect(s.lines('screen').join('\n')).toMatch(/O token expira em [\d a-z]+, (em \d\d\/\d\d\/\d{4} )?às \d\d:\d\d/);
	for (const english of ['Authentication complete', 'Paste it in Okta', 'Enter next', 'expires in']) {
		expect(s.lines().join('\n')).not.toContain(english);
	}
});

describe('not a terminal: no wizard, exit 2, pointing to get and --plain', () => {
	it.each([[[]], [['demo']]])('segura-token %j with stdin and stdout piped', async args => {
		const result = await runCli(args, {env: childEnv()});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n').some(line => line.includes('segura-token get') && line.includes('--plain'))).toBe(true);
	});

	it.each([
		['stdin piped, stdout a terminal', `: | "$0" "$1"`],
		['stdin a terminal, stdout not', `"$0" "$1" >/dev/null`],
	])('%s', async (_, script) => {
		const s = startPty({command: ['/bin/sh', '-c', script, process.execPath, cliPath], env: childEnv()});
		sessions.push(s);
		expect(await s.exit).toBe(2);
		expect(s.lines().some(line => line.includes('segura-token get') && line.includes('--plain'))).toBe(true);
		expect(s.screen()).not.toContain('(1/5)');
	});
});
