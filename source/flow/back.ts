import {cancelledRequest} from './cancelled.js';
import type {WizardState} from './state.js';
import {commit} from './reduce-collect.js';
import {collectFields} from './steps.js';
import {baseOf, toClear, toCollect, toConfigure, toProvider} from './transitions.js';

/**
 * Esc / Shift+Tab: the previous field or step, keeping everything typed. While the request runs
 * it cancels it instead (shown as a failure, so retry and edit stay one key away).
 */
export function goBack(state: WizardState): WizardState {
	switch (state.step) {
		case 'collect': {
			const previous = collectFields[collectFields.indexOf(state.field) - 1];
			// The first field has nothing before it yet; the profiles picker will come here.
			// What is half typed is kept as it is, checked again when the user comes back to it.
			return previous ? toCollect({...state, values: commit(state, state.draft)}, previous) : state;
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
