import type {WizardAction} from './actions.js';
import {checkField, proposalFor, type Credentials} from './check-field.js';
import {hasErrors} from './issues.js';
import type {CollectState, WizardState} from './state.js';
import {collectFields} from './steps.js';
import {resume} from './prefill.js';
import {toCollect, toProvider} from './transitions.js';

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
		if (after[field] !== '' && after[field] === proposalFor(field, before)) after[field] = '';
	}
	return after;
}

function submit(state: CollectState): WizardState {
	const check = checkField(state.field, state.draft, state.values);
	if (hasErrors(check.issues)) return {...state, tried: true};
	const moved = {...state, values: commit(state, check.value)};
	const next = collectFields[collectFields.indexOf(state.field) + 1];
	if (next) return toCollect(moved, next);
	// A profile in use already has steps 2 and 3: after its missing secret, on to Clear.
	return state.profile?.mode === 'use' ? resume(moved) : toProvider(moved);
}

export function reduceCollect(state: CollectState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'collect/input':
			return {...state, draft: action.value};
		case 'collect/submit':
			return submit(state);
		case 'collect/toggle-reveal':
			return {...state, isSecretRevealed: !state.isSecretRevealed};
		default:
			return state;
	}
}
