import type {Removed} from '../../model/issues.js';

export type Cleaned = Readonly<{value: string; removed: readonly Removed[]}>;

// Typographic quotes too: values are often copied from chat or a document, not from Segura itself.
const quotes = new Set(['"', "'", '`', '\u201C', '\u201D', '\u2018', '\u2019']);
const lineBreaks = /[\r\n\u2028\u2029]/g;

function isSpace(char: string): boolean {
	return char === ' ' || char === '\t' || char === '\u00A0';
}

/**
 * Removes what a copy and paste adds: line breaks (anywhere: a wrapped copy), spaces and quotes
 * around the value. One pass from each end, so a paste of several KB costs nothing noticeable.
 */
export function cleanPaste(raw: string): Cleaned {
	const unbroken = raw.replace(lineBreaks, '');
	const removed = new Set<Removed>();
	if (unbroken.length !== raw.length) removed.add('line-breaks');
	let start = 0;
	let end = unbroken.length;
	while (start < end) {
		const char = unbroken[start]!;
		if (isSpace(char)) removed.add('spaces');
		else if (quotes.has(char)) removed.add('quotes');
		else break;
		start++;
	}
	while (end > start) {
		const char = unbroken[end - 1]!;
		if (isSpace(char)) removed.add('spaces');
		else if (quotes.has(char)) removed.add('quotes');
		else break;
		end--;
	}
	const order: readonly Removed[] = ['spaces', 'quotes', 'line-breaks'];
	return {value: unbroken.slice(start, end), removed: order.filter(item => removed.has(item))};
}
