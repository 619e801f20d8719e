import type {WizardAction} from './actions.js';
import {configureEditor} from './configure/keys.js';
import {collectEditor} from './collect/keys.js';
import {copyEditor} from './copy/keys.js';
import type {WizardState} from './state.js';

/**
 * The text the keyboard edits: its value, whether it is selected (the first key typed replaces it),
 * the action that puts a new text in its place, and the one that keeps a selected text to edit it.
 */
export type EditorTarget = Readonly<{value: string; isSelected: boolean; change: (value: string) => WizardAction; keep: WizardAction}>;

/** What typing edits in this state, if anything: a step-1 value, a step-3 text field, a file path. */
export function editorTarget(state: WizardState): EditorTarget | undefined {
	switch (state.step) {
		case 'collect':
			return collectEditor(state);
		case 'configure':
			return configureEditor(state);
		case 'copy':
			return copyEditor(state);
		default:
			return undefined;
	}
}
