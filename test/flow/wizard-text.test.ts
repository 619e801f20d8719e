import {languages} from '../../source/i18n/lang.js';
import {describe, expect, it} from 'vitest';
import type {Issue, IssueCode} from '../../source/model/issues.js';
import {wizardText} from '../../source/i18n/text.js';

const codes = Object.keys(wizardText.en.issues) as IssueCode[];

function strings(value: unknown, path = ''): Array<[string, string]> {
	if (typeof value === 'string') return [[path, value]];
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
	}
	return [];
}

describe('wizard text', () => {
	it('has every plain string filled in both languages', () => {
		for (const lang of languages) {
			for (const [path, text] of strings(wizardText[lang])) expect(text.trim(), path).not.toBe('');
		}
	});

	it('words every issue in both languages, and not the same way', () => {
		const issue = (code: IssueCode): Issue => ({level: 'error', code, detail: 'ttl', removed: ['spaces', 'quotes', 'line-breaks']});
		for (const code of codes) {
			const en = wizardText.en.issues[code](issue(code));
			const pt = wizardText['pt-BR'].issues[code](issue(code));
			expect(en, code).not.toBe('');
			expect(pt, code).not.toBe(en);
		}
	});

	it('lists what a paste lost in readable Portuguese and English', () => {
		const issue: Issue = {level: 'notice', code: 'cleaned', removed: ['spaces', 'quotes', 'line-breaks']};
		expect(wizardText.en.issues.cleaned(issue)).toBe('Removed spaces, quotes and line breaks from the paste.');
		expect(wizardText['pt-BR'].issues.cleaned(issue)).toBe('Removidos do valor colado: espaços, aspas e quebras de linha.');
		expect(wizardText['pt-BR'].issues.cleaned({...issue, removed: ['quotes']})).toBe('Removidos do valor colado: aspas.');
	});

	it('names the steps as the manual does', () => {
		expect(Object.values(wizardText['pt-BR'].steps)).toEqual(['Coletar', 'Provedor', 'Ajustar', 'Limpar', 'Obter', 'Copiar']);
		expect(Object.values(wizardText.en.steps)).toEqual(['Collect', 'Provider', 'Configure', 'Clear', 'Fetch', 'Copy']);
	});

	it('keeps the manual\'s warning about the provider kind', () => {
		expect(wizardText['pt-BR'].providerWarning).toMatch(/usuários internos ou usuários terceiros/);
		expect(wizardText.en.providerWarning).toMatch(/internal users or third-party users/);
	});
});
