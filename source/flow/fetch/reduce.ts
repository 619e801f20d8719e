import type {WizardAction} from '../actions.js';
import {cancelledRequest} from '../cancelled.js';
import {toClear, toCollect, toConfigure, toFetching, withKind} from '../moves.js';
import {baseOf, settledOf} from '../shared/base.js';
import {idle, answerWork} from '../shared/work.js';
import {driftOf, reduceSync, startSync} from '../shared/profile-sync.js';
import type {WizardState} from '../state.js';
import type {FetchState} from './state.js';
import {stepAtFault} from './step-at-fault.js';

export function reduceFetch(state: FetchState, action: WizardAction): WizardState {
	const {call} = state;
	switch (action.type) {
		case 'back':
			// Esc while the request runs cancels it, shown as a failure so retry and edit stay one key away.
			if (call.status === 'running') return {...state, call: {status: 'failed', job: call.job, error: cancelledRequest()}};
			return toClear(state, state.kind);
		case 'fetch/succeeded':
		case 'fetch/failed': {
			const answered = answerWork(call, action);
			if (answered === call || answered.status === 'idle') return state;
			const next = {...state, call: answered};
			// The profile must hold what worked: a Client Secret it keeps, fixed in this run, is
			// written back at once (URLs and the rest are offered with s).
			return answered.status === 'done' && driftOf(next).includes('clientSecret') ? startSync(next, ['clientSecret']) : next;
		}
		case 'fetch/retry':
			return call.status === 'failed' ? toFetching(state, state.kind, action.at) : state;
		case 'fetch/edit': {
			if (call.status !== 'failed') return state;
			const target = stepAtFault(call.error, state.values);
			// The value at fault, selected: typing the right one replaces it.
			return target.step === 'collect' ? toCollect(state, target.field, {select: true}) : toConfigure(state, state.kind, target.field, {select: true});
		}
		case 'provider/switch':
			return call.status === 'done' && action.kind !== state.kind ? {...state, ...withKind(state, action.kind)} : state;
		case 'fetch/proceed':
			if (call.status !== 'done') return state;
			return {
				...baseOf(state),
				...settledOf(state),
				step: 'copy',
				result: call.result,
				output: idle,
				verification: idle,
				file: idle,
				phase: 'shown',
			};
		default:
			return reduceSync(state, action) ?? state;
	}
}
