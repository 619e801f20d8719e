import {describe, expect, it} from 'vitest';
import {mask, maskToken, maxBullets} from '../../source/flow/credentials.js';

describe('mask', () => {
	it('shows a dozen bullets whatever the length: a short secret does not show how short it is', () => {
		expect(mask('abc')).toBe('•'.repeat(12));
		expect(mask('abcdefghijklmnop')).toBe('•'.repeat(12));
		expect(mask('')).toBe('');
	});

	it('stops at a dozen bullets, however long the secret', () => {
		expect(mask('x'.repeat(5000))).toBe('•'.repeat(maxBullets));
		expect(maxBullets).toBe(12);
	});
});

describe('maskToken', () => {
	it('shows only the last four characters', () => {
		const shown = maskToken('eyJhbGciOiJSUzI1NiJ9.payload.sig-WXYZ');
		expect(shown).toBe('••••••••WXYZ');
	});

	it('hides a short token completely', () => {
		expect(maskToken('abcdefgh')).toBe('••••••••••••');
		expect(maskToken('abcdefghijkl')).toBe('••••••••••••');
		expect(maskToken('abcdefghijklm')).toBe('••••••••jklm');
	});
});
