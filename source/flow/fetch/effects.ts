import type {ProfileNetwork} from '../../model/net-options.js';
import type {TokenRequest} from '../../oauth/types.js';
import type {IssuedWith} from '../../profiles/profile.js';
import type {WizardAction} from '../actions.js';
import {networkOf} from '../shared/base.js';
import type {WizardServices} from '../services.js';
import type {FetchState} from './state.js';

export type FetchEffect = Readonly<{
	type: 'fetch';
	id: number;
	request: TokenRequest;
	network: ProfileNetwork;
	/** The profile whose history records the token (metadata only), if any. */
	profile: string | undefined;
	tokenName: string;
	/** The URLs this run uses, for the record: they may not be the profile's own. */
	issuedWith: IssuedWith;
}>;

export function fetchEffect(state: FetchState): FetchEffect | undefined {
	const {call} = state;
	if (call.status !== 'running') return undefined;
	const issuedWith = {tokenUrl: state.request.tokenUrl, ...(state.values.baseUrl ? {baseUrl: state.values.baseUrl} : {})};
	return {type: 'fetch', id: call.id, request: state.request, network: networkOf(state), profile: state.profile?.name, tokenName: state.tokenName, issuedWith};
}

/** The request, in a clean session; the token's metadata recorded in the profile in use. */
export async function runFetch(effect: FetchEffect, services: WizardServices, signal: AbortSignal): Promise<WizardAction> {
	const result = await services.fetchToken(effect.request, effect.network, signal);
	if (effect.profile) await services.recordToken(effect.profile, effect.tokenName, result, effect.issuedWith);
	return {type: 'fetch/succeeded', id: effect.id, result};
}
