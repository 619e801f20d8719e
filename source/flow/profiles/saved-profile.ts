import type {Profile} from '../../profiles/profile.js';
import {summarizeProfile} from '../../profiles/profile-summary.js';
import type {SavedProfile} from '../shared/base.js';

/** A stored profile as the flow sees it: its picker line and the values it fills in. */
export function toSavedProfile(profile: Profile): SavedProfile {
	const summary = summarizeProfile(profile);
	return {
		name: profile.name,
		kind: profile.kind,
		clientId: profile.clientId,
		host: summary.host,
		lastIssuedAt: summary.lastIssuedAt,
		lastExpiresAt: summary.lastExpiresAt,
		hasSecret: summary.hasSecret,
		network: profile.network,
		prefill: {
			values: {
				seguraUrl: profile.seguraUrl,
				baseUrl: profile.baseUrl,
				tokenUrl: profile.tokenUrl,
				clientId: profile.clientId,
				...(profile.clientSecret ? {clientSecret: profile.clientSecret} : {}),
			},
			kind: profile.kind,
			config: {tokenName: profile.tokenName, auth: profile.auth, encoding: profile.encoding, scope: profile.scope, params: profile.params},
		},
	};
}

export function toSavedProfiles(profiles: readonly Profile[]): readonly SavedProfile[] {
	return profiles.map(profile => toSavedProfile(profile));
}
