import type {WizardAction} from './actions.js';
import type {CopyState, WizardState} from './state.js';
import {baseOf} from './transitions.js';

export function reduceCopy(state: CopyState, action: WizardAction): WizardState {
	const {output} = state;
	switch (action.type) {
		case 'copy/toggle-reveal':
			return {...state, isRevealed: !state.isRevealed};
		case 'copy/request': {
			if (output.status === 'running') return state;
			const id = state.seq + 1;
			return {...state, seq: id, output: {status: 'running', id, how: action.how}};
		}
		case 'copy/done':
			if (output.status !== 'running' || output.id !== action.id) return state;
			return {...state, output: {status: 'done', how: output.how, method: action.method}};
		case 'copy/failed':
			if (output.status !== 'running' || output.id !== action.id) return state;
			return {...state, output: {status: 'failed', how: output.how, error: action.error}};
		case 'verify/request': {
			if (state.verification.status === 'running') return state;
			const id = state.seq + 1;
			return {...state, seq: id, verification: {status: 'running', id}};
		}
		case 'verify/done':
			return state.verification.status === 'running' && state.verification.id === action.id
				? {...state, verification: {status: 'done', totalResults: action.totalResults}}
				: state;
		case 'verify/failed':
			return state.verification.status === 'running' && state.verification.id === action.id
				? {...state, verification: {status: 'failed', error: action.error}}
				: state;
		case 'copy/use':
			return state.phase === 'shown' ? {...state, phase: 'added'} : state;
		case 'copy/finish':
			if (state.phase !== 'added') return state;
			return {
				...baseOf(state),
				kind: state.kind,
				request: state.request,
				tokenName: state.tokenName,
				step: 'done',
				result: state.result,
			};
		default:
			return state;
	}
}
