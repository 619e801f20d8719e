/**
 * The one way a value from outside (a server, a file, the environment, an argument) reaches a
 * terminal. Control characters (C0, DEL, C1 such as U+009B, the 8-bit CSI), format characters
 * (bidi overrides and isolates, zero-width ones, the byte order mark) and line or paragraph
 * separators are shown as escapes (`\x1b`, `\u202e`): a terminal must never run an escape sequence
 * it was sent (OSC 52 writes the clipboard, OSC 0 retitles the window, CSI 2J clears the screen),
 * and a reader must never see text that a bidi override has reordered.
 */
const unsafe = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

function escape(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Every unsafe character shown as an escape; everything else as it is. */
export function displayText(value: string): string {
	return value.replace(unsafe, escape);
}

// Tabs, line breaks and the Unicode line separators are only layout: one space in a one-line text.
const layout = /[\s\p{Zl}\p{Zp}]+/gu;

/**
 * A value for one line: runs of white space (line breaks included) become one space, the ends
 * are trimmed, unsafe characters are escaped, and a text over `max` characters is cut with "…".
 * Cutting comes last, so it can never split an escape into something a terminal would run.
 */
export function displayLine(value: string, max = Number.POSITIVE_INFINITY): string {
	const line = displayText(value.replace(layout, ' ').trim());
	return shorten(line, max);
}

/** `text` cut to at most `max` characters (code points), the last one "…". */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const chars = [...text];
	return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

const anyUnsafe = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Whether `value` holds anything displayText would escape. */
export function hasUnsafeCharacters(value: string): boolean {
	return anyUnsafe.test(value);
}

// JSON.stringify never leaves a C0 control raw inside a string, and the ones outside strings
// (the indentation's line breaks) are JSON's own layout.
const unsafeInJson = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu;

/** \uXXXX for each UTF-16 unit: a character outside the BMP becomes its surrogate pair. */
function jsonEscape(char: string): string {
	let out = '';
	for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
	return out;
}

/**
 * JSON for a terminal or a pipe: JSON.stringify escapes C0 controls but leaves C1 controls,
 * bidi and zero-width characters and U+2028 raw; here they become \uXXXX escapes too, which
 * any JSON reader turns back into the same string.
 */
export function safeJson(value: unknown, indent?: number): string {
	return JSON.stringify(value, null, indent).replace(unsafeInJson, jsonEscape);
}
