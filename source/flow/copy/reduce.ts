import type {WizardAction} from '../actions.js';
import {toDone, withKind} from '../moves.js';
import {baseOf, settledOf} from '../shared/base.js';
import {answerWork, startWork, type Work, type WorkAnswer} from '../shared/work.js';
import type {WizardState} from '../state.js';
import {reduceFile} from './reduce-file.js';
import {reduceSync} from '../shared/profile-sync.js';
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
			return {...baseOf(state), ...settledOf(state), step: 'fetch', call: {status: 'done', job: {startedAt: 0}, result: state.result}};
		}
		case 'provider/switch':
			return action.kind !== state.kind ? {...state, ...withKind(state, action.kind)} : state;
		case 'copy/request': {
			if (output.status === 'running') return state;
			const {seq, work} = startWork(state.seq, {how: action.how});
			return {...state, seq, output: work};
		}
		case 'copy/done': {
			const next = answered(state, 'output', action);
			if (next === state) return state;
			// A print reached the terminal; a copy reached the places its result names.
			const {fate} = state;
			return {...next, fate: action.result ? (action.result.used.length > 0 ? {...fate, copied: action.result} : fate) : {...fate, printed: true}};
		}
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
			if (next.file === state.file) return state;
			const written = next.file.status === 'done' ? next.file.job.path : undefined;
			return {...state, ...next, ...(written === undefined ? {} : {fate: {...state.fate, written}})};
		}
		case 'copy/use': {
			if (state.phase !== 'shown') return state;
			// The manual copies the token before "Use token": when it was neither copied nor printed yet, Use token copies it.
			if (output.status !== 'idle') return {...state, phase: 'added'};
			const {seq, work} = startWork(state.seq, {how: 'clipboard' as const});
			return {...state, seq, output: work, phase: 'added'};
		}
		case 'copy/finish':
			return state.phase === 'added' ? toDone(state, state.result, true) : state;
		default:
			return reduceSync(state, action) ?? state;
	}
}
