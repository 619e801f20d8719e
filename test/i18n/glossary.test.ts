import {describe, expect, it} from 'vitest';
import {plainText, profileShowText, wizardText} from '../../source/i18n/text.js';
import {clientAuthChoices} from '../../source/model/client-auth.js';
import {catalogStrings} from './catalog.js';

// ../shared/GLOSSARY-pt-BR.md as a test: one concept, one name, in every Portuguese text the app
// can show (wizard, plain prompts, --help, errors, the practice server's refusals).

/** [what is wrong, the glossary's word for it]. */
const forbidden: ReadonlyArray<readonly [RegExp, string]> = [
	[/detalhes do provedor/i, 'Detalhes do provider'],
	[/servidor de treino/i, 'servidor de prática'],
	[/usuários externos/i, 'usuários terceiros'],
	[/\bURL base\b/i, 'Base URL'],
	[/\bsegredo\b/i, 'Client Secret'],
	[/(?<!Client |[-_])\bsecret\b(?![-_])/, 'Client Secret (never a bare "secret")'],
	[/\b(o|um|do|no|ao|pelo) Token URL\b/, 'a Token URL (feminine)'],
	[/\b(o|um|do|no|ao|pelo) Base URL\b/, 'a Base URL (feminine)'],
	[/\baplicativo\b/i, 'aplicação SCIM da Okta'],
	[/\bprosseguir\b/i, 'Proceed, as Postman shows it'],
	[/\busar token\b/i, 'Use token, as Postman shows it'],
	[/\betapa\b/i, 'passo'],
	[/\b(aperte|pressione|aperta|pressiona)\b/i, 'tecle'],
	[/\bmodo 0600\b/i, 'permissão 0600'],
	[/\b(salvo|salva) em\b/i, 'gravado em (a file written)'],
	[/\btente:/i, 'dica:'],
	[/\by\/N\b|\bY\/n\b/, '(s/N), s for sim'],
	[/envio de grupos/i, 'push de grupos'],
	[/\bcolagem\b/i, 'o valor colado ("colagem" is a collage)'],
	[/qualquer um no caminho/i, 'quem estiver entre você e o servidor'],
	[/senhasegura/i, 'Segura'],
	[/Token adicionado(?!\))/, 'Token added, with the Portuguese beside it: "Token added (token adicionado)"'],
	// One name per concept: step 3's fields by Postman's labels (the manual's), Scope in Portuguese.
	[/nome do token/i, 'Token Name (Postman\'s label, as in step 3)'],
	[/autenticação do cliente/i, 'Client Authentication (Postman\'s label, as in step 3)'],
	[/\bScope\b/, 'Escopo (the OAuth parameter itself stays "scope")'],
	[/obter (um )?novo token\b(?! de acesso)/i, 'Get New Access Token, as Postman shows it'],
	// One verb per action, one form per phrase.
	[/\b(rode|rodar|rodando|rodava|rodou)\b/i, 'execute / em execução'],
	[/\b(recebe|recebido)\b/i, 'aceita, espera, precisa de'],
	[/permissão 0600(?!: só você pode ler\)|\))/, '(permissão 0600: só você pode ler)'],
	[/só o seu usuário pode ler/, '(permissão 0600: só você pode ler)'],
	[/saída de erros?(?! \(stderr\))/, 'saída de erro (stderr)'],
	[/ícone de olho para (?!consultar)/, 'clique no ícone de olho para consultar (the manual\'s verb)'],
	[/\bprocurei\b|\bdigitei\b|\btentei\b/, 'no first person: the app never says "I"'],
	[/[“”‘’]/, 'straight quotes'],
	[/UTC-\d/, 'UTC−03:00 (a true minus, as the glossary writes it)'],
];

describe('the pt-BR glossary', () => {
	const texts = catalogStrings('pt-BR');

	it('finds the catalogs', () => {
		expect(texts.length).toBeGreaterThan(500);
		expect(texts.some(item => item.text.includes('Detalhes do provider'))).toBe(true);
	});

	it.each(forbidden.map(([pattern, word]) => [String(pattern), word, pattern] as const))('no %s (say: %s)', (_name, word, pattern) => {
		const found = texts.filter(item => pattern.test(item.text)).map(item => `${item.path}: ${item.text.slice(0, 120)}`);
		expect(found, `use "${word}"`).toEqual([]);
	});

	it('the test can fail: a forbidden word in a sample is found', () => {
		expect(forbidden.some(([pattern]) => pattern.test('Copie nos detalhes do provedor'))).toBe(true);
		expect(forbidden.some(([pattern]) => pattern.test('Copie o Client Secret'))).toBe(false);
	});

	it('names step 3\'s fields the same on every screen: Token Name, Client Authentication, Escopo', () => {
		const pt = wizardText['pt-BR'];
		const show = profileShowText.labels['pt-BR'];
		expect([pt.configureFields.tokenName.label, pt.result.tokenName, show.tokenName]).toEqual(['Token Name', 'Token Name', 'Token Name']);
		expect([pt.configureFields.auth.label, show.auth]).toEqual(['Client Authentication', 'Client Authentication']);
		expect([pt.configureFields.scope.label, pt.result.scope, show.scope]).toEqual(['Escopo', 'Escopo', 'Escopo']);
		const shown = profileShowText.auth['pt-BR'];
		const names = {'basic-rfc': shown.basicRfc, 'basic-raw': shown.basicRaw, body: shown.body};
		for (const choice of clientAuthChoices) expect(names[choice]).toBe(pt.authChoices[choice]);
	});

	it('one verb for moving on, and Postman\'s button as it is', () => {
		const pt = wizardText['pt-BR'];
		expect(pt.keyLabels.continue).toBe(pt.keyLabels.next);
		expect(plainText.continue['pt-BR'].toLowerCase()).toBe(pt.keyLabels.next);
		expect(pt.keyLabels.getToken).toBe('Get New Access Token');
	});

	it('Portuguese dates and "às" only before a bare hour', () => {
		const dated = texts.filter(item => /às \d{4}-\d\d-\d\d|às \d\d\/\d\d\/\d{4}/.test(item.text));
		expect(dated).toEqual([]);
	});
});
