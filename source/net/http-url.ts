import {ConfigError} from '../errors.js';
import {netText} from '../i18n/net.js';

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

/** "https://user:pass@host/x" as "https://host/x": a URL in a message must not show a password. */
export function withoutUserInfo(text: string): string {
	return text.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/?#]*@/i, '$1');
}
