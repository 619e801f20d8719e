import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {type Lang, languages} from '../../source/i18n/lang.js';
import {wizardText} from '../../source/i18n/text.js';
import {keys, startPty, type PtySession} from '../helpers/pty.js';
import {chooseAndClear, childEnv, jwtClaims, practiceLabel, prose, readPractice, removeChildEnvDirs, waitUntil} from '../helpers/wizard-walk.js';

// The wizard as administrators live it (the built CLI in a real terminal, against the practice
// server): nothing lost, mistakes cheap, the manual's provider warning enforced, words never cut.

const sessions: PtySession[] = [];

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

afterAll(() => removeChildEnvDirs());

function demo(cols: number, lang: Lang, env: NodeJS.ProcessEnv = {}): PtySession {
	const session = startPty({args: ['demo'], cols, rows: 24, env: childEnv({LANG: lang === 'pt-BR' ? 'pt_BR.UTF-8' : 'en_US.UTF-8', ...env})});
	sessions.push(session);
	return session;
}

/** Presses Enter on field `position` of step 1 and waits until the wizard left it. */
async function enterOn(s: PtySession, position: number): Promise<void> {
	await s.waitFor(`(${position}/5)`);
	s.write(keys.enter);
	await waitUntil(s, () => !s.screen().includes(`(${position}/5)`), `the wizard to leave field ${position}`);
}

/** The JWT alone on its line in the scrollback, or undefined. */
function tokenInScrollback(s: PtySession): string | undefined {
	return s.lines().find(line => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(line));
}

describe.each([
	{cols: 80, lang: 'en' as const},
	{cols: 40, lang: 'en' as const},
	{cols: 80, lang: 'pt-BR' as const},
	{cols: 40, lang: 'pt-BR' as const},
])('at $cols columns, in $lang', ({cols, lang}) => {
	const text = wizardText[lang];

	it('five Enters reach step 2; Use token copies; Ctrl+C then leaves the whole token, and no line but the token is cut by the terminal', async () => {
		const s = demo(cols, lang);
		// Every field proposes the practice server's value: Enter accepts it.
		for (const position of [1, 2, 3, 4, 5]) await enterOn(s, position);
		await chooseAndClear(s, text, 'i');
		await s.waitFor(text.complete);
		s.write(keys.enter);
		await s.waitFor(text.copyTitle);
		s.write('u');
		await s.waitFor(`✔ ${text.addedTitle}`);
		// Use token copied the token first, and says where it went (OSC 52 to this terminal).
		const said = lang === 'en' ? "Sent to your terminal's clipboard" : 'Enviado à área de transferência do seu terminal';
		await waitUntil(s, () => prose(s.screen()).includes(said), 'where Use token copied the token');
		expect(s.output()).toContain('\u001B]52;c;');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		const token = tokenInScrollback(s);
		expect(token, 'the token alone on its line after Ctrl+C').toBeDefined();
		expect(jwtClaims(token!)['provider_kind']).toBe('internal');
		// Words are wrapped by us at the width: the terminal's own wrap cut only the token.
		expect(s.wrappedLines().filter(line => line !== token)).toEqual([]);
	});

	it('third-party credentials under "Internal users": the Fetch screen warns, naming both kinds, and k switches', async () => {
		const s = demo(cols, lang);
		for (const position of [1, 2, 3]) await enterOn(s, position);
		await s.waitFor('(4/5)');
		const clientId = await readPractice(s, practiceLabel(lang, 'third-party'));
		s.write(clientId);
		await s.waitFor(clientId.slice(-8));
		s.write(keys.enter);
		await s.waitFor('(5/5)');
		// Typed a key at a time, each once the terminal drew the last, as the field is masked and
		// nothing on screen tells the whole secret arrived.
		await s.type(await readPractice(s, practiceLabel(lang, 'third-party')));
		s.write(keys.enter);
		await chooseAndClear(s, text, 'i');
		await s.waitFor(text.complete);
		const words = prose(s.screen());
		const [third, internal] = lang === 'en' ? ['third-party users', 'internal users'] : ['usuários terceiros', 'usuários internos'];
		expect(words).toContain(lang === 'en' ? `issued by the provider of ${third}, but step 2 says ${internal}` : `emitido pelo provedor de ${third}, mas no passo 2 foi escolhido o provedor de ${internal}`);
		// The language's own letter: k switch kind, m mudar o tipo.
		await s.waitFor(`${text.keyNames.switchKind} ${text.keyLabels.switchKind}`);
		s.write(text.keyNames.switchKind);
		await s.waitFor(`✔ ${text.steps.provider}: ${text.kinds['third-party']}`);
		expect(prose(s.screen())).not.toContain(third === 'third-party users' ? 'but step 2 says' : 'mas no passo 2 foi escolhido');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
	});
});

it('a wrong secret fixed by pasting the right one over it: the old one is selected, the paste replaces it', async () => {
	const s = demo(80, 'en');
	const text = wizardText.en;
	for (const position of [1, 2, 3, 4]) await enterOn(s, position);
	await s.waitFor('(5/5)');
	const right = await readPractice(s, practiceLabel('en', 'internal'));
	// The easy mistake: the other provider's secret, pasted over the proposed one.
	const wrong = await readPractice(s, practiceLabel('en', 'third-party'));
	// Typing replaces the proposal.
	s.write(wrong);
	await s.waitFor(`${wrong.length} characters`);
	s.write(keys.enter);
	await chooseAndClear(s, text, 'i');
	await s.waitFor(`✖ ${text.failedTitle}`);
	s.write('e');
	await s.waitFor('(4/5)');
	s.write(keys.enter);
	await s.waitFor('(5/5)');
	// Selected: the hint says that typing or pasting replaces it.
	await s.waitFor('typing or pasting replaces it');
	s.write(right);
	await s.waitFor(`${right.length} characters`);
	s.write(keys.enter);
	await chooseAndClear(s, text, 'i');
	await s.waitFor(text.complete);
	s.write('q');
	expect(await s.exit).toBe(0);
	expect(jwtClaims(tokenInScrollback(s)!)['provider_kind']).toBe('internal');
});

it('TZ=America/Sao_Paulo: the expiry as time left and a clock time with its zone, in both languages', async () => {
	for (const lang of languages) {
		const s = demo(80, lang, {TZ: 'America/Sao_Paulo'});
		for (const position of [1, 2, 3, 4, 5]) await enterOn(s, position);
		const text = wizardText[lang];
		await chooseAndClear(s, text, 'i');
		await s.waitFor(text.complete);
		const expiry = lang === 'en' ? /^Expires +in (59 min|1 h), (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC−03:00$/m : /^Expira +em (59 min|1 h), (em \d\d\/\d\d\/\d{4} )?às \d\d:\d\d UTC−03:00$/m;
		expect(s.screen()).toMatch(expiry);
		// JWT times as times, not bare epoch numbers.
		expect(s.screen()).toMatch(/^iat +\D/m);
		s.write('q');
		expect(await s.exit).toBe(0);
		expect(prose(s.lines().join('\n'))).toMatch(lang === 'en' ? /The token expires in (59 min|1 h), (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC−03:00/ : /O token expira em (59 min|1 h), (em \d\d\/\d\d\/\d{4} )?às \d\d:\d\d UTC−03:00/);
	}
});
