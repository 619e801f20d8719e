import {hasErrors} from '../../model/issues.js';
import {collectFields} from '../../model/steps.js';
import type {WizardAction} from '../actions.js';
import {toCollect, toProfiles, toProvider} from '../moves.js';
import {resume} from '../resume.js';
import {checkField, proposalFor, type Credentials} from '../rules/check-field.js';
import type {WizardState} from '../state.js';
import {practiceOf} from '../shared/base.js';
import type {CollectState} from './state.js';

/**
 * Puts `value` into the current field. A changed Segura URL changes the proposals: a Base or
 * Token URL that was the old proposal goes back to empty, so the new proposal shows instead of a
 * stale host; one the user typed stays.
 */
export function commit(state: CollectState, value: string): Credentials {
	const before = state.values;
	const after = {...before, [state.field]: value};
	if (before.seguraUrl === after.seguraUrl) return after;
	for (const field of ['baseUrl', 'tokenUrl'] as const) {
		if (after[field] !== '' && after[field] === proposalFor(field, before, practiceOf(state))) after[field] = '';
	}
	return after;
}

function submit(state: CollectState): WizardState {
	const check = checkField(state.field, state.draft, state.values, practiceOf(state));
	if (hasErrors(check.issues)) return {...state, tried: true};
	const moved = {...state, values: commit(state, check.value)};
	const next = collectFields[collectFields.indexOf(state.field) + 1];
	// A field that already holds a value (walking through again to fix one) arrives selected: typing replaces it.
	if (next) return toCollect(moved, next, {select: true});
	// A profile in use already has steps 2 and 3: after its missing secret, on to Clear.
	return state.profile?.mode === 'use' ? resume(moved) : toProvider(moved);
}

/** Esc: the previous field, what is half typed kept (and checked again there); before the first, the saved profiles. */
function back(state: CollectState): WizardState {
	const previous = collectFields[collectFields.indexOf(state.field) - 1];
	if (previous) return toCollect({...state, values: commit(state, state.draft)}, previous, {select: true});
	if (state.profiles.length === 0) return state;
	const index = state.profiles.findIndex(profile => profile.name === state.profile?.name);
	return toProfiles(state, index >= 0 ? index : 0);
}

export function reduceCollect(state: CollectState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'back':
			return back(state);
		case 'collect/input':
			return {...state, draft: action.value, isSelected: false};
		case 'collect/keep':
			return state.isSelected ? {...state, isSelected: false} : state;
		case 'collect/submit':
			return submit(state);
		case 'collect/toggle-reveal':
			return {...state, isSecretRevealed: !state.isSecretRevealed};
		default:
			return state;
	}
}
