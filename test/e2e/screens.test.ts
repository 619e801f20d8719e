import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {copyFallbackText, plainText, verifyText, wizardText} from '../../source/i18n/text.js';
import {languages, type Lang} from '../../source/i18n/lang.js';
import {catalogStrings} from '../i18n/catalog.js';
import {answer, choose} from '../helpers/plain-prompts.js';
import {keys, startPty, type PtySession} from '../helpers/pty.js';
import {prose, providerHint, removeChildEnvDirs, terminalEnv, waitUntil} from '../helpers/wizard-walk.js';

// Every screen of the wizard — Ink, --plain and plain lines (TERM=dumb) — in both languages at 80
// and 40 columns, against the practice server: no line wider than the terminal, no word or value
// cut ("prov…"), and on a Portuguese screen no English word the glossary does not keep (on an
// English one, no Portuguese).

const sessions: PtySession[] = [];

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});
afterAll(() => removeChildEnvDirs());

/** Words of the English catalogs that the Portuguese ones never use: on a pt-BR screen, they are English left over. */
const englishOnly = (() => {
	const words = (lang: Lang) => new Set(catalogStrings(lang).flatMap(item => item.text.toLowerCase().match(/[a-z]{3,}/g) ?? []));
	const portuguese = words('pt-BR');
	// What the manual and the glossary keep in English, and what a screen shows as data (claims, the token name's kind).
	const kept = new Set(['internal', 'party', 'third', 'okta', 'scim', 'jwt', 'bearer', 'http', 'https', 'oauth', 'url', 'client', 'secret', 'token', 'basic', 'header']);
	return new Set([...words('en')].filter(word => !portuguese.has(word) && !kept.has(word)));
})();

/** Words the catalogs themselves end with "…" (progress: "Copiando…"): anything else before a "…" was cut. */
const ellipsisWords = new Set(languages.flatMap(lang => catalogStrings(lang).flatMap(item => item.text.match(/[\p{L}\d]+…/gu) ?? [])));

/** The "…" of a row that are not the catalogs' own: what was before each, cut. */
function cutsIn(row: string): string[] {
	// A row that is only "…": the rows under it gave way to a short screen (the last claims of step 5).
	if (row.trim() === '…') return [];
	return [...row.matchAll(/[\p{L}\d]*…/gu)].flatMap(match => {
		// The progress marker that starts a line ("… Copiando…").
		if (match.index === 0 && match[0] === '…' && row.charAt(1) === ' ') return [];
		return ellipsisWords.has(match[0]) ? [] : [match[0] || `${row.slice(Math.max(0, match.index - 8), match.index)}…`];
	});
}

/** A plain-lines prompt with its proposal (TERM=dumb): the proposal is shown whole, for the terminal to wrap. */
const isProposalPrompt = (row: string) => /\[\S+\]: \S*$/.test(row);

type Screens = Array<{what: string; rows: readonly string[]}>;

/**
 * What a screen must not have: a row wider than `cols`, a word or value cut short with "…", an
 * English word on a Portuguese screen or a Portuguese one on an English screen. The one-line
 * summaries of finished steps ("✔ Collect: …") shorten their values by design, and a text field
 * scrolls ("› …"): those two kinds of row are not read for cuts.
 */
function problems(screens: Screens, cols: number, lang: Lang): string[] {
	const text = wizardText[lang];
	const summary = new RegExp(`^✔ (${Object.values(text.steps).join('|')}): `);
	const found: string[] = [];
	for (const {what, rows} of screens) {
		for (const row of rows) {
			if ([...row].length > cols && !isProposalPrompt(row)) found.push(`${what}: wider than ${cols}: ${row}`);
			if (!summary.test(row) && !row.startsWith('› ')) {
				for (const cut of cutsIn(row)) found.push(`${what}: "${cut}" cut: ${row}`);
			}
			if (lang === 'pt-BR') {
				for (const word of row.toLowerCase().match(/(?<![\w.-])[a-z]{3,}(?![\w.-])/g) ?? []) {
					if (englishOnly.has(word)) found.push(`${what}: English "${word}": ${row}`);
				}
			} else if (/[ãõçáéíóúâêô]/i.test(row)) {
				found.push(`${what}: Portuguese: ${row}`);
			}
		}
	}
	return [...new Set(found)];
}

