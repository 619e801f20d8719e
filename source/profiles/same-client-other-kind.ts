import type {ProviderKind} from '../provider-kind.js';
import type {Profile} from './profile.js';
import {sameProfileName} from './profile-name.js';

/**
 * The manual's classic mistake: credentials copied from the provider of the other kind. A saved
 * profile with this Client ID under the other kind is the sign; `except` is the profile being edited.
 */
export function sameClientOtherKind(
	profiles: readonly Profile[],
	clientId: string,
	kind: ProviderKind,
	except?: string,
): Profile | undefined {
	const id = clientId.trim();
	if (id === '') return undefined;
	return profiles.find(
		profile =>
			profile.clientId.trim() === id &&
			profile.kind !== kind &&
			!(except !== undefined && sameProfileName(profile.name, except)),
	);
}
