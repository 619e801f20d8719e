import type {WizardAction} from '../actions.js';
import {toCollect, toFetching} from '../moves.js';
import {resume} from '../resume.js';
import {baseOf, type Base, type SavedProfile} from '../shared/base.js';
import {freshBase} from '../shared/fresh-base.js';
import {configOf} from '../shared/prefill.js';
import {movedToPractice} from '../shared/profile-notes.js';
import {answerWork, idle, startWork} from '../shared/work.js';
import type {WizardState} from '../state.js';
import type {ProfilesState} from './state.js';

/**
 * The saved profile's values in place, with its name ready to update it on step 3. In `demo`, a
 * profile saved against the practice server where it listened before takes its present address
 * (Fetch says so, and s saves it to the profile once a token comes).
 */
function withProfile(state: ProfilesState, saved: SavedProfile, mode: 'use' | 'edit'): Base {
	return {
		...freshBase(baseOf(state)),
		values: movedToPractice(saved, state.demo),
		kind: saved.prefill.kind,
		config: {...configOf(saved.prefill), profileName: saved.name, rememberSecret: saved.hasSecret ? 'yes' : 'no'},
		profile: {name: saved.name, mode},
	};
}

/**
 * "Use": with everything in place (a remembered secret), straight to the request — steps 1–4
 * shown done; otherwise to the first thing missing, such as the secret.
 */
export function startWithProfile(state: ProfilesState, at: number): WizardState {
	const saved = state.profiles[state.highlight];
	if (!saved) return toCollect(freshBase(baseOf(state)), 'seguraUrl');
	const landed = resume(withProfile(state, saved, 'use'));
	return landed.step === 'clear' ? toFetching(landed, landed.kind, at) : landed;
}

export function reduceProfiles(state: ProfilesState, action: WizardAction): WizardState {
	const {removal} = state;
	const isFree = removal.status === 'idle' || removal.status === 'failed' || removal.status === 'done';
	const saved = state.profiles[state.highlight];
	switch (action.type) {
		case 'back':
			// Esc takes back a pending "remove?" question; the picker itself is the first screen.
			return removal.status === 'confirming' || removal.status === 'failed' ? {...state, removal: idle} : state;
		case 'profiles/highlight':
			return isFree ? {...state, highlight: Math.max(0, Math.min(action.index, state.profiles.length)), removal: idle} : state;
		case 'profiles/use':
			return isFree ? startWithProfile(state, action.at) : state;
		case 'profiles/edit':
			return saved && removal.status !== 'running' ? toCollect(withProfile(state, saved, 'edit'), 'seguraUrl') : state;
		case 'profiles/remove':
			return saved && removal.status !== 'running' ? {...state, removal: {status: 'confirming', name: saved.name}} : state;
		case 'profiles/confirm-remove': {
			if (removal.status !== 'confirming') return state;
			const {seq, work} = startWork(state.seq, {name: removal.name});
			return {...state, seq, removal: work};
		}
		case 'profiles/removed':
		case 'profiles/remove-failed': {
			if (removal.status === 'confirming') return state;
			const answered = answerWork(removal, action.type === 'profiles/removed' ? {id: action.id, result: action.profiles} : action);
			if (answered === removal) return state;
			if (answered.status !== 'done') return {...state, removal: answered};
			const profiles = answered.result;
			return {...state, profiles, highlight: Math.min(state.highlight, profiles.length), removal: idle};
		}
		default:
			return state;
	}
}
