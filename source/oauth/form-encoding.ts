import type {BasicEncoding} from '../model/client-auth.js';
import {formEncode} from '../text/secret-masker.js';

/** The value of the Authorization header for `encoding`. */
export function basicAuthorization(clientId: string, clientSecret: string, encoding: BasicEncoding): string {
	const pair = encoding === 'rfc' ? `${formEncode(clientId)}:${formEncode(clientSecret)}` : `${clientId}:${clientSecret}`;
	return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

/** Whether the two Basic encodings send different bytes, so trying the other one can help. */
export function encodingsDiffer(clientId: string, clientSecret: string): boolean {
	return formEncode(clientId) !== clientId || formEncode(clientSecret) !== clientSecret;
}

export function otherEncoding(encoding: BasicEncoding): BasicEncoding {
	return encoding === 'rfc' ? 'raw' : 'rfc';
}
