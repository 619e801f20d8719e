import {describe, expect, it} from 'vitest';
import type {CopyResult} from '../../source/clipboard/copy-result.js';
import {describeCopy} from '../../source/clipboard/describe-copy.js';

describe('describeCopy', () => {
	it('says OSC 52 cannot be confirmed, and what tmux took, in both languages', () => {
		const result: CopyResult = {used: [{way: 'osc52-tmux'}, {way: 'tmux-buffer', tool: 'tmux'}], failed: []};
		const en = describeCopy(result, 'en', 'get');
		expect(en.used).toEqual([
			expect.stringContaining('cannot confirm it arrived'),
			"Also in tmux's paste buffer (prefix + ] pastes it).",
		]);
		expect(en.isConfirmed).toBe(true);
		expect(en.isNothingSent).toBe(false);
		expect(en.fallback).toContain('--output FILE');
		expect(describeCopy(result, 'en', 'wizard').fallback).toContain('press p to print the token');
		const pt = describeCopy(result, 'pt-BR', 'get');
		expect(pt.used[0]).toContain('não tem como confirmar');
		expect(pt.used[1]).toContain('buffer de colagem do tmux');
		expect(pt.fallback).toContain('--output ARQUIVO');
	});

	it('plain OSC 52 alone is sent but not confirmed', () => {
		const description = describeCopy({used: [{way: 'osc52'}], failed: []}, 'en', 'get');
		expect(description.used).toEqual(['Sent to your terminal with OSC 52 (the terminal cannot confirm it arrived).']);
		expect(description.isConfirmed).toBe(false);
	});

	it('names each failure with its reason', () => {
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
		expect(describeCopy(result, 'pt-BR', 'get').failed[1]).toBe('Nenhuma ferramenta de área de transferência encontrada (procurei wl-copy, xclip, xsel).');
	});

	it('leads with "could not copy" when nothing went out', () => {
		const description = describeCopy({used: [], failed: [{way: 'osc52', reason: 'no-terminal', detail: 'ENXIO'}]}, 'pt-BR', 'get');
		expect(description.isNothingSent).toBe(true);
		expect(description.used).toEqual(['Não foi possível copiar o token.']);
		expect(description.failed).toEqual(['Não há terminal para receber o OSC 52 (este processo não tem /dev/tty).']);
	});
});
