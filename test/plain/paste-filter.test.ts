import {describe, expect, it} from 'vitest';
import type {Removed} from '../../source/model/issues.js';
import {pasteFilter} from '../../source/plain/paste-input.js';

const start = '\u001B[200~';
const end = '\u001B[201~';

function filter() {
	const pastes: Array<readonly Removed[]> = [];
	return {pass: pasteFilter(removed => pastes.push(removed)), pastes};
}

describe('pasteFilter', () => {
	it('passes typed keys as they are, Esc and arrows included', () => {
		const {pass, pastes} = filter();
		expect(pass('abc\r')).toBe('abc\r');
		expect(pass('\u001B')).toBe('\u001B');
		expect(pass('\u001B[A')).toBe('\u001B[A');
		expect(pastes).toEqual([]);
	});

	it('turns a paste into its cleaned text: no line break to answer the prompt, no quotes or spaces around it', () => {
		const {pass, pastes} = filter();
		expect(pass(`x${start} "abc\r\ndef" ${end}\r`)).toBe('xabcdef\r');
		expect(pastes).toEqual([['spaces', 'quotes', 'line-breaks']]);
	});

	it('follows a paste and its markers across reads, wherever they are cut but right after an Esc', () => {
		const whole = `${start}secret\nline${end}!`;
		for (let cut = 2; cut < whole.length; cut++) {
			// A read that ends with a lone Esc is the Esc key: the one cut where a marker is missed.
			if (whole[cut - 1] === '\u001B') continue;
			const {pass, pastes} = filter();
			expect(pass(whole.slice(0, cut)) + pass(whole.slice(cut)), `cut at ${cut}`).toBe('secretline!');
			expect(pastes).toEqual([['line-breaks']]);
		}
	});

	it('drops control characters inside a paste: a pasted Ctrl+C or Esc is not a key', () => {
		const {pass} = filter();
		expect(pass(`${start}ab\u0003c\u001Bd${end}`)).toBe('abcd');
	});
});
