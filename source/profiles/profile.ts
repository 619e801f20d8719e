import type {StoredSettings} from '../model/configure-fields.js';
import type {ProfileNetwork} from '../model/net-options.js';
import type {ProviderKind} from '../model/provider-kind.js';

/** What is kept of an issued token: enough to recognise it, never enough to use it. */
export type TokenRecord = Readonly<{
	/** ISO 8601. */
	issuedAt: string;
	tokenName: string;
	/** ISO 8601; absent when the server gave no expires_in. */
	expiresAt?: string;
	/** The token's last four characters (empty for a token too short to show any of it). */
	last4: string;
	/**
	 * The Token URL it came from and the Base URL it was for, as this run used them: they may not
	 * be the profile's own (a server that moved, a URL fixed with edit). Absent in older records.
	 */
	tokenUrl?: string;
	baseUrl?: string;
}>;

/** The URLs a token was issued with, for its record. */
export type IssuedWith = Readonly<{tokenUrl: string; baseUrl?: string}>;


/**
 * One Segura IGA provider as the user set it up: the wizard's steps 1–3, ready to run again.
 * Step 3's part (token name, client authentication, scope, parameters…) is what its table keeps.
 */
export type Profile = Readonly<{
	/** Letters, digits, '-', '_', '.'; 1..64; unique case-insensitively. */
	name: string;
	seguraUrl: string;
	baseUrl: string;
	tokenUrl: string;
	clientId: string;
	kind: ProviderKind;
	network: ProfileNetwork;
	/**
	 * A command line whose first line of output is the Client Secret (a password manager, a vault),
	 * run when the secret is needed and there is no remembered one. Not a secret: it travels.
	 */
	clientSecretCommand?: string;
	/** Only when the user chose to remember it: then it sits in plain text in the store's file (mode 0600). */
	clientSecret?: string;
	/** Oldest first, at most `historyLimit` entries. */
	history: readonly TokenRecord[];
}> &
	StoredSettings;

/** A profile's settings: the wizard's steps 1 to 3 and its network options, without the secret or the history. */
export type ProfileSettings = Omit<Profile, 'clientSecret' | 'history'>;

/** What `save` takes: the history belongs to the store (see recordToken) and is kept across saves. */
export type ProfileInput = Omit<Profile, 'history'> & {history?: readonly TokenRecord[]};

export const historyLimit = 20;

/** Shorter tokens show nothing: four characters of a short string give too much of it away. */
const minLengthToShowLast4 = 16;

export function makeTokenRecord(
	accessToken: string,
	tokenName: string,
	issuedAt: Date,
	expiresAt?: Date,
	issuedWith?: IssuedWith,
): TokenRecord {
	const last4 = accessToken.length >= minLengthToShowLast4 ? accessToken.slice(-4) : '';
	const urls = issuedWith ? {tokenUrl: issuedWith.tokenUrl, ...(issuedWith.baseUrl ? {baseUrl: issuedWith.baseUrl} : {})} : {};
	return expiresAt === undefined
		? {issuedAt: issuedAt.toISOString(), tokenName, last4, ...urls}
		: {issuedAt: issuedAt.toISOString(), tokenName, expiresAt: expiresAt.toISOString(), last4, ...urls};
}

export function lastToken(profile: Profile): TokenRecord | undefined {
	return profile.history.at(-1);
}

/** undefined when there is no token or its expiry is unknown. */
export function isTokenValid(record: TokenRecord | undefined, now: Date): boolean | undefined {
	if (record?.expiresAt === undefined) return undefined;
	return Date.parse(record.expiresAt) > now.getTime();
}

export function hasRememberedSecret(profile: Profile): boolean {
	return profile.clientSecret !== undefined && profile.clientSecret !== '';
}

/** The profile as it may be shown or printed: everything but the secret. */
export function withoutSecret(profile: Profile): Omit<Profile, 'clientSecret'> {
	const {clientSecret: _secret, ...rest} = profile;
	return rest;
}
