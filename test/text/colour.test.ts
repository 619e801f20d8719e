import {describe, expect, it} from 'vitest';
import {isColourWanted, isNoColor} from '../../source/text/colour.js';

describe('colour from the environment', () => {
	it('NO_COLOR set to anything but empty turns colour off, even when forced (no-color.org)', () => {
		expect(isNoColor({NO_COLOR: '1'})).toBe(true);
		expect(isNoColor({NO_COLOR: ''})).toBe(false);
		expect(isColourWanted({NO_COLOR: '1', FORCE_COLOR: '1'}, true)).toBe(false);
		expect(isColourWanted({NO_COLOR: ''}, true)).toBe(true);
	});

	it('FORCE_COLOR colours a pipe; FORCE_COLOR=0 or false turns colour off on a terminal', () => {
		expect(isColourWanted({}, false)).toBe(false);
		expect(isColourWanted({FORCE_COLOR: '1'}, false)).toBe(true);
		expect(isColourWanted({FORCE_COLOR: ''}, false)).toBe(true);
		expect(isColourWanted({FORCE_COLOR: '0'}, true)).toBe(false);
		expect(isColourWanted({FORCE_COLOR: 'false'}, true)).toBe(false);
	});

	it('a terminal gets colour unless TERM=dumb', () => {
		expect(isColourWanted({TERM: 'xterm-256color'}, true)).toBe(true);
		expect(isColourWanted({TERM: 'dumb'}, true)).toBe(false);
	});
});
