import type {WizardAction} from '../actions.js';
import type {WizardServices} from '../services.js';
import type {ProfilesState} from './state.js';

export type RemoveProfileEffect = Readonly<{type: 'remove-profile'; id: number; name: string}>;

export function removeProfileEffect(state: ProfilesState): RemoveProfileEffect | undefined {
	const {removal} = state;
	return removal.status === 'running' ? {type: 'remove-profile', id: removal.id, name: removal.job.name} : undefined;
}

/** Removes the profile from the store; the answer is the list as it is now. */
export async function runRemoveProfile(effect: RemoveProfileEffect, services: WizardServices): Promise<WizardAction> {
	return {type: 'profiles/removed', id: effect.id, profiles: await services.removeProfile(effect.name)};
}
