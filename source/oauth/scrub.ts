import {basicAuthorization, formEncode} from './form-encoding.js';

const mask = '••••';

/**
 * A function that masks the client secret, in every form it was sent, in text that came back
 * from the server: a server that echoes the request must not make the tool print the secret.
 */
export function secretScrubber(clientId: string, clientSecret: string): (text: string) => string {
	if (!clientSecret) return text => text;
	const forms = new Set([
		clientSecret,
		formEncode(clientSecret),
		encodeURIComponent(clientSecret),
		...(['rfc', 'raw'] as const).map(encoding => basicAuthorization(clientId, clientSecret, encoding).slice('Basic '.length)),
	]);
	// Longest first, so a form that contains another is masked whole.
	const ordered = [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
	return text => {
		let result = text;
		for (const form of ordered) result = result.split(form).join(mask);
		return result;
	};
}
