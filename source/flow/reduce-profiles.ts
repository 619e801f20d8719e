import type {WizardAction} from './actions.js';
import {configOf, resume, valuesOf} from './prefill.js';
import type {ProfilesState, SavedProfile, WizardState} from './state.js';
import {toCollect, toFetching, type BaseOf} from './transitions.js';
import {freshBase} from './initial-state.js';

/** The saved profile's values in place, with its name ready to update it on step 3. */
function withProfile(state: ProfilesState, saved: SavedProfile, mode: 'use' | 'edit'): BaseOf {
	return {
		...freshBase(state),
		values: valuesOf(saved.prefill),
		kind: saved.prefill.kind,
		config: {...configOf(saved.prefill), profileName: saved.name, rememberSecret: saved.hasSecret ? 'yes' : 'no'},
		profile: {name: saved.name, mode},
	};
}

/**
 * "Use": with everything in place (a remembered secret), straight to the request — steps 1–4
 * shown done; otherwise to the first thing missing, such as the secret.
 */
export function useProfile(state: ProfilesState, at: number): WizardState {
	const saved = state.profiles[state.highlight];
	if (!saved) return toCollect(freshBase(state), 'seguraUrl');
	const landed = resume(withProfile(state, saved, 'use'));
	return landed.step === 'clear' ? toFetching(landed, landed.kind, at) : landed;
}

export function reduceProfiles(state: ProfilesState, action: WizardAction): WizardState {
	const {removal} = state;
	const saved = state.profiles[state.highlight];
	switch (action.type) {
		case 'profiles/highlight':
			return removal.status === 'none' || removal.status === 'failed'
				? {...state, highlight: Math.max(0, Math.min(action.index, state.profiles.length)), removal: {status: 'none'}}
				: state;
		case 'profiles/use':
			return removal.status === 'none' || removal.status === 'failed' ? useProfile(state, action.at) : state;
		case 'profiles/edit':
			return saved && removal.status !== 'running' ? toCollect(withProfile(state, saved, 'edit'), 'seguraUrl') : state;
		case 'profiles/remove':
			return saved && removal.status !== 'running' ? {...state, removal: {status: 'confirming', name: saved.name}} : state;
		case 'profiles/confirm-remove': {
			if (removal.status !== 'confirming') return state;
			const id = state.seq + 1;
			return {...state, seq: id, removal: {status: 'running', id, name: removal.name}};
		}
		case 'profiles/removed':
			if (removal.status !== 'running' || removal.id !== action.id) return state;
			return {
				...state,
				profiles: action.profiles,
				highlight: Math.min(state.highlight, action.profiles.length),
				removal: {status: 'none'},
			};
		case 'profiles/remove-failed':
			if (removal.status !== 'running' || removal.id !== action.id) return state;
			return {...state, removal: {status: 'failed', error: action.error}};
		default:
			return state;
	}
}
