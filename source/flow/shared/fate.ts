import type {CopyResult} from '../../clipboard/copy-result.js';
import type {Lang} from '../../i18n/lang.js';
import {extraTextFor, type CopyPlace} from '../../i18n/text.js';
import {displayLine} from '../../text/display.js';
import type {ViewLine} from './line.js';

/**
 * What became of the token of this run, whatever step it is at: the last copy that reached
 * something, the last file it was written to, whether it was printed. The wizard's closing words
 * say it, so the ending never claims a copy that did not happen.
 */
export type TokenFate = Readonly<{copied: CopyResult | undefined; written: string | undefined; printed: boolean}>;

export const noFate: TokenFate = {copied: undefined, written: undefined, printed: false};

/** Where a copy went, in the order a sentence names them: confirmed places first. */
function placesOf(result: CopyResult): CopyPlace[] {
	const ways = new Set(result.used.map(used => used.way));
	const places: CopyPlace[] = [];
	if (ways.has('tmux-buffer')) places.push('tmux');
	if (ways.has('system')) places.push('system');
	if (ways.has('osc52') || ways.has('osc52-tmux') || ways.has('osc52-screen')) places.push('terminal');
	return places;
}

/**
 * The closing words about the token: copied to where, written to which file, or not copied and
 * how to take it from the line above. "Token added" only after Use token, and only when the
 * token went somewhere.
 */
export function fateLine(fate: TokenFate, isAdded: boolean, lang: Lang): ViewLine {
	const text = extraTextFor(lang).fate;
	const places = fate.copied ? placesOf(fate.copied) : [];
	if (places.length > 0) return {tone: 'success', text: text.copied(places.map(place => text.places[place]), isAdded)};
	if (fate.written !== undefined) return {tone: 'success', text: text.written(displayLine(fate.written), isAdded)};
	return {tone: 'warning', text: text.notCopied};
}
