import type {WizardAction} from '../actions.js';
import {toDone} from '../moves.js';
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
		case 'provider/switch':
			return action.kind !== state.kind ? {...state, kind: action.kind} : state;
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
		case 'copy/use': {
			if (state.phase !== 'shown') return state;
			// The manual copies the token before "Use token": when it was neither copied nor printed yet, Use token copies it.
			if (output.status !== 'idle') return {...state, phase: 'added'};
			const {seq, work} = startWork(state.seq, {how: 'clipboard' as const});
			return {...state, seq, output: work, phase: 'added'};
		}
		case 'copy/finish':
			return state.phase === 'added' ? toDone(state, state.result) : state;
		default:
			return state;
	}
}
