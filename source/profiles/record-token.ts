import type {TokenResult} from '../oauth/types.js';
import {makeTokenRecord} from './profile.js';
import type {ProfileStore} from './profile-store.js';

/**
 * Keeps what may be kept of a token just issued with a profile: the time, its name, its expiry and
 * its last four characters, never the token. A failure to write it must not cost the user the
 * token they just got, so it is never thrown.
 */
export async function recordIssuedToken(store: ProfileStore, profile: string, tokenName: string, result: TokenResult, issuedAt: Date): Promise<void> {
	await store.recordToken(profile, makeTokenRecord(result.accessToken, tokenName, issuedAt, result.expiresAt)).catch(() => undefined);
}
