/**
 * Where the client credentials go. Postman's "Send as Basic Auth header" is the manual's choice;
 * Segura's own curl example sends them in the form body.
 */
export type ClientAuth = 'basic' | 'body';

export const clientAuths: readonly ClientAuth[] = ['basic', 'body'];

/**
 * How the ID and secret are written into the Basic header: RFC 6749 §2.3.1 form-encodes them
 * first (what a certified server expects); Postman sends them raw. They agree for plain
 * alphanumeric values.
 */
export type BasicEncoding = 'rfc' | 'raw';

export const basicEncodings: readonly BasicEncoding[] = ['rfc', 'raw'];

/** Postman's "Client Authentication", with the Basic header's two encodings as separate choices. */
export type ClientAuthChoice = 'basic-rfc' | 'basic-raw' | 'body';

export const clientAuthChoices: readonly ClientAuthChoice[] = ['basic-rfc', 'basic-raw', 'body'];

export function authOf(choice: ClientAuthChoice): Readonly<{auth: ClientAuth; encoding: BasicEncoding}> {
	if (choice === 'body') return {auth: 'body', encoding: 'rfc'};
	return {auth: 'basic', encoding: choice === 'basic-raw' ? 'raw' : 'rfc'};
}

export function choiceOf(auth: ClientAuth, encoding: BasicEncoding = 'rfc'): ClientAuthChoice {
	if (auth === 'body') return 'body';
	return encoding === 'raw' ? 'basic-raw' : 'basic-rfc';
}

/** Keep the Client Secret in the saved profile (plain text, readable only by this user). */
export type RememberChoice = 'no' | 'yes';

export const rememberChoices: readonly RememberChoice[] = ['no', 'yes'];
