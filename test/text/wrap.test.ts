import {describe, expect, it} from 'vitest';
import {columns, wrapText} from '../../source/text/wrap.js';

describe('wrapText', () => {
	it('breaks at spaces, never inside a word, and starts no line with a space', () => {
		const text = 'In Segura: Settings > Provisioning > Identity management (IGA) > Providers > Actions > Provider details';
		const lines = wrapText(text, 40);
		expect(lines).toEqual([
			'In Segura: Settings > Provisioning >',
			'Identity management (IGA) > Providers >',
			'Actions > Provider details',
		]);
		for (const line of lines) {
			expect(columns(line)).toBeLessThanOrEqual(40);
			expect(line.startsWith(' ')).toBe(false);
		}
		expect(lines.join(' ')).toBe(text);
	});

	it('breaks a word longer than the line only where it must, after a slash when it can', () => {
		expect(wrapText('see https://segura.example.com/iso/oauth2/token now', 24)).toEqual(['see', 'https://segura.example.', 'com/iso/oauth2/token now']);
		expect(wrapText('x'.repeat(10), 4)).toEqual(['xxxx', 'xxxx', 'xx']);
		// Between host and path rather than inside the address.
		expect(wrapText('http://127.0.0.1:45791/iso/oauth2/token', 22)).toEqual(['http://127.0.0.1:45791', '/iso/oauth2/token']);
	});

	it('keeps the line breaks it is given, and fits text that fits', () => {
		expect(wrapText('one two\nthree', 80)).toEqual(['one two', 'three']);
		expect(wrapText('', 10)).toEqual(['']);
		// Characters, not UTF-16 units or bytes, are what a terminal counts.
		expect(wrapText('ação é', 4)).toEqual(['ação', 'é']);
	});
});

describe('an option with its command', () => {
	it('keeps "demo --reset" on one line, as a user types it', () => {
		const text = 'gravados em /tmp/segura-token/practice.json para as próximas vezes (para gerar valores novos: demo --reset).';
		for (let width = 20; width <= 80; width++) {
			const lines = wrapText(text, width);
			expect(lines.every(line => line.length <= width), `width ${width}`).toBe(true);
			expect(lines.some(line => line.includes('demo --reset')), `width ${width}: ${lines.join(' | ')}`).toBe(true);
		}
	});

	it('still breaks a pair too long for the line', () => {
		expect(wrapText('x --reset', 5)).toEqual(['x', '--res', 'et']);
	});
});
