import type {WizardAction} from '../actions.js';
import {baseOf} from '../shared/base.js';
import {answerWork, startWork, type Work, type WorkAnswer} from '../shared/work.js';
import type {WizardState} from '../state.js';
import {reduceFile} from './reduce-file.js';
import type {CopyState} from './state.js';

/** `state` with its `key` work answered; the same state when the answer is late. */
function answered<K extends 'output' | 'verification', Result>(state: CopyState, key: K, answer: WorkAnswer<Result>): CopyState {
	const work = state[key] as Work<unknown, Result>;
	const next = answerWork(work, answer);
	return next === work ? state : {...state, [key]: next};
}

export function reduceCopy(state: CopyState, action: WizardAction): WizardState {
	const {output, verification} = state;
	switch (action.type) {
		case 'back': {
			if (state.phase === 'added') return {...state, phase: 'shown'};
			const {kind, request, tokenName, result} = state;
			return {...baseOf(state), kind, request, tokenName, step: 'fetch', call: {status: 'done', job: {startedAt: 0}, result}};
		}
		case 'copy/toggle-reveal':
			return {...state, isRevealed: !state.isRevealed};
		case 'copy/request': {
			if (output.status === 'running') return state;
			const {seq, work} = startWork(state.seq, {how: action.how});
			return {...state, seq, output: work};
		}
		case 'copy/done':
		case 'copy/failed':
			return answered(state, 'output', action);
		case 'verify/request': {
			if (verification.status === 'running') return state;
			const {seq, work} = startWork(state.seq, {url: `${state.values.baseUrl.replace(/\/+$/, '')}/Users`});
			return {...state, seq, verification: work};
		}
		case 'verify/done':
			return answered(state, 'verification', {id: action.id, result: {totalResults: action.totalResults}});
		case 'verify/failed':
			return answered(state, 'verification', action);
		case 'file/ask':
		case 'file/input':
		case 'file/submit':
		case 'file/confirm-overwrite':
		case 'file/cancel':
		case 'file/done':
		case 'file/failed': {
			const next = reduceFile(state, action);
			return next.file === state.file ? state : {...state, ...next};
		}
		case 'copy/use':
			return state.phase === 'shown' ? {...state, phase: 'added'} : state;
		case 'copy/finish':
			if (state.phase !== 'added') return state;
			return {...baseOf(state), kind: state.kind, request: state.request, tokenName: state.tokenName, step: 'done', result: state.result};
		default:
			return state;
	}
}
