import {describe, expect, it} from 'vitest';
import {displayLine} from '../../source/text/display.js';
import {minMaskedRun, secretMasker} from '../../source/text/secret-masker.js';
import {longestRun} from '../helpers/longest-run.js';

const secret = 'Kx7pQ2mN9vR4tY8wZ3aB6cD1eF5gH0jL2kM4nP6qR8sT0uV';


describe('the secret masker', () => {
	const mask = secretMasker([secret]);

	it('masks the whole secret', () => {
		expect(mask(`bad secret ${secret} given`)).toBe('bad secret •••• given');
	});

	it('masks any run of eight or more characters of it, so a cut echo shows nothing of it', () => {
		const echoed = `${'x'.repeat(280)} ${secret}`;
		const shown = displayLine(mask(echoed), 300);
		expect(longestRun(shown, secret)).toBeLessThan(minMaskedRun);
		// A part of the secret alone, as a server that cut it itself would send.
		expect(longestRun(mask(`got ${secret.slice(5, 25)}`), secret)).toBeLessThan(minMaskedRun);
	});

	it('finds the secret with its white space changed', () => {
		const spaced = 'ab  cd\tef  gh ij kl mn';
		const masked = secretMasker([spaced]);
		for (const echo of ['ab cd ef gh ij kl mn', 'abcdefghijklmn', 'ab\ncd\nef gh\r\nij kl mn', spaced]) {
			const shown = displayLine(masked(`echo: ${echo}.`));
			expect(longestRun(shown.replace(/\s/g, ''), 'abcdefghijklmn')).toBeLessThan(minMaskedRun);
		}
	});

	it('masks every form it is given, and a short secret only whole', () => {
		const short = secretMasker(['p@ss', encodeURIComponent('p@ss')]);
		expect(short('was p@ss or p%40ss; pass')).toBe('was •••• or ••••; pass');
	});

	it('leaves text without the secret as it was', () => {
		expect(mask('invalid_client: unknown client')).toBe('invalid_client: unknown client');
	});
});
