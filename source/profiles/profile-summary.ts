import type {ProviderKind} from '../model/provider-kind.js';
import {urlHost} from '../url/url-host.js';
import {hasRememberedSecret, isTokenValid, lastToken, withoutSecret, type Profile, type TokenRecord} from './profile.js';

/** One line of the profile picker and of `profiles list`. */
export type ProfileSummary = Readonly<{
	name: string;
	kind: ProviderKind;
	/** Host (and port) of the Token URL. */
	host: string;
	lastIssuedAt: Date | undefined;
	/** undefined: no token yet, or its expiry is unknown. */
	lastExpiresAt: Date | undefined;
	hasSecret: boolean;
}>;

export function summarizeProfile(profile: Profile): ProfileSummary {
	const last = lastToken(profile);
	return {
		name: profile.name,
		kind: profile.kind,
		host: urlHost(profile.tokenUrl),
		lastIssuedAt: last ? new Date(last.issuedAt) : undefined,
		lastExpiresAt: last?.expiresAt === undefined ? undefined : new Date(last.expiresAt),
		hasSecret: hasRememberedSecret(profile),
	};
}


/** The JSON face of a profile (`profiles list --json`, `show --json`): no secret, ever. */
export type PublicProfile = Omit<Profile, 'clientSecret'> & {
	host: string;
	clientSecretRemembered: boolean;
	lastToken: TokenRecord | null;
	lastTokenValid: boolean | null;
};

export function publicProfile(profile: Profile, now: Date): PublicProfile {
	const last = lastToken(profile);
	return {
		...withoutSecret(profile),
		host: urlHost(profile.tokenUrl),
		clientSecretRemembered: hasRememberedSecret(profile),
		lastToken: last ?? null,
		lastTokenValid: isTokenValid(last, now) ?? null,
	};
}