const isToken = (line: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(line.trim());

function start(args: readonly string[], cols: number, lang: Lang, env: NodeJS.ProcessEnv): PtySession {
	const session = startPty({args, cols, rows: 24, env: {...env, LANG: lang === 'pt-BR' ? 'pt_BR.UTF-8' : 'en_US.UTF-8'}});
	sessions.push(session);
	return session;
}

function look(s: PtySession, screens: Screens, what: string): void {
	screens.push({what, rows: s.screen().split('\n')});
}

/** Waits until the screen holds `words`, however they were broken over its rows (a path breaks at "-"). */
async function waitForWords(s: PtySession, words: string, isThere = true): Promise<void> {
	const squeezed = (text: string) => text.replace(/\s+/g, '');
	await waitUntil(s, () => squeezed(s.screen()).includes(squeezed(words)) === isThere, `"${words}" ${isThere ? 'to show' : 'to go'}`);
}

/**
 * Answers a plain-lines prompt (TERM=dumb) that starts with `label`, once it is the last line
 * written (read as the program wrote it: a prompt wider than the terminal wraps), with `value`.
 */
async function answerDumb(s: PtySession, label: string, value = ''): Promise<void> {
	const from = answered.get(s) ?? 0;
	// What the program wrote since the last answer: the prompt, wrapped, ends in ": ".
	const isAsking = () => {
		const since = s.output().slice(from);
		return since.replace(/\s+/g, ' ').includes(label) && since.endsWith(': ');
	};
	await waitUntil(s, isAsking, `the prompt "${label}"`);
	answered.set(s, s.output().length);
	s.write(`${value}\r`);
}

const answered = new WeakMap<PtySession, number>();

function capitalized(label: string): string {
	return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

it('the checks can fail: a line too wide, a word cut, English on a Portuguese screen, Portuguese on an English one', () => {
	const wide = 'x'.repeat(41);
	expect(problems([{what: 'sample', rows: ['Enter finish · Esc back', 'Novo: digitar os dados de outro prov…', wide]}], 40, 'pt-BR')).toHaveLength(4);
	expect(problems([{what: 'sample', rows: ['  Client Authentication    Send as Basic Auth header (sem codificar, como o …']}], 80, 'pt-BR')).toHaveLength(1);
	expect(problems([{what: 'sample', rows: ['Enter avançar · Esc back']}], 80, 'en')).toHaveLength(1);
	// What may end in "…", and the rows that shorten by design.
	const fine = ['… Copiando…', '✔ Ajustar: okta-sci…beçalho Basic (RFC)', '› http://127.0.0.1:45013/iso/oauth2/to…', 'Enter concluir · Esc voltar', 'Base URL [http://127.0.0.1:45013/iso/scim/v2]: '];
	expect(problems([{what: 'sample', rows: fine}], 40, 'pt-BR')).toEqual([]);
});

describe.each([
	{lang: 'pt-BR' as const, cols: 80},
	{lang: 'pt-BR' as const, cols: 40},
	{lang: 'en' as const, cols: 80},
	{lang: 'en' as const, cols: 40},
])('$lang at $cols columns', ({lang, cols}) => {
	const text = wizardText[lang];

	it('the Ink wizard: every field, all three Client Authentication choices, the copy actions, a file written and one that exists, "Token added", the farewell, the saved profiles and a removal asked', async () => {
		const {env, configHome} = terminalEnv();
		const file = path.join(configHome, 'token.txt');
		const screens: Screens = [];
		const s = start(['demo'], cols, lang, env);
		await s.waitFor('(1/5)');
		// The banner above step 1 keeps the command whole.
		expect(s.lines().some(line => line.includes('demo --reset'))).toBe(true);
		for (const position of [1, 2, 3, 4, 5]) {
			await s.waitFor(`(${position}/5)`);
			look(s, screens, `field ${position}`);
			s.write(keys.enter);
			await waitUntil(s, () => !s.screen().includes(`(${position}/5)`), `leaving field ${position}`);
		}
		await s.waitFor(providerHint(text));
		look(s, screens, 'provider');
		s.write('i');
		await s.waitFor(`▸ ${text.configureFields.tokenName.label}`);
		look(s, screens, 'configure: Token Name');
		s.write(keys.down);
		for (const choice of ['basic-rfc', 'basic-raw', 'body'] as const) {
			const shown = cols >= 60 ? text.authChoices[choice] : text.authShort[choice];
			await waitForWords(s, `‹ ${shown} ›`);
			look(s, screens, `configure: ${choice}`);
			s.write(keys.right);
		}
		await waitForWords(s, `‹ ${cols >= 60 ? text.authChoices['basic-rfc'] : text.authShort['basic-rfc']} ›`);
		for (const field of ['scope', 'params', 'profileName'] as const) {
			s.write(keys.down);
			await s.waitFor(`▸ ${text.configureFields[field].label}`);
			look(s, screens, `configure: ${field}`);
		}
		await s.type('lab');
		s.write(keys.down);
		await s.waitFor(`▸ ${text.configureFields.rememberSecret.label}`);
		s.write(keys.right);
		await waitForWords(s, `‹ ${cols >= 60 ? text.rememberChoices.yes : text.rememberShort.yes} ›`);
		look(s, screens, 'configure: remember');
		s.write(keys.enter);
		await waitForWords(s, text.save.secretKept);
		look(s, screens, 'clear, profile saved');
		s.write(keys.enter);
		await s.waitFor(text.complete);
		look(s, screens, 'fetch');
		s.write(keys.enter);
		await s.waitFor(text.copyTitle);
		look(s, screens, 'copy');
		s.write('c');
		await waitForWords(s, copyFallbackText.wizard[lang]);
		look(s, screens, 'copied');
		s.write(text.keyNames.verify);
		await waitForWords(s, verifyText.works[lang](5).slice(0, 30));
		look(s, screens, 'verified');
		s.write(text.keyNames.saveFile);
		await waitForWords(s, text.file.prompt);
		look(s, screens, 'file asked');
		await s.type(file);
		s.write(keys.enter);
		await waitForWords(s, text.file.written(file));
		expect(readFileSync(file, 'utf8')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+/);
		look(s, screens, 'file written');
		s.write(text.keyNames.saveFile);
		await waitForWords(s, text.file.prompt);
		await s.type(file);
		s.write(keys.enter);
		await waitForWords(s, text.file.exists(file));
		look(s, screens, 'file exists');
		// Asked once: the key line alone names the answers.
		expect(prose(s.screen()).split(`${text.keyNames.yes} ${text.keyLabels.yes}`)).toHaveLength(2);
		s.write('n');
		await waitForWords(s, text.file.exists(file), false);
		s.write('u');
		await s.waitFor(`✔ ${text.addedTitle}`);
		await waitForWords(s, copyFallbackText.added[lang]);
		look(s, screens, 'Token added');
		s.write(keys.enter);
		expect(await s.exit).toBe(0);
		look(s, screens, 'the farewell');
		expect(s.wrappedLines().filter(line => !isToken(line))).toEqual([]);

		// The next run opens with the profile saved above.
		const next = start([], cols, lang, env);
		await next.waitFor(text.profiles.title);
		await next.waitFor('lab');
		look(next, screens, 'saved profiles');
		// The title once, at 40 columns too.
		expect(next.screen().split(text.profiles.title)).toHaveLength(2);
		next.write(text.keyNames.remove);
		await waitForWords(next, text.profiles.confirmRemove('lab'));
		look(next, screens, 'remove asked');
		next.write('n');
		await waitForWords(next, text.profiles.confirmRemove('lab'), false);
		next.write(keys.ctrlC);
		expect(await next.exit).toBe(130);
		expect(next.wrappedLines().filter(line => !isToken(line))).toEqual([]);
		expect(problems(screens, cols, lang)).toEqual([]);
	}, 120_000);

	it('the Ink wizard: a refused request, its message, hint and where edit goes', async () => {
		const {env} = terminalEnv();
		const screens: Screens = [];
		const s = start(['demo'], cols, lang, env);
		for (const position of [1, 2, 3, 4]) {
			await s.waitFor(`(${position}/5)`);
			s.write(keys.enter);
			await waitUntil(s, () => !s.screen().includes(`(${position}/5)`), `leaving field ${position}`);
		}
		await s.waitFor('(5/5)');
		await s.type('not-the-practice-secret');
		s.write(keys.enter);
		await s.waitFor(providerHint(text));
		s.write('i');
		await s.waitFor(`▸ ${text.configureFields.tokenName.label}`);
		s.write(keys.enter);
		await s.waitFor(text.clearItems[0]!);
		s.write(keys.enter);
		await s.waitFor(`✖ ${text.failedTitle}`);
		look(s, screens, 'refused');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expect(s.wrappedLines()).toEqual([]);
		expect(problems(screens, cols, lang)).toEqual([]);
	}, 60_000);

	it('--plain: every question and menu, to "Token added"', async () => {
		const {env} = terminalEnv();
		const s = start(['demo', '--plain'], cols, lang, env);
		for (const field of ['seguraUrl', 'baseUrl', 'tokenUrl', 'clientId', 'clientSecret'] as const) await answer(s, text.fields[field].label);
		await waitForWords(s, `? ${text.providerQuestion}`);
		await choose(s, text.kinds.internal);
		await s.waitFor(`? ${plainText.whatNext[lang]}`);
		await choose(s, plainText.continue[lang]);
		await s.waitFor(text.clearItems[0]!);
		await choose(s, capitalized(text.keyLabels.getToken));
		// The result may scroll off a narrow screen: the next menu is what is waited for.
		await choose(s, text.keyLabels.proceed);
		await s.waitFor(text.copyTitle);
		await choose(s, capitalized(text.keyLabels.copy));
		await choose(s, text.keyLabels.useToken);
		await s.waitFor(text.addedTitle);
		await choose(s, capitalized(text.keyLabels.finish));
		expect(await s.exit).toBe(0);
		const lines = s.lines();
		// An answered prompt keeps a separator between the question and the answer.
		expect(lines.find(line => line.startsWith(`✔ ${text.fields.clientId.label}`))).toMatch(new RegExp(`^✔ ${text.fields.clientId.label}:`));
		// One ellipsis on the progress line.
		expect(lines.filter(line => line.startsWith('… ')).every(line => !line.slice(2).includes('…'))).toBe(true);
		// The token is one line the terminal wraps; everything else fits.
		expect(problems([{what: 'the transcript', rows: lines.filter(line => !isToken(line))}], cols, lang)).toEqual([]);
	}, 60_000);

	it('plain lines (TERM=dumb): every question, the numbered menus, to "Token added"', async () => {
		const {env} = terminalEnv({TERM: 'dumb'});
		const s = start(['demo'], cols, lang, env);
		const choose = (count: number, answerWith = '') => answerDumb(s, plainText.choose[lang](count), answerWith);
		for (const field of ['seguraUrl', 'baseUrl', 'tokenUrl', 'clientId', 'clientSecret'] as const) await answerDumb(s, text.fields[field].label);
		// Provider, Configure, Clear, Fetch; Use token (5 of 7) in Copy; finish.
		for (const count of [2, 7, 2, 3]) await choose(count);
		await choose(7, '5');
		await choose(2);
		expect(await s.exit).toBe(0);
		const lines = s.lines();
		// The secret's prompt: one parenthesis, whatever it says.
		expect(prose(lines.join('\n'))).toMatch(new RegExp(`${text.fields.clientSecret.label} \\([^()]+\\): `));
		expect(problems([{what: 'the transcript', rows: lines.filter(line => !isToken(line))}], cols, lang)).toEqual([]);
	}, 60_000);
});

it('--plain in pt-BR: a yes/no answered "s" takes the yes branch (the file is replaced)', async () => {
	const pt = wizardText['pt-BR'];
	const {env, configHome} = terminalEnv();
	const file = path.join(configHome, 'token.txt');
	writeFileSync(file, 'old\n', {mode: 0o600});
	const s = start(['demo', '--plain'], 80, 'pt-BR', env);
	for (const label of ['URL do Segura', 'Base URL', 'Token URL', 'ID do Cliente', 'Client Secret']) await answer(s, label);
	await choose(s, 'Usuários internos');
	await choose(s, 'Avançar');
	await choose(s, 'Get New Access Token');
	await choose(s, 'Proceed');
	await choose(s, 'Gravar');
	await waitForWords(s, `? ${pt.file.prompt}`);
	await s.type(file);
	s.write(keys.enter);
	// The question once, and the prompt's own (s/N): not "s sim · n não" a second time.
	await waitForWords(s, `${pt.file.exists(file)} (s/N)`);
	s.write('s');
	s.write(keys.enter);
	await s.waitFor('✔ Token gravado em');
	expect(readFileSync(file, 'utf8')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+/);
	await choose(s, 'Sair');
	expect(await s.exit).toBe(0);
});
