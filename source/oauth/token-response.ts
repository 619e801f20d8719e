import {jwtClaims} from './jwt-claims.js';
import type {TokenResult} from './types.js';

/**
 * A token answer as the app shows it. `body` has a non-empty string access_token (checked by
 * successShapeError). The expiry counts from `start`, when the request was sent, so a slow
 * answer errs on the early side.
 */
export function tokenResult(body: Readonly<Record<string, unknown>>, start: Date): TokenResult {
	const accessToken = body.access_token as string;
	const expiresIn = seconds(body.expires_in);
	const claims = jwtClaims(accessToken);
	return {
		accessToken,
		// Kept as written: Segura may say `bearer`; compare with isBearer.
		tokenType: typeof body.token_type === 'string' ? body.token_type : '',
		...(expiresIn === undefined ? {} : {expiresIn, expiresAt: new Date(start.getTime() + expiresIn * 1000)}),
		...(typeof body.scope === 'string' && body.scope !== '' ? {scope: body.scope} : {}),
		...(claims ? {claims} : {}),
	};
}

/** RFC 6750 says the type is case-insensitive: `Bearer` and `bearer` are the same. */
export function isBearer(tokenType: string): boolean {
	return tokenType.toLowerCase() === 'bearer';
}

// Some servers send expires_in as a string; anything else that is not a count is ignored.
function seconds(value: unknown): number | undefined {
	const number = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined;
}
