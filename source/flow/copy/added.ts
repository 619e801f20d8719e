import type {Lang} from '../../i18n/lang.js';
import {formatDuration, formatExpiry, type TimeOptions} from '../../i18n/time.js';
import {wizardTextFor} from '../../i18n/wizard.js';
import type {TokenResult} from '../../oauth/types.js';

export type AddedView = Readonly<{title: string; where: string; expiry: string}>;

/** Postman's "Token added", with where the token goes in Okta and until when it works. */
export function addedView(result: TokenResult, lang: Lang, options: TimeOptions = {}): AddedView {
	const text = wizardTextFor(lang);
	const {expiresAt, expiresIn} = result;
	const expiry = expiresAt ? text.expires(formatExpiry(expiresAt, lang, options), expiresIn === undefined ? undefined : formatDuration(expiresIn)) : text.noExpiry;
	return {title: text.addedTitle, where: text.addedWhere, expiry};
}

