import {describe, expect, it} from 'vitest';
import {displayLine, displayText, hasUnsafeCharacters, safeJson, shorten} from '../../source/text/display.js';

// What a hostile server puts in a field: each would do something to a terminal if printed raw.
const payloads = {
	esc: '\u001b',
	osc52: '\u001b]52;c;UFdORUQ=\u0007',
	osc0: '\u001b]0;PWNED\u0007',
	osc8: '\u001b]8;;https://evil.example/\u001b\\',
	csi2j: '\u001b[2J',
	c1csi: '\u009b2J',
	bidi: '\u202e',
	zeroWidth: '\u200b',
	bom: '\ufeff',
	isolate: '\u2066',
	del: '\u007f',
};

describe('the display sanitiser', () => {
	it.each(Object.entries(payloads))('never lets %s through raw', (_name, payload) => {
		const shown = displayText(`a${payload}b`);
		expect(hasUnsafeCharacters(shown)).toBe(false);
		expect(shown).not.toContain(payload);
	});

	it('shows what was there as an escape a reader can report', () => {
		expect(displayText('Bearer\u001b]52;c;eA==\u0007')).toBe('Bearer\\x1b]52;c;eA==\\x07');
		expect(displayText('\u009b2J')).toBe('\\x9b2J');
		expect(displayText('abc\u202edef')).toBe('abc\\u202edef');
		expect(displayText('naïve café ✔ ação')).toBe('naïve café ✔ ação');
	});

	it('makes one line: white space collapsed, ends trimmed, cut with an ellipsis', () => {
		expect(displayLine('  one\r\n two\tthree  ')).toBe('one two three');
		expect(displayLine('abcdefghij', 5)).toBe('abcd…');
		expect(displayLine('a\u2028b')).toBe('a b');
	});

	it('cuts after escaping, so a cut can never leave a raw escape behind', () => {
		const line = displayLine(`${'x'.repeat(8)}\u001b[2J`, 10);
		expect(line).toBe('xxxxxxxx\\…');
		expect(hasUnsafeCharacters(line)).toBe(false);
	});

	it('counts characters, not UTF-16 units, when it shortens', () => {
		expect(shorten('😀😀😀😀', 3)).toBe('😀😀…');
	});
});

describe('JSON for a terminal', () => {
	it('escapes C1 controls, bidi and zero-width characters that JSON.stringify leaves raw', () => {
		const value = {type: `Bearer${payloads.c1csi}${payloads.bidi}${payloads.zeroWidth}\u2028`, tag: '\u{e0041}'};
		const text = safeJson(value);
		expect(hasUnsafeCharacters(text)).toBe(false);
		expect(JSON.parse(text)).toEqual(value);
	});

	it('keeps its own layout when indented', () => {
		expect(safeJson({a: 1}, 2)).toBe('{\n  "a": 1\n}');
	});
});
