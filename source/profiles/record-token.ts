import type {TokenResult} from '../oauth/types.js';
import {makeTokenRecord, type IssuedWith} from './profile.js';
import type {ProfileStore} from './profile-store.js';

/**
 * Keeps what may be kept of a token just issued with a profile: the time, its name, its expiry,
 * its last four characters and the URLs it was issued with, never the token. A failure to write
 * it must not cost the user the token they just got, so it is never thrown.
 */
export async function recordIssuedToken(store: ProfileStore, profile: string, tokenName: string, result: TokenResult, issuedAt: Date, issuedWith?: IssuedWith): Promise<void> {
	await store.recordToken(profile, makeTokenRecord(result.accessToken, tokenName, issuedAt, result.expiresAt, issuedWith)).catch(() => undefined);
}
