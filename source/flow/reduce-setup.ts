import type {WizardAction} from './actions.js';
import {configIssues, saveContextOf} from './configure-rules.js';
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
			const issues = configIssues(state.config, saveContextOf(state));
			const wrong = configureFields.find(field => issues[field].some(issue => issue.level === 'error'));
			if (wrong) return {...state, focus: wrong};
			const name = state.config.profileName.trim();
			if (name === '') return toClear(state, state.kind);
			// Saved on the way to Clear; the answer comes back as save/done or save/failed.
			const id = state.seq + 1;
			return toClear({...state, seq: id}, state.kind, {status: 'running', id, name});
		}
		default:
			return state;
	}
}

export function reduceClear(state: ClearState, action: WizardAction): WizardState {
	const {save} = state;
	switch (action.type) {
		case 'clear/continue':
			return toFetching(state, state.kind, action.at);
		case 'save/done':
			if (save.status !== 'running' || save.id !== action.id) return state;
			return {
				...state,
				profiles: action.profiles,
				// From now on the tokens of this run are recorded in this profile's history.
				profile: {name: save.name, mode: state.profile?.mode ?? 'use'},
				save: {status: 'done', name: save.name, path: action.path, isSecretRemembered: state.config.rememberSecret === 'yes'},
			};
		case 'save/failed':
			return save.status === 'running' && save.id === action.id ? {...state, save: {status: 'failed', error: action.error}} : state;
		default:
			return state;
	}
}
