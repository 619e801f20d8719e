import type {WizardAction} from './actions.js';
import {goBack} from './back.js';
import {quitByUser} from './cancelled.js';
import {freshBase} from './initial-state.js';
import {applyPrefill} from './prefill.js';
import {reduceCollect} from './reduce-collect.js';
import {reduceCopy} from './reduce-copy.js';
import {reduceProfiles} from './reduce-profiles.js';
import {reduceFetch} from './reduce-fetch.js';
import {reduceClear, reduceConfigure, reduceProvider} from './reduce-setup.js';
import type {WizardState} from './state.js';
import {baseOf, toCollect} from './transitions.js';

function isOver(state: WizardState): boolean {
	return state.step === 'done' || state.step === 'quit';
}

function isBusy(state: WizardState): boolean {
	return state.step === 'fetch' && state.phase === 'fetching';
}

/**
 * The whole wizard as one pure function. An action that does not apply to the current state
 * returns that same state (the same object), so a face may dispatch freely.
 */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'back':
			return goBack(state);
		case 'quit': {
			if (isOver(state)) return state;
			const error = state.step === 'fetch' && state.phase === 'failed' ? state.error : quitByUser();
			return {...baseOf(state), step: 'quit', error};
		}
		case 'prefill':
			return isOver(state) || isBusy(state) ? state : applyPrefill(baseOf(state), action.prefill);
		case 'start-fresh':
			return isOver(state) || isBusy(state) ? state : toCollect(freshBase(baseOf(state)), 'seguraUrl');
		default:
			break;
	}
	switch (state.step) {
		case 'profiles':
			return reduceProfiles(state, action);
		case 'collect':
			return reduceCollect(state, action);
		case 'provider':
			return reduceProvider(state, action);
		case 'configure':
			return reduceConfigure(state, action);
		case 'clear':
			return reduceClear(state, action);
		case 'fetch':
			return reduceFetch(state, action);
		case 'copy':
			return reduceCopy(state, action);
		case 'done':
		case 'quit':
			return state;
	}
}
