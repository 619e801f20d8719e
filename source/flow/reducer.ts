import type {WizardAction} from './actions.js';
import {quitByUser} from './cancelled.js';
import {reduceClear} from './clear/reduce.js';
import {reduceCollect} from './collect/reduce.js';
import {reduceConfigure} from './configure/reduce.js';
import {reduceCopy} from './copy/reduce.js';
import {reduceFetch} from './fetch/reduce.js';
import {tokenOf} from './farewell.js';
import {toCollect, toDone} from './moves.js';
import {reduceProfiles} from './profiles/reduce.js';
import {reduceProvider} from './provider/reduce.js';
import {applyPrefill} from './resume.js';
import {baseOf} from './shared/base.js';
import {freshBase} from './shared/fresh-base.js';
import type {WizardState} from './state.js';

function isOver(state: WizardState): boolean {
	return state.step === 'done' || state.step === 'quit';
}

function isBusy(state: WizardState): boolean {
	return state.step === 'fetch' && state.call.status === 'running';
}

/**
 * The whole wizard as one pure function: what any step takes here, the rest by the step's own
 * reducer. An action that does not apply to the current state returns that same state (the same
 * object), so a face may dispatch freely.
 */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'quit': {
			if (isOver(state)) return state;
			// With a token in hand, quitting is finishing: the token is never lost.
			const result = tokenOf(state);
			if (result && (state.step === 'fetch' || state.step === 'copy')) return toDone(state, result, state.step === 'copy' && state.phase === 'added');
			const error = state.step === 'fetch' && state.call.status === 'failed' ? state.call.error : quitByUser();
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
