import type {PracticeServer} from '../../source/demo/practice-server.js';
import {defaultStoredSettings} from '../../source/model/configure-fields.js';
import type {ProfileInput} from '../../source/profiles/profile.js';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import type {ProviderKind} from '../../source/model/provider-kind.js';

export type ProfileTarget = Pick<ProfileInput, 'name' | 'seguraUrl' | 'baseUrl' | 'tokenUrl' | 'clientId'> &
	Partial<Pick<ProfileInput, 'clientSecret' | 'kind' | 'tokenName'>>;

/**
 * A profile for these endpoints with what the wizard proposes for the rest (internal users, no
 * token name, Basic with RFC encoding, no scope, parameters or network options): the settings
 * the tests are not about stay out of their way. The secret only when given.
 */
export function profileInput(target: ProfileTarget): ProfileInput {
	return {
		name: target.name,
		seguraUrl: target.seguraUrl,
		baseUrl: target.baseUrl,
		tokenUrl: target.tokenUrl,
		clientId: target.clientId,
		...(target.clientSecret === undefined ? {} : {clientSecret: target.clientSecret}),
		kind: target.kind ?? 'internal',
		...defaultStoredSettings,
		tokenName: target.tokenName ?? '',
		network: {},
	};
}

/** A profile for the practice server's provider of `kind`; its secret only when `remember`. */
export function practiceProfile(practice: PracticeServer, name: string, kind: ProviderKind, remember: boolean): ProfileInput {
	const provider = practice.providers.find(item => item.kind === kind)!;
	return profileInput({
		name,
		seguraUrl: practice.seguraUrl,
		baseUrl: provider.baseUrl,
		tokenUrl: provider.tokenUrl,
		clientId: provider.clientId,
		...(remember ? {clientSecret: provider.clientSecret} : {}),
		kind,
	});
}

/** Saves `profiles`, in order, in the store the environment's XDG_CONFIG_HOME points to. */
export async function saveProfiles(env: NodeJS.ProcessEnv, profiles: readonly ProfileInput[]): Promise<void> {
	const {store} = await openProfileStore({env});
	for (const profile of profiles) await store.save(profile);
}
