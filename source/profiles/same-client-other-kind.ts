import type {ProviderKind} from '../model/provider-kind.js';
import {sameProfileName} from './profile-name.js';

type Saved = Readonly<{name: string; clientId: string; kind: ProviderKind}>;

/**
 * The manual's classic mistake: credentials copied from the provider of the other kind. A saved
 * profile with this Client ID under the other kind is the sign; `except` is the profile being edited.
 */
export function sameClientOtherKind<P extends Saved>(profiles: readonly P[], clientId: string, kind: ProviderKind | undefined, except?: string): P | undefined {
	const id = clientId.trim();
	if (id === '' || kind === undefined) return undefined;
	return profiles.find(profile => profile.clientId.trim() === id && profile.kind !== kind && !(except !== undefined && sameProfileName(profile.name, except)));
}
