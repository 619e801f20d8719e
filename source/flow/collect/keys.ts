import {collectFields} from '../../model/steps.js';
import type {EditorTarget} from '../editor.js';
import {proposalFor} from '../rules/check-field.js';
import {practiceOf} from '../shared/base.js';
import {backBinding, type Binding} from '../shared/key-binding.js';
import type {CollectState} from './state.js';

export function collectBindings(state: CollectState): readonly Binding[] {
	const list: Binding[] = [{keys: ['enter'], label: 'next', shown: n => n.enter, action: () => ({type: 'collect/submit'})}];
	const proposal = proposalFor(state.field, state.values, practiceOf(state));
	if (proposal !== undefined && state.draft === '') {
		list.push({keys: ['tab'], label: 'fillProposal', shown: n => n.tab, action: () => ({type: 'collect/input', value: proposal})});
	}
	if (state.field === 'clientSecret') {
		list.push({keys: ['ctrl-r'], label: state.isSecretRevealed ? 'hide' : 'show', shown: n => n.ctrlR, action: () => ({type: 'collect/toggle-reveal'})});
	}
	if (state.field !== collectFields[0] || state.profiles.length > 0) list.push(backBinding);
	return list;
}

/** Typing edits the current value. */
export function collectEditor(state: CollectState): EditorTarget {
	return {value: state.draft, isSelected: state.isSelected, change: value => ({type: 'collect/input', value}), keep: {type: 'collect/keep'}};
}
