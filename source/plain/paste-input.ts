import {PassThrough} from 'node:stream';
import {StringDecoder} from 'node:string_decoder';
import {cleanPaste} from '../flow/credentials.js';
import type {Removed} from '../model/issues.js';

const pasteStart = '\u001B[200~';
const pasteEnd = '\u001B[201~';

/** Asks the terminal to mark what is pasted (bracketed paste mode), and to stop. */
export const bracketedPaste = {on: '\u001B[?2004h', off: '\u001B[?2004l'} as const;

/** A paste longer than any value the wizard takes; the rest is dropped (the field then says it is too long). */
const maxPaste = 64 * 1024;

// Control characters left inside a paste would be read as keys (Enter, Ctrl+C, Esc): a paste is text.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001F\u007F]/g;

/**
 * Turns keyboard input with bracketed pastes into input where each paste arrives as typed text,
 * cleaned the way the Ink face cleans one: line breaks, and spaces and quotes around it, removed.
 * A paste with a line break is then one value, not an answer cut at the break. `onPaste` hears
 * what was removed from each paste.
 */
export function pasteFilter(onPaste: (removed: readonly Removed[]) => void): (text: string) => string {
	let pasting = false;
	let pasted = '';
	// The start of a marker split between two reads; a lone Esc is a key and passes at once.
	let held = '';
	return text => {
		let rest = held + text;
		held = '';
		let out = '';
		while (rest.length > 0) {
			const marker = pasting ? pasteEnd : pasteStart;
			const at = rest.indexOf(marker);
			if (at < 0) {
				const keep = splitMarker(rest, marker);
				const whole = rest.slice(0, rest.length - keep);
				held = rest.slice(rest.length - keep);
				if (pasting) pasted = (pasted + whole).slice(0, maxPaste);
				else out += whole;
				break;
			}
			if (pasting) {
				const cleaned = cleanPaste((pasted + rest.slice(0, at)).slice(0, maxPaste));
				out += cleaned.value.replace(controls, '');
				onPaste(cleaned.removed);
				pasted = '';
			} else {
				out += rest.slice(0, at);
			}
			pasting = !pasting;
			rest = rest.slice(at + marker.length);
		}
		return out;
	};
}

/** How many characters at the end of `text` begin `marker` (two at least: a lone Esc is a key). */
function splitMarker(text: string, marker: string): number {
	for (let length = Math.min(marker.length - 1, text.length); length >= 2; length--) {
		if (marker.startsWith(text.slice(-length))) return length;
	}
	return 0;
}

type TtyInput = NodeJS.ReadStream;

export type PasteInput = Readonly<{
	/** What the prompts read: stdin through the filter, raw mode passed on to stdin. */
	stream: NodeJS.ReadStream;
	/** What was removed from the pastes since the last call. */
	takeRemoved: () => readonly Removed[];
	close: () => void;
}>;

/** Stdin through `pasteFilter`, as a stream the line prompts (readline) take for a terminal. */
export function pasteInput(stdin: TtyInput): PasteInput {
	const removed = new Set<Removed>();
	const filter = pasteFilter(list => list.forEach(item => removed.add(item)));
	const decoder = new StringDecoder('utf8');
	const through = new PassThrough();
	const stream = Object.assign(through, {
		isTTY: true as const,
		get isRaw() {
			return stdin.isRaw;
		},
		setRawMode(mode: boolean) {
			stdin.setRawMode(mode);
			return stream;
		},
	}) as unknown as NodeJS.ReadStream;
	const onData = (chunk: Buffer | string) => {
		const text = filter(typeof chunk === 'string' ? chunk : decoder.write(chunk));
		if (text) through.write(text);
	};
	stdin.on('data', onData);
	stdin.resume();
	return {
		stream,
		takeRemoved() {
			const list = [...removed];
			removed.clear();
			return list;
		},
		close() {
			stdin.off('data', onData);
			stdin.pause();
			through.end();
		},
	};
}
