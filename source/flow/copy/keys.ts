import type {EditorTarget} from '../editor.js';
import {backBinding, yesBinding, type Binding} from '../shared/key-binding.js';
import {switchKindBindings} from '../shared/kind-check.js';
import {syncBindings} from '../shared/sync-binding.js';
import type {CopyState} from './state.js';

export function copyBindings(state: CopyState): readonly Binding[] {
	if (state.phase === 'added') {
		return [{keys: ['enter', 'q'], label: 'finish', shown: n => n.enter, action: () => ({type: 'copy/finish'})}, backBinding];
	}
	if (state.file.status === 'asking') {
		return [
			{keys: ['enter'], label: 'save', shown: n => n.enter, action: () => ({type: 'file/submit'})},
			{keys: ['escape'], label: 'cancel', shown: n => n.escape, action: () => ({type: 'file/cancel'})},
		];
	}
	if (state.file.status === 'confirming') {
		return [
			yesBinding({type: 'file/confirm-overwrite'}),
			{keys: ['n', 'escape'], label: 'no', shown: () => 'n', action: () => ({type: 'file/cancel'})},
		];
	}
	return [
		{keys: ['c'], label: 'copy', shown: () => 'c', action: () => ({type: 'copy/request', how: 'clipboard'})},
		// r (show) writes it as p does: alone on one line that the terminal wraps, which a mouse selects whole.
		{keys: ['p', 'i', 'r', 'ctrl-r'], label: 'print', shown: n => n.print, action: () => ({type: 'copy/request', how: 'print'})},
		{keys: ['o', 'g'], label: 'saveFile', shown: n => n.saveFile, action: () => ({type: 'file/ask'})},
		{keys: ['v', 't'], label: 'verify', shown: n => n.verify, action: () => ({type: 'verify/request'})},
		{keys: ['u', 'enter'], label: 'useToken', shown: n => `u/${n.enter}`, action: () => ({type: 'copy/use'})},
		...switchKindBindings(state.result, state.kind),
		...syncBindings(state),
		{keys: ['q'], label: 'quit', shown: () => 'q', action: () => ({type: 'quit'})},
		backBinding,
	];
}

/** Typing edits the file path, while it is asked for. */
export function copyEditor(state: CopyState): EditorTarget | undefined {
	if (state.file.status !== 'asking') return undefined;
	return {value: state.file.draft, isSelected: false, change: value => ({type: 'file/input', value}), keep: {type: 'file/input', value: state.file.draft}};
}
