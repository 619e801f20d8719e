import {secretMasker} from '../text/secret-masker.js';
import {basicAuthorization, formEncode} from './form-encoding.js';

/**
 * A function that masks the client secret, in every form it was sent, in text that came back
 * from the server: a server that echoes the request must not make the tool print the secret.
 */
export function secretScrubber(clientId: string, clientSecret: string): (text: string) => string {
	if (!clientSecret) return text => text;
	return secretMasker([
		clientSecret,
		formEncode(clientSecret),
		encodeURIComponent(clientSecret),
		...(['rfc', 'raw'] as const).map(encoding => basicAuthorization(clientId, clientSecret, encoding).slice('Basic '.length)),
	]);
}
