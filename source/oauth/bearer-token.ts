/**
 * RFC 6750 §2.1's b64token: the characters a Bearer token may hold (letters, digits and
 * `-._~+/`, then `=` padding; a JWT's dots are among them). Anything else — a space, a line
 * break, a control character, a non-ASCII letter — cannot travel in an Authorization header as
 * Okta sends it, and must never be shown, copied or written as if it were a token.
 */
const b64token = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Longer than any real access token (a large JWT is a few KiB): a bigger one is not a token. */
export const maxTokenLength = 16 * 1024;

export type TokenProblem = 'empty' | 'too-long' | 'characters';

/** What is wrong with `token` as a Bearer token, or undefined when it is one. */
export function bearerTokenProblem(token: string): TokenProblem | undefined {
	if (token === '') return 'empty';
	if (token.length > maxTokenLength) return 'too-long';
	return b64token.test(token) ? undefined : 'characters';
}
