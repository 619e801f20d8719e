import {describe, expect, it} from 'vitest';
import {osc52, screenChunks, screenChunkSize, tmuxPassthrough} from '../../source/clipboard/osc52.js';

/** Bytes as hex, so a failure shows exactly which byte differs. */
const hex = (text: string) => Buffer.from(text, 'latin1').toString('hex');
const bytes = (...parts: Array<number | string>) =>
	Buffer.concat(parts.map(part => (typeof part === 'number' ? Buffer.from([part]) : Buffer.from(part, 'latin1')))).toString('hex');

const ESC = 0x1b;
const BEL = 0x07;

describe('osc52', () => {
	it('is ESC ] 52 ; c ; base64 BEL', () => {
		expect(hex(osc52('hi'))).toBe(bytes(ESC, ']52;c;aGk=', BEL));
	});

	it('encodes the UTF-8 bytes, not UTF-16 code units', () => {
		expect(hex(osc52('ção'))).toBe(bytes(ESC, ']52;c;w6fDo28=', BEL));
	});

	it('keeps a JWT whole: the base64 decodes back to the token', () => {
		const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJva3RhIn0.c2lnbmF0dXJl-_';
		const sequence = osc52(jwt);
		const body = sequence.slice('\u001B]52;c;'.length, -1);
		expect(Buffer.from(body, 'base64').toString('utf8')).toBe(jwt);
		expect(sequence).not.toContain('\n');
	});
});

describe('tmuxPassthrough', () => {
	it('is ESC P tmux; <sequence with each ESC doubled> ESC \\', () => {
		expect(hex(tmuxPassthrough(osc52('hi')))).toBe(bytes(ESC, 'Ptmux;', ESC, ESC, ']52;c;aGk=', BEL, ESC, '\\'));
	});

	it('doubles every ESC, not only the first', () => {
		expect(hex(tmuxPassthrough('\u001B[1m\u001B[0m'))).toBe(bytes(ESC, 'Ptmux;', ESC, ESC, '[1m', ESC, ESC, '[0m', ESC, '\\'));
	});
});

describe('screenChunks', () => {
	it('wraps each piece in its own ESC P ... ESC \\', () => {
		// "\e]52;c;aGk=\a" is 12 characters: three pieces of four.
		expect(hex(screenChunks(osc52('hi'), 4))).toBe(
			bytes(ESC, 'P', ESC, ']52', ESC, '\\', ESC, 'P;c;a', ESC, '\\', ESC, 'PGk=', BEL, ESC, '\\'),
		);
	});

	it('sends a short sequence as a single DCS string', () => {
		expect(hex(screenChunks(osc52('hi')))).toBe(bytes(ESC, 'P', ESC, ']52;c;aGk=', BEL, ESC, '\\'));
	});

	it('keeps every piece within the oldest screen limit (256 bytes) and loses nothing', () => {
		const token = 'x'.repeat(1500);
		const sequence = osc52(token);
		const wrapped = screenChunks(sequence);
		const pieces = [...wrapped.matchAll(new RegExp(`${String.fromCharCode(ESC)}P([^]*?)${String.fromCharCode(ESC)}\\\\`, 'g'))].map(match => match[1] ?? '');
		expect(screenChunkSize).toBeLessThanOrEqual(252);
		expect(pieces).toHaveLength(Math.ceil(sequence.length / screenChunkSize));
		for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(screenChunkSize);
		expect(pieces.join('')).toBe(sequence);
		expect(wrapped).toBe(pieces.map(piece => `\u001BP${piece}\u001B\\`).join(''));
	});

	it('makes no empty piece when the length is an exact multiple', () => {
		const sequence = 'a'.repeat(screenChunkSize * 2);
		expect(screenChunks(sequence)).toBe(`\u001BP${'a'.repeat(screenChunkSize)}\u001B\\`.repeat(2));
	});

	it('refuses a chunk size that would loop forever', () => {
		expect(() => screenChunks('abc', 0)).toThrow(RangeError);
	});
});
