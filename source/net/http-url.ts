import {ConfigError} from '../errors/app-error.js';
import {netText} from '../i18n/text.js';
import {withoutUserInfo} from '../url/user-info.js';

/** An absolute http:// or https:// URL, or a ConfigError that shows what was given (less any password). */
export function parseHttpUrl(text: string): URL {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch (error) {
		throw new ConfigError(netText.invalidUrl(withoutUserInfo(text)), {cause: error, reason: 'invalid_url'});
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new ConfigError(netText.invalidUrl(withoutUserInfo(text)), {reason: 'invalid_url'});
	}
	return url;
}
