import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {wizardText} from '../../source/i18n/wizard.js';
import {catalogStrings} from '../i18n/catalog.js';
import {answer, choose} from '../helpers/plain-prompts.js';
import {keys, startPty, type PtySession} from '../helpers/pty.js';
import {providerHint, removeChildEnvDirs, terminalEnv, waitUntil} from '../helpers/wizard-walk.js';

// Every screen of the wizard, Ink and --plain, in pt-BR at 80 and 40 columns, against the
// practice server: no line wider than the terminal, no word cut, no English word the glossary
// does not keep.

const pt = wizardText['pt-BR'];
const sessions: PtySession[] = [];

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});
afterAll(() => removeChildEnvDirs());

/** Words of the English catalogs that the Portuguese ones never use: on a pt-BR screen, they are English left over. */
const englishOnly = (() => {
	const words = (lang: 'en' | 'pt-BR') => new Set(catalogStrings(lang).flatMap(item => item.text.toLowerCase().match(/[a-z]{3,}/g) ?? []));
	const portuguese = words('pt-BR');
	// What the manual and the glossary keep in English, and what a screen shows as data (claims, the token name's kind).
	const kept = new Set(['internal', 'party', 'third', 'okta', 'scim', 'jwt', 'bearer', 'http', 'https', 'oauth', 'url', 'client', 'secret', 'token', 'basic', 'header']);
	return new Set([...words('en')].filter(word => !portuguese.has(word) && !kept.has(word)));
})();

type Screens = Array<{what: string; rows: string[]}>;

function look(s: PtySession, screens: Screens, what: string): void {
	screens.push({what, rows: s.screen().split('\n')});
}

/** What a screen must not have: an English word, a word cut by an ellipsis (summaries may shorten their values). */
function problems(screens: Screens, cols: number): string[] {
	const found: string[] = [];
	for (const {what, rows} of screens) {
		for (const row of rows) {
			if ([...row].length > cols) found.push(`${what}: wider than ${cols}: ${row}`);
			// Summaries shorten their values on one line, and a text field scrolls: elsewhere nothing is cut.
			if (/\p{L}…/u.test(row) && !row.startsWith('✔ ') && !row.startsWith('› ')) found.push(`${what}: a word cut: ${row}`);
			for (const word of row.toLowerCase().match(/(?<![\w.-])[a-z]{3,}(?![\w.-])/g) ?? []) {
				if (englishOnly.has(word)) found.push(`${what}: English "${word}": ${row}`);
			}
		}
	}
	return [...new Set(found)];
}

function start(args: readonly string[], cols: number, env: NodeJS.ProcessEnv): PtySession {
	const session = startPty({args, cols, rows: 24, env: {...env, LANG: 'pt_BR.UTF-8'}});
	sessions.push(session);
	return session;
}

it('the checks can fail: English words, a word cut and a line too wide are found', () => {
	expect(problems([{what: 'sample', rows: ['Enter finish · Esc back', 'Novo: digitar os dados de outro prov…', 'x'.repeat(41)]}], 40)).toHaveLength(4);
	expect(problems([{what: 'sample', rows: ['Enter concluir · Esc voltar', 'Cole na Okta: aplicação do Segura > Provisioning > Integration > API Token.']}], 80)).toEqual([]);
});

