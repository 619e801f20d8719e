import type {ProfileInput} from '../profiles/profile.js';
import type {TokenRequest} from '../oauth/types.js';
import {networkOf, profileInputOf} from './profile-input.js';
import type {CopyHow, ProfileNetwork, WizardState} from './state.js';

/**
 * The work the current state waits for, which the face runs and answers with an action carrying
 * the same id ('fetch/succeeded' | 'fetch/failed', 'copy/done' | 'copy/failed', 'save/done' |
 * 'save/failed', 'profiles/removed' | 'profiles/remove-failed'). When the effect disappears (Esc
 * while fetching), the face aborts it; an answer that comes anyway is ignored.
 */
export type PendingEffect =
	| Readonly<{
			type: 'fetch';
			id: number;
			request: TokenRequest;
			network: ProfileNetwork;
			/** The profile whose history records the token (metadata only), if any. */
			profile: string | undefined;
			tokenName: string;
	  }>
	| Readonly<{type: 'copy'; id: number; how: CopyHow; token: string}>
	| Readonly<{type: 'verify'; id: number; baseUrl: string; token: string; network: ProfileNetwork}>
	| Readonly<{type: 'write-file'; id: number; path: string; token: string; overwrite: boolean}>
	| Readonly<{type: 'save-profile'; id: number; input: ProfileInput}>
	| Readonly<{type: 'remove-profile'; id: number; name: string}>;

export function pendingEffect(state: WizardState): PendingEffect | undefined {
	switch (state.step) {
		case 'fetch':
			return state.phase === 'fetching'
				? {type: 'fetch', id: state.id, request: state.request, network: networkOf(state), profile: state.profile?.name, tokenName: state.tokenName}
				: undefined;
		case 'copy':
			if (state.output.status === 'running') return {type: 'copy', id: state.output.id, how: state.output.how, token: state.result.accessToken};
			if (state.file.status === 'running') {
				return {type: 'write-file', id: state.file.id, path: state.file.path, token: state.result.accessToken, overwrite: state.file.overwrite};
			}
			return state.verification.status === 'running'
				? {type: 'verify', id: state.verification.id, baseUrl: state.values.baseUrl, token: state.result.accessToken, network: networkOf(state)}
				: undefined;
		case 'clear':
			return state.save.status === 'running'
				? {type: 'save-profile', id: state.save.id, input: profileInputOf(state, state.kind, state.save.name)}
				: undefined;
		case 'profiles':
			return state.removal.status === 'running' ? {type: 'remove-profile', id: state.removal.id, name: state.removal.name} : undefined;
		default:
			return undefined;
	}
}
