import type {CommandIo} from './command-io.js';
import {traceText} from '../i18n/text.js';
import type {HttpTrace} from '../net/http-trace.js';

/** --verbose of `get` and `verify`, and of the plain wizard: each line on stderr as it happens. */
export function stderrTrace(io: Pick<CommandIo, 'stderr' | 'lang'>): HttpTrace {
	return {lang: io.lang, write: line => io.stderr.write(`${line}\n`)};
}

/** A wizard's session keeps at most this many lines for the end (about a hundred exchanges). */
export const maxHeldLines = 10_000;

export type HeldTrace = HttpTrace & Readonly<{flush: () => void}>;

/**
 * --verbose of the Ink wizard. Ink redraws its frame in place, so a line written to the same
 * terminal meanwhile would be drawn over: when stderr is a terminal the lines are held and
 * written once the wizard has ended (flush). When stderr goes to a file or a pipe (2>FILE) they
 * are written as they happen, as for `get`.
 */
export function heldTrace(io: Pick<CommandIo, 'stderr' | 'lang'>): HeldTrace {
	if (!io.stderr.isTTY) return {...stderrTrace(io), flush: () => undefined};
	let held: string[] = [];
	let dropped = 0;
	return {
		lang: io.lang,
		write(line) {
			held.push(line);
			// Trimmed a thousand lines at a time, not one by one.
			if (held.length > maxHeldLines + 1000) {
				const excess = held.length - maxHeldLines;
				held = held.slice(excess);
				dropped += excess;
			}
		},
		flush() {
			if (held.length > maxHeldLines) {
				dropped += held.length - maxHeldLines;
				held = held.slice(-maxHeldLines);
			}
			if (held.length === 0) return;
			const lines = ['', traceText.session[io.lang], ...(dropped > 0 ? [traceText.dropped[io.lang](dropped)] : []), ...held];
			held = [];
			dropped = 0;
			io.stderr.write(`${lines.join('\n')}\n`);
		},
	};
}
