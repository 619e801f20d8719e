import {describe, expect, it} from 'vitest';
import type {CopyResult} from '../../source/clipboard/copy-result.js';
import {copyFailureText, describeCopy} from '../../source/clipboard/describe-copy.js';
import {copyFallbackText} from '../../source/i18n/text.js';
import {say} from '../../source/i18n/catalogs.js';

describe('describeCopy', () => {
	it('says in one sentence what happened, and the details apart, in both languages', () => {
		const result: CopyResult = {used: [{way: 'osc52-tmux'}, {way: 'tmux-buffer', tool: 'tmux'}], failed: []};
		const en = describeCopy(result, 'en', 'get');
		expect(en.said).toBe("Copied to tmux's buffer; your terminal should have it too.");
		expect(en.used).toEqual([expect.stringContaining('cannot confirm it arrived'), "Also in tmux's paste buffer (prefix + ] pastes it)."]);
		expect(en.isConfirmed).toBe(true);
		expect(en.isNothingSent).toBe(false);
		// tmux confirmed it: nothing to do if it did not arrive.
		expect(en.fallback).toBeUndefined();
		const pt = describeCopy(result, 'pt-BR', 'get');
		expect(pt.said).toBe('Copiado para o buffer do tmux; o seu terminal também deve tê-lo.');
		expect(pt.used[1]).toContain('buffer do tmux');
	});

	it("tmux's buffer alone does not promise the terminal has it", () => {
		const description = describeCopy({used: [{way: 'tmux-buffer', tool: 'tmux'}], failed: [{way: 'osc52', reason: 'no-terminal'}]}, 'en', 'wizard');
		expect(description.said).toBe("Copied to tmux's buffer: prefix + ] pastes it inside tmux.");
	});

	it("OSC 52 alone is sent but not confirmed: the fallback speaks of the face's own way out", () => {
		const result: CopyResult = {used: [{way: 'osc52'}], failed: []};
		const get = describeCopy(result, 'en', 'get');
		expect(get.said).toBe("Sent to your terminal's clipboard; a terminal cannot confirm it arrived.");
		expect(get.used).toEqual(['Sent to your terminal with OSC 52 (the terminal cannot confirm it arrived).']);
		expect(get.isConfirmed).toBe(false);
		expect(get.fallback).toContain('without --copy');
		expect(get.fallback).not.toMatch(/print to show/);
		// Step 6 offers print (a key in Ink, a menu item in plain); "Token added" only the token printed at the end.
		expect(describeCopy(result, 'en', 'wizard').fallback).toContain('choose print to show the token');
		expect(describeCopy(result, 'pt-BR', 'wizard').fallback).toBe(copyFallbackText.wizard['pt-BR']);
		expect(describeCopy(result, 'pt-BR', 'added').fallback).toBe(copyFallbackText.added['pt-BR']);
		expect(copyFallbackText.added['pt-BR']).not.toMatch(/tecle|imprimir/);
		expect(describeCopy(result, 'pt-BR', 'get').fallback).toContain('sem --copy');
	});

	it('names each failure with its reason, for --verbose', () => {
		const result: CopyResult = {
			used: [{way: 'osc52'}],
			failed: [
				{way: 'system', tool: 'xclip', reason: 'failed', detail: "Error: Can't open display: :99"},
				{way: 'system', tool: 'wl-copy, xclip, xsel', reason: 'not-found'},
				{way: 'tmux-buffer', tool: 'tmux', reason: 'timeout', detail: '2000 ms'},
				{way: 'system', tool: 'xsel', reason: 'timeout', detail: '2000 ms'},
			],
		};
		expect(describeCopy(result, 'en', 'get').failed).toEqual([
			"xclip failed: Error: Can't open display: :99",
			'No clipboard tool found for this desktop (looked for wl-copy, xclip, xsel).',
			'tmux did not answer within 2000 ms.',
			'xsel did not answer within 2000 ms: is the display reachable?',
		]);
		expect(describeCopy(result, 'pt-BR', 'get').failed[1]).toBe('Nenhuma ferramenta de área de transferência foi encontrada (procuradas: wl-copy, xclip, xsel).');
	});

	it('says it could not copy when nothing went out, and the error text says the same', () => {
		const result: CopyResult = {used: [], failed: [{way: 'osc52', reason: 'no-terminal', detail: 'ENXIO'}]};
		const description = describeCopy(result, 'pt-BR', 'get');
		expect(description.isNothingSent).toBe(true);
		expect(description.said).toBe('Não foi possível copiar o token daqui.');
		expect(description.failed).toEqual(['Não há terminal para receber o OSC 52 (este processo não tem /dev/tty).']);
		expect(say(copyFailureText('get'), 'pt-BR')).toEqual({message: description.said, hint: description.fallback});
	});
});
