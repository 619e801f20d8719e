import {authOf} from '../../model/client-auth.js';
import type {ProfileInput} from '../../profiles/profile.js';
import type {WizardAction} from '../actions.js';
import {parseParams} from '../rules/extra-params.js';
import {networkOf} from '../shared/base.js';
import type {WizardServices} from '../services.js';
import type {ClearState} from './state.js';

export type SaveProfileEffect = Readonly<{type: 'save-profile'; id: number; input: ProfileInput}>;

/** What step 3 saves: every value of steps 1–3, the secret only when the user chose to keep it. */
export function profileInputOf(state: ClearState, name: string): ProfileInput {
	const {values, config} = state;
	return {
		name,
		seguraUrl: values.seguraUrl,
		baseUrl: values.baseUrl,
		tokenUrl: values.tokenUrl,
		clientId: values.clientId,
		kind: state.kind,
		tokenName: config.tokenName.trim(),
		...authOf(config.auth),
		scope: config.scope.trim(),
		params: parseParams(config.params).params,
		network: networkOf(state),
		...(config.rememberSecret === 'yes' ? {clientSecret: values.clientSecret} : {}),
	};
}

export function saveProfileEffect(state: ClearState): SaveProfileEffect | undefined {
	const {save} = state;
	return save.status === 'running' ? {type: 'save-profile', id: save.id, input: profileInputOf(state, save.job.name)} : undefined;
}

/** Saves the profile; the answer carries the profiles as they are now, and where they are kept. */
export async function runSaveProfile(effect: SaveProfileEffect, services: WizardServices): Promise<WizardAction> {
	return {type: 'save/done', id: effect.id, ...(await services.saveProfile(effect.input))};
}
