import {clientAuthChoices, rememberChoices} from '../../model/client-auth.js';
import {configureFields, isTextField} from '../../model/steps.js';
import type {EditorTarget} from '../editor.js';
import {backBinding, cycleThrough, stepThrough, type Binding} from '../shared/key-binding.js';
import type {ConfigureState} from './state.js';

export function configureBindings(state: ConfigureState): readonly Binding[] {
	const list: Binding[] = [
		{keys: ['up'], label: 'move', shown: n => n.upDown, action: () => ({type: 'configure/focus', field: stepThrough(configureFields, state.focus, -1)})},
		{keys: ['down'], shown: n => n.upDown, action: () => ({type: 'configure/focus', field: stepThrough(configureFields, state.focus, 1)})},
	];
	if (state.focus === 'auth') {
		const to = (by: number) => () => ({type: 'configure/edit', field: 'auth', value: cycleThrough(clientAuthChoices, state.config.auth, by)}) as const;
		list.push({keys: ['right', 'space'], label: 'change', shown: n => n.leftRight, action: to(1)}, {keys: ['left'], shown: n => n.leftRight, action: to(-1)});
	}
	if (state.focus === 'rememberSecret') {
		const to = (by: number) => () => ({type: 'configure/edit', field: 'rememberSecret', value: cycleThrough(rememberChoices, state.config.rememberSecret, by)}) as const;
		list.push({keys: ['right', 'space'], label: 'change', shown: n => n.leftRight, action: to(1)}, {keys: ['left'], shown: n => n.leftRight, action: to(-1)});
	}
	list.push({keys: ['enter'], label: 'continue', shown: n => n.enter, action: () => ({type: 'configure/continue'})}, backBinding);
	return list;
}

/** Typing edits the focused field when it takes text (token name, scope, parameters, profile name). */
export function configureEditor(state: ConfigureState): EditorTarget | undefined {
	const field = state.focus;
	if (!isTextField(field)) return undefined;
	return {value: state.config[field], isSelected: state.isSelected, change: value => ({type: 'configure/edit', field, value}), keep: {type: 'configure/keep'}};
}
