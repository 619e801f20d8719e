import type {Lang} from '../../i18n/lang.js';
import {formatClock, formatDuration, type TimeOptions} from '../../i18n/time.js';
import {wizardTextFor} from '../../i18n/wizard.js';
import type {TokenResult} from '../../oauth/types.js';
import type {ViewLine} from '../shared/line.js';

export type AddedView = Readonly<{title: string; where: string; expiry: string}>;

/** Postman's "Token added", with where the token goes in Okta and until when it works. */
export function addedView(result: TokenResult, lang: Lang, options: TimeOptions = {}): AddedView {
	const text = wizardTextFor(lang);
	const {expiresAt, expiresIn} = result;
	const expiry = expiresAt ? text.expires(formatClock(expiresAt, lang, options), expiresIn === undefined ? undefined : formatDuration(expiresIn)) : text.noExpiry;
	return {title: text.addedTitle, where: text.addedWhere, expiry};
}

/**
 * What stays in the scrollback when the wizard ends with a token: the token alone on its line
 * (so a triple-click selects it), then "Token added", where to paste it and until when it works.
 */
export function farewellLines(result: TokenResult, lang: Lang, options: TimeOptions = {}): readonly ViewLine[] {
	const view = addedView(result, lang, options);
	return [
		{tone: 'plain', text: result.accessToken},
		{tone: 'success', text: view.title},
		{tone: 'plain', text: view.where},
		{tone: 'plain', text: view.expiry},
	];
}
