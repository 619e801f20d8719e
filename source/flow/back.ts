import {cancelledRequest} from './cancelled.js';
import type {WizardState} from './state.js';
import {commit} from './reduce-collect.js';
import {collectFields} from './steps.js';
import {baseOf, toClear, toCollect, toConfigure, toProfiles, toProvider} from './transitions.js';

/**
 * Esc / Shift+Tab: the previous field or step, keeping everything typed. While the request runs
 * it cancels it instead (shown as a failure, so retry and edit stay one key away).
 */
export function goBack(state: WizardState): WizardState {
	switch (state.step) {
		case 'collect': {
			const previous = collectFields[collectFields.indexOf(state.field) - 1];
			// What is half typed is kept as it is, checked again when the user comes back to it.
			if (previous) return toCollect({...state, values: commit(state, state.draft)}, previous);
			// Before the first field: the saved profiles, with the one in use highlighted.
			if (state.profiles.length === 0) return state;
			const index = state.profiles.findIndex(profile => profile.name === state.profile?.name);
			return toProfiles(state, index >= 0 ? index : 0);
		}
		case 'profiles': {
			// Esc takes back a pending "remove?" question; the picker itself is the first screen.
			return state.removal.status === 'confirming' || state.removal.status === 'failed' ? {...state, removal: {status: 'none'}} : state;
		}
		case 'provider':
			return toCollect(state, 'clientSecret');
		case 'configure':
			return toProvider(state);
		case 'clear':
			return toConfigure(state, state.kind);
		case 'fetch':
			if (state.phase === 'fetching') {
				const {kind, request, tokenName} = state;
				return {...baseOf(state), kind, request, tokenName, step: 'fetch', phase: 'failed', error: cancelledRequest()};
			}
			return toClear(state, state.kind);
		case 'copy': {
			if (state.phase === 'added') return {...state, phase: 'shown'};
			const {kind, request, tokenName, result} = state;
			return {...baseOf(state), kind, request, tokenName, step: 'fetch', phase: 'fetched', result};
		}
		case 'done':
		case 'quit':
			return state;
	}
}
