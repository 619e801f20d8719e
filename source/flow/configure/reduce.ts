import {hasErrors} from '../../model/issues.js';
import {configureFields} from '../../model/steps.js';
import type {WizardAction} from '../actions.js';
import {toClear, toProvider} from '../moves.js';
import {configIssues} from '../rules/configure-rules.js';
import {startWork} from '../shared/work.js';
import type {WizardState} from '../state.js';
import {saveContextOf} from './save-context.js';
import type {ConfigureState} from './state.js';

/** Enter: on to Clear, saving the profile on the way when it has a name; a field in error takes the focus instead. */
function proceed(state: ConfigureState): WizardState {
	const issues = configIssues(state.config, saveContextOf(state));
	const wrong = configureFields.find(field => hasErrors(issues[field]));
	if (wrong) return {...state, focus: wrong};
	const name = state.config.profileName.trim();
	if (name === '') return toClear(state, state.kind);
	// The answer comes back to Clear as save/done or save/failed.
	const {seq, work} = startWork(state.seq, {name, isSecretRemembered: state.config.rememberSecret === 'yes'});
	return toClear({...state, seq}, state.kind, work);
}

export function reduceConfigure(state: ConfigureState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'back':
			return toProvider(state);
		case 'configure/focus':
			return {...state, focus: action.field, isSelected: false};
		case 'configure/edit':
			return {...state, config: {...state.config, [action.field]: action.value}, isSelected: false};
		case 'configure/keep':
			return state.isSelected ? {...state, isSelected: false} : state;
		case 'configure/continue':
			return proceed(state);
		default:
			return state;
	}
}
