import {ConfigError} from '../errors.js';
import {netText} from '../i18n/net.js';

/** An absolute http:// or https:// URL, or a ConfigError that shows what was given. */
export function parseHttpUrl(text: string): URL {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch (error) {
		throw new ConfigError(netText.invalidUrl(text), {cause: error, reason: 'invalid_url'});
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new ConfigError(netText.invalidUrl(text), {reason: 'invalid_url'});
	}
	return url;
}
