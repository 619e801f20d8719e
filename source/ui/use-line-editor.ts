import type {Key} from 'ink';
import {useReducer, useRef} from 'react';
import {reduceTextInput, textInputState, type TextInputAction, type TextInputState} from './text-input-state.js';
import type {EditorTarget, WizardAction} from '../flow/index.js';

export type LineEditor = Readonly<{
	/** The line and cursor to draw for this value. */
	stateFor: (value: string) => TextInputState;
	/**
	 * Edits the target's text for a key the flow did not take; false when it is not an editing
	 * key. The target is passed at key time, not render time: one chunk of input can move the
	 * flow to another field (Tab, then a letter) before React renders again.
	 */
	handle: (input: string, key: Key, target: EditorTarget<WizardAction>) => boolean;
}>;

function editingAction(input: string, key: Key): TextInputAction | undefined {
	// Ink reports the Backspace key's \x7f as `delete`: both erase backwards.
	if (key.backspace || key.delete) return {type: 'backspace'};
	if (key.leftArrow) return {type: 'left'};
	if (key.rightArrow) return {type: 'right'};
	if (key.home || (key.ctrl && input === 'a')) return {type: 'home'};
	if (key.end || (key.ctrl && input === 'e')) return {type: 'end'};
	if (key.ctrl && input === 'u') return {type: 'clear'};
	if (key.ctrl && input === 'w') return {type: 'delete-word'};
	if (!input || key.ctrl || key.meta || key.escape || key.tab || key.return || key.upArrow || key.downArrow) return undefined;
	return {type: 'insert', text: input};
}

/**
 * The cursor of the text field whose value the flow owns. A ref, not state: keys typed faster
 * than React re-renders must each see the latest line. When the flow changes the value itself
 * (a proposal filled in, another field), the cursor moves to its end.
 */
export function useLineEditor(dispatch: (action: WizardAction) => void): LineEditor {
	const ref = useRef(textInputState(''));
	const [, rerender] = useReducer((count: number) => count + 1, 0);
	const current = (value: string) => (ref.current.value === value ? ref.current : textInputState(value));
	return {
		stateFor: current,
		handle(input, key, target) {
			const action = editingAction(input, key);
			if (!action) return false;
			// A selected value, as in an address bar: what is typed or pasted replaces it, Backspace
			// clears it, and an arrow, Home or End keeps it to edit it where the cursor goes.
			if (target.isSelected) {
				if (action.type === 'insert' || action.type === 'backspace') {
					const value = action.type === 'insert' ? action.text : '';
					ref.current = textInputState(value);
					dispatch(target.change(value));
					return true;
				}
				dispatch(target.keep);
			}
			const previous = current(target.value);
			ref.current = reduceTextInput(previous, action);
			if (ref.current.value === previous.value) rerender();
			else dispatch(target.change(ref.current.value));
			return true;
		},
	};
}
