import type {Lang} from '../../i18n/lang.js';
import {formatDuration, formatExpiry, type TimeOptions} from '../../i18n/time.js';
import {wizardTextFor} from '../../i18n/text.js';
import type {TokenResult} from '../../oauth/types.js';
import {fateLine} from '../shared/fate.js';
import type {ViewLine} from '../shared/line.js';
import type {CopyState} from './state.js';

export type AddedView = Readonly<{title: string; where: string; expiry: string}>;

/** Postman's "Token added", with where the token goes in Okta and until when it works. */
export function addedView(result: TokenResult, lang: Lang, options: TimeOptions = {}): AddedView {
	const text = wizardTextFor(lang);
	const {expiresAt, expiresIn} = result;
	const expiry = expiresAt ? text.expires(formatExpiry(expiresAt, lang, options), expiresIn === undefined ? undefined : formatDuration(expiresIn)) : text.noExpiry;
	return {title: text.addedTitle, where: text.addedWhere, expiry};
}

/**
 * The title of the "Token added" screen: none while Use token is still copying; "Token added"
 * once the token reached a clipboard or a file; otherwise that it was not copied, and how to take
 * it, rather than a confirmation of something that did not happen.
 */
export function addedTitle(state: CopyState, lang: Lang = state.lang): ViewLine | undefined {
	if (state.output.status === 'running') return undefined;
	const {fate} = state;
	const hasGone = (fate.copied?.used.length ?? 0) > 0 || fate.written !== undefined;
	return hasGone ? {tone: 'success', text: wizardTextFor(lang).addedTitle} : fateLine(fate, true, lang);
}
