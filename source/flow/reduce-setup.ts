import type {WizardAction} from './actions.js';
import {configIssues} from './configure-rules.js';
import type {ClearState, ConfigureState, ProviderState, WizardState} from './state.js';
import {configureFields} from './steps.js';
import {toClear, toConfigure, toFetching} from './transitions.js';

export function reduceProvider(state: ProviderState, action: WizardAction): WizardState {
	switch (action.type) {
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

export function reduceConfigure(state: ConfigureState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'configure/focus':
			return {...state, focus: action.field};
		case 'configure/edit':
			return {...state, config: {...state.config, [action.field]: action.value}};
		case 'configure/continue': {
			const issues = configIssues(state.config);
			const wrong = configureFields.find(field => issues[field].some(issue => issue.level === 'error'));
			return wrong ? {...state, focus: wrong} : toClear(state, state.kind);
		}
		default:
			return state;
	}
}

export function reduceClear(state: ClearState, action: WizardAction): WizardState {
	return action.type === 'clear/continue' ? toFetching(state, state.kind, action.at) : state;
}
