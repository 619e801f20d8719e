import type {ProfileInput} from '../profiles/profile.js';
import type {ProviderKind} from '../provider-kind.js';
import {authOf} from './configure-rules.js';
import {parseParams} from './extra-params.js';
import type {ProfileNetwork, WizardState} from './state.js';
import type {BaseOf} from './transitions.js';

/** The network options a request of this run uses: the profile's own, then the command line's. */
export function networkOf(state: Pick<WizardState, 'profiles' | 'profile' | 'network'>): ProfileNetwork {
	const saved = state.profiles.find(profile => profile.name === state.profile?.name);
	return {...saved?.network, ...state.network};
}

/** What step 3 saves: every value of steps 1–3, the secret only when the user chose to keep it. */
export function profileInputOf(state: BaseOf, kind: ProviderKind, name: string): ProfileInput {
	const {values, config} = state;
	return {
		name,
		seguraUrl: values.seguraUrl,
		baseUrl: values.baseUrl,
		tokenUrl: values.tokenUrl,
		clientId: values.clientId,
		kind,
		tokenName: config.tokenName.trim(),
		...authOf(config.auth),
		scope: config.scope.trim(),
		params: parseParams(config.params).params,
		network: networkOf(state),
		...(config.rememberSecret === 'yes' ? {clientSecret: values.clientSecret} : {}),
	};
}
