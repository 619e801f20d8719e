import type {WizardAction} from '../actions.js';
import {toConfigure, toFetching} from '../moves.js';
import {answerWork} from '../shared/work.js';
import type {WizardState} from '../state.js';
import type {ClearState} from './state.js';

export function reduceClear(state: ClearState, action: WizardAction): WizardState {
	const {save} = state;
	switch (action.type) {
		case 'back':
			return toConfigure(state, state.kind);
		case 'clear/continue':
			return toFetching(state, state.kind, action.at);
		case 'save/done': {
			const answered = answerWork(save, {id: action.id, result: {path: action.path}});
			if (answered === save || answered.status !== 'done') return state;
			return {
				...state,
				profiles: action.profiles,
				// From now on the tokens of this run are recorded in this profile's history.
				profile: {name: answered.job.name, mode: state.profile?.mode ?? 'use'},
				save: answered,
			};
		}
		case 'save/failed': {
			const answered = answerWork(save, action);
			return answered === save ? state : {...state, save: answered};
		}
		default:
			return state;
	}
}
