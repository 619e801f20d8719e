import {secretMasker} from '../text/secret-masker.js';

/**
 * A function that masks the token in text that came back from the server: a server that echoes
 * the Authorization header (or any part of a JWT) must not make the tool print the token.
 */
export function tokenScrubber(token: string): (text: string) => string {
	if (!token) return text => text;
	return secretMasker([token, encodeURIComponent(token)]);
}
