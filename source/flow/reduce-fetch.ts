import type {WizardAction} from './actions.js';
import type {FetchState, WizardState} from './state.js';
import {stepAtFault} from './step-at-fault.js';
import {baseOf, toCollect, toConfigure, toFetching} from './transitions.js';

function settled(state: FetchState) {
	return {...baseOf(state), kind: state.kind, request: state.request, tokenName: state.tokenName};
}

export function reduceFetch(state: FetchState, action: WizardAction): WizardState {
	switch (state.phase) {
		case 'fetching':
			if (action.type === 'fetch/succeeded' && action.id === state.id) {
				return {...settled(state), step: 'fetch', phase: 'fetched', result: action.result};
			}
			if (action.type === 'fetch/failed' && action.id === state.id) {
				return {...settled(state), step: 'fetch', phase: 'failed', error: action.error};
			}
			return state;
		case 'fetched':
			if (action.type !== 'fetch/proceed') return state;
			return {
				...settled(state),
				step: 'copy',
				result: state.result,
				isRevealed: false,
				output: {status: 'idle'},
				verification: {status: 'idle'},
				file: {status: 'idle'},
				phase: 'shown',
			};
		case 'failed': {
			if (action.type === 'fetch/retry') return toFetching(state, state.kind, action.at);
			if (action.type !== 'fetch/edit') return state;
			const target = stepAtFault(state.error);
			return target.step === 'collect'
				? toCollect(state, target.field)
				: toConfigure(state, state.kind, target.field);
		}
	}
}