describe.each([80, 40])('pt-BR at %i columns', cols => {
	it('the Ink wizard: every step, the copy actions, "Token added", the farewell and the saved-profiles list', async () => {
		const {env} = terminalEnv();
		const s = start(['demo'], cols, env);
		const screens: Screens = [];
		for (const position of [1, 2, 3, 4, 5]) {
			await s.waitFor(`(${position}/5)`);
			look(s, screens, `field ${position}`);
			s.write(keys.enter);
			await waitUntil(s, () => !s.screen().includes(`(${position}/5)`), `leaving field ${position}`);
		}
		await s.waitFor(providerHint(pt));
		look(s, screens, 'provider');
		s.write('i');
		await s.waitFor(pt.configureFields.tokenName.label);
		for (const field of ['auth', 'scope', 'params', 'profileName'] as const) {
			look(s, screens, `configure before ${field}`);
			s.write(keys.down);
			await s.waitFor(new RegExp(`▸ ${pt.configureFields[field].label.slice(0, 10)}`));
		}
		await s.type('lab');
		s.write(keys.down);
		await s.waitFor(/▸ Guardar/);
		s.write(keys.right);
		look(s, screens, 'configure, remember');
		s.write(keys.enter);
		await s.waitFor(pt.clearItems[0]!);
		await s.waitFor('gravado em');
		look(s, screens, 'clear');
		s.write(keys.enter);
		await s.waitFor(pt.complete);
		look(s, screens, 'fetch');
		s.write(keys.enter);
		await s.waitFor(/Token de acesso/);
		look(s, screens, 'copy');
		s.write('c');
		await s.waitFor('Enviado');
		look(s, screens, 'copied');
		s.write('v');
		await s.waitFor('O token funciona');
		look(s, screens, 'verified');
		s.write('o');
		await s.waitFor('Gravar o token no arquivo');
		look(s, screens, 'file');
		const asking = s.screen();
		s.write(keys.escape);
		await s.waitForChange(asking);
		s.write('u');
		await s.waitFor(pt.addedTitle);
		look(s, screens, 'added');
		s.write(keys.enter);
		expect(await s.exit).toBe(0);
		look(s, screens, 'after the wizard');
		// The next run opens with the profile saved above.
		const next = start([], cols, env);
		await next.waitFor(pt.profiles.title);
		await next.waitFor('lab');
		look(next, screens, 'saved profiles');
		next.write(keys.ctrlC);
		expect(await next.exit).toBe(130);
		expect(problems(screens, cols)).toEqual([]);
	});

	it('--plain: every question and menu, to "Token added"', async () => {
		const {env} = terminalEnv();
		const s = start(['demo', '--plain'], cols, env);
		for (const label of ['URL do Segura', 'Base URL', 'Token URL', 'ID do Cliente', 'Client Secret']) await answer(s, label);
		await s.waitFor('? De qual provedor');
		await choose(s, 'Usuários internos');
		await s.waitFor('? E agora?');
		await choose(s, 'Continuar');
		await s.waitFor(pt.clearItems[0]!);
		await choose(s, 'Obter novo token');
		// The result may scroll off a narrow screen: the next menu is what is waited for.
		await choose(s, 'Proceed');
		await s.waitFor('Token de acesso');
		await choose(s, 'Use token');
		await s.waitFor(pt.addedTitle);
		await choose(s, 'Concluir');
		expect(await s.exit).toBe(0);
		const screens: Screens = [{what: 'the transcript', rows: s.lines()}];
		// The token is one line the terminal wraps; everything else fits.
		const rows = s.lines().filter(line => !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(line));
		expect(problems([{what: 'the transcript', rows}], cols)).toEqual([]);
		expect(problems(screens, Number.POSITIVE_INFINITY)).toEqual([]);
	});
});

it('--plain in pt-BR: a yes/no answered "s" takes the yes branch (the file is replaced)', async () => {
	const {env, configHome} = terminalEnv();
	const file = path.join(configHome, 'token.txt');
	writeFileSync(file, 'old\n', {mode: 0o600});
	const s = start(['demo', '--plain'], 80, env);
	for (const label of ['URL do Segura', 'Base URL', 'Token URL', 'ID do Cliente', 'Client Secret']) await answer(s, label);
	await choose(s, 'Usuários internos');
	await choose(s, 'Continuar');
	await choose(s, 'Obter novo token');
	await choose(s, 'Proceed');
	await choose(s, 'Gravar');
	await s.waitFor('? Gravar o token no arquivo');
	await s.type(file);
	s.write(keys.enter);
	await s.waitFor('(s/N)');
	s.write('s');
	s.write(keys.enter);
	await s.waitFor('✔ Token gravado em');
	expect(readFileSync(file, 'utf8')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+/);
	await choose(s, 'Sair');
	expect(await s.exit).toBe(0);
});
