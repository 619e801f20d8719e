import {describe, expect, it} from 'vitest';
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

	it('Portuguese dates and "às" only before a bare hour', () => {
		const dated = texts.filter(item => /às \d{4}-\d\d-\d\d|às \d\d\/\d\d\/\d{4}/.test(item.text));
		expect(dated).toEqual([]);
	});
});
