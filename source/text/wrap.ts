/**
 * Prose broken into lines of at most `width` columns, at spaces, so that no word is cut where a
 * terminal's own wrap would cut it ("Provi" / "sioning") and no line starts with a space. Only a
 * word longer than the whole width is broken, after a '/', '-' or '.' when it has one there. An
 * option stays on the line of the word before it ("demo --reset"), when the two fit a line.
 * Every character counts as one column: the app's texts are Latin letters and one-column symbols.
 * Line breaks already in `text` are kept.
 */
export function wrapText(text: string, width: number): string[] {
	const room = Math.max(1, Math.floor(width));
	return text.split('\n').flatMap(paragraph => wrapParagraph(paragraph, room));
}

function wrapParagraph(paragraph: string, width: number): string[] {
	const words = keepOptionsWithCommand(paragraph.split(' ').filter(word => word !== ''), width);
	if (words.length === 0) return [''];
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const [first = '', ...more] = pieces(word, width);
		const joined = line === '' ? first : `${line} ${first}`;
		if (columns(joined) <= width) {
			line = joined;
		} else {
			lines.push(line);
			line = first;
		}
		// The rest of a word too long for a line: each piece a line of its own, no space put in.
		for (const piece of more) {
			lines.push(line);
			line = piece;
		}
	}
	lines.push(line);
	return lines;
}

/** "demo" and "--reset" as one unbreakable word "demo --reset", when it fits `width`. */
function keepOptionsWithCommand(words: readonly string[], width: number): string[] {
	const out: string[] = [];
	for (const word of words) {
		const before = out.at(-1);
		if (before !== undefined && word.startsWith('--') && !before.startsWith('--') && columns(`${before} ${word}`) <= width) out[out.length - 1] = `${before} ${word}`;
		else out.push(word);
	}
	return out;
}

/** A word as pieces that each fit `width`: whole when it fits, else cut after punctuation near the end of each piece. */
function pieces(word: string, width: number): string[] {
	const chars = [...word];
	if (chars.length <= width) return [word];
	const out: string[] = [];
	let rest = chars;
	while (rest.length > width) {
		const cut = breakAt(rest, width);
		out.push(rest.slice(0, cut).join(''));
		rest = rest.slice(cut);
	}
	if (rest.length > 0) out.push(rest.join(''));
	return out;
}

/**
 * Where to cut a word too long for `width`: after a '/', '-' or '.', or before a '/' (so a URL
 * breaks between host and path), the last such place in the second half of the line; else at the width.
 */
function breakAt(chars: readonly string[], width: number): number {
	for (let at = width; at >= Math.ceil(width / 2); at--) {
		if ('/-.'.includes(chars[at - 1]!) || chars[at] === '/') return at;
	}
	return width;
}

/** The width of a line as the wrap counts it. */
export function columns(line: string): number {
	return [...line].length;
}

/** Items (key hints) joined by `separator` into lines of at most `width` columns, never splitting an item. */
export function wrapItems(items: readonly string[], separator: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const item of items) {
		const joined = line === '' ? item : `${line}${separator}${item}`;
		if (line === '' || columns(joined) <= width) {
			line = joined;
		} else {
			lines.push(line);
			line = item;
		}
	}
	if (line !== '') lines.push(line);
	return lines.flatMap(text => wrapText(text, width));
}
