const bullet = '\u2022';

/** At most this many bullets: a secret of several KB still fits on one line of a narrow screen. */
export const maxBullets = 12;

/** A secret as a dozen bullets whatever its length: neither its characters nor a short length show. */
export function mask(secret: string): string {
	return secret === '' ? '' : bullet.repeat(maxBullets);
}

/**
 * A token as bullets and its last four characters, enough to tell two tokens apart (the profile
 * history keeps the same four). A short token is all bullets: four characters would be most of it.
 */
export function maskToken(token: string): string {
	if (token.length <= 12) return mask(token);
	return bullet.repeat(8) + token.slice(-4);
}
