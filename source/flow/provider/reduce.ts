import type {WizardAction} from '../actions.js';
import {toCollect, toConfigure} from '../moves.js';
import type {WizardState} from '../state.js';
import type {ProviderState} from './state.js';

export function reduceProvider(state: ProviderState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'back':
			return toCollect(state, 'clientSecret', {select: true});
		case 'provider/highlight':
			return {...state, highlight: action.kind};
		case 'provider/choose': {
			const kind = action.kind ?? state.highlight;
			return toConfigure({...state, kind}, kind);
		}
		default:
			return state;
	}
}
