import {describe, expect, it} from 'vitest';
import {cleanPaste} from '../../source/flow/credentials.js';

describe('cleanPaste', () => {
	it('leaves a clean value alone and reports nothing', () => {
		expect(cleanPaste('https://segura.example.com')).toEqual({value: 'https://segura.example.com', removed: []});
	});

	it('removes surrounding spaces and tabs', () => {
		expect(cleanPaste('  \tabc  ')).toEqual({value: 'abc', removed: ['spaces']});
	});

	it.each(['"abc"', "'abc'", '`abc`', '\u201Cabc\u201D', '\u2018abc\u2019'])('removes the quotes of %s', raw => {
		expect(cleanPaste(raw)).toEqual({value: 'abc', removed: ['quotes']});
	});

	it('removes line breaks anywhere, spaces and quotes around, and says all three', () => {
		expect(cleanPaste(' "https://segura.example.com/iso/\r\nscim/v2"\n')).toEqual({
			value: 'https://segura.example.com/iso/scim/v2',
			removed: ['spaces', 'quotes', 'line-breaks'],
		});
	});

	it('keeps spaces and quotes inside the value', () => {
		expect(cleanPaste('a b"c')).toEqual({value: 'a b"c', removed: []});
	});

	it('turns a paste of only spaces and quotes into an empty value', () => {
		expect(cleanPaste(' "" ').value).toBe('');
	});

	it('cleans a paste of several megabytes in linear time', () => {
		const middle = 'x'.repeat(2_000_000);
		const raw = `${' '.repeat(500_000)}"${middle} \n${' '.repeat(500_000)}"`;
		const started = performance.now();
		const cleaned = cleanPaste(raw);
		expect(cleaned.value).toBe(middle);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
