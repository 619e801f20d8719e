import {describe, expect, it} from 'vitest';
import {languages, type Lang} from '../../source/i18n/lang.js';
import {catalogStrings} from './catalog.js';

// Every "hint:" line, in both languages, is either a command to copy as it is (nothing around it,
// so pasting it is never a syntax error) or a sentence: a capital letter first, a full stop (or a
// question mark) last, or a command after its closing colon.

// VALOR is the catalog walker's sample argument, which stands for an option here (`${flag} URL`).
const command = /^(segura-token|--\w|read |printf |openssl |mv |rm |VALOR )/;

/** Why `hint` is neither a bare command nor a sentence; undefined when it is one of them. */
function fault(hint: string): string | undefined {
	if (command.test(hint)) return /[.;,]$/.test(hint) && !hint.endsWith(' ...') ? 'a command that ends in punctuation' : undefined;
	if (!/^[\p{Lu}`"]/u.test(hint)) return 'no capital letter first';
	const tail = hint.slice(hint.lastIndexOf(': ') + 2);
	if (/[.?]$/.test(hint) || (hint.includes(': ') && command.test(tail))) return undefined;
	return 'no full stop last';
}

describe.each(languages)('hints in %s', (lang: Lang) => {
	// A hint's arguments are words (a flag, a host, a path): the calls with other samples are not hints anyone sees.
	const hints = catalogStrings(lang).filter(item => /\.hint$/.test(item.path) && !/\((none|2|issue)\)/.test(item.path));

	it('finds the hints', () => {
		expect(hints.length).toBeGreaterThan(50);
	});

	it('are a bare command or a sentence with a capital and a full stop', () => {
		const found = hints.flatMap(item => {
			const why = fault(item.text);
			return why ? [`${item.path}: ${why}: ${item.text}`] : [];
		});
		expect([...new Set(found)]).toEqual([]);
	});
});

it('the rule can fail: prose without a capital or a full stop, and a command with prose after it', () => {
	expect(fault('set SEGURA_CLIENT_SECRET in the environment')).toBe('no capital letter first');
	expect(fault('Check the disk')).toBe('no full stop last');
	expect(fault('read -rs SEGURA_CLIENT_SECRET && export SEGURA_CLIENT_SECRET   (then run the command again).')).toBe('a command that ends in punctuation');
	expect(fault('segura-token --help')).toBeUndefined();
	expect(fault('Pipe in the secret alone: printf %s "$SECRET" | segura-token get --client-secret-stdin ...')).toBeUndefined();
});
