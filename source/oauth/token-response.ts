import {displayLine} from '../text/display.js';
import {jwtClaims} from './jwt-claims.js';
import type {TokenResult} from './types.js';

/** Ten years: no token lives longer, and a larger count would overflow a date. */
export const maxLifetimeSeconds = 10 * 365 * 24 * 3600;

/**
 * A token answer as the app shows it. `body.access_token` is a string already checked to be a
 * Bearer token (bearerTokenProblem). The expiry counts from `start`, when the request was sent,
 * so a slow answer errs on the early side. What the server wrote for the type and the scope is
 * kept as one display-safe line; an expires_in that is not a usable count of seconds makes the
 * lifetime unknown, and `unusableExpiresIn` says what it was.
 */
export function tokenResult(body: Readonly<Record<string, unknown>>, start: Date): TokenResult {
	const accessToken = body.access_token as string;
	const expiresIn = seconds(body.expires_in);
	const claims = jwtClaims(accessToken);
	const scope = typeof body.scope === 'string' ? displayLine(body.scope, 500) : '';
	return {
		accessToken,
		// Kept as written: Segura may say `bearer`; compare with isBearer.
		tokenType: typeof body.token_type === 'string' ? displayLine(body.token_type, 40) : '',
		...(expiresIn === undefined ? {} : {expiresIn, expiresAt: new Date(start.getTime() + expiresIn * 1000)}),
		...(expiresIn === undefined && body.expires_in !== undefined && body.expires_in !== null
			? {unusableExpiresIn: displayLine(typeof body.expires_in === 'string' ? body.expires_in : JSON.stringify(body.expires_in) ?? '', 40)}
			: {}),
		...(scope === '' ? {} : {scope}),
		...(claims ? {claims} : {}),
	};
}

/** RFC 6750 says the type is case-insensitive: `Bearer` and `bearer` are the same. */
export function isBearer(tokenType: string): boolean {
	return tokenType.toLowerCase() === 'bearer';
}

// Some servers send expires_in as a string of digits; anything else that is not a count of
// seconds from 1 to maxLifetimeSeconds (1e20, a negative number, an object) is unusable.
function seconds(value: unknown): number | undefined {
	const number = typeof value === 'string' && /^\s*\d{1,12}(\.\d+)?\s*$/.test(value) ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) && number > 0 && number <= maxLifetimeSeconds ? number : undefined;
}
