import type {Key} from 'ink';
import {useReducer, useRef} from 'react';
import {reduceTextInput, textInputState, type TextInputAction, type TextInputState} from './text-input-state.js';

export type LineEditor = Readonly<{
	state: TextInputState;
	/** Edits the line for a key the flow did not take; false when the key is not an editing key. */
	handle: (input: string, key: Key) => boolean;
}>;

function editingAction(input: string, key: Key): TextInputAction | undefined {
	// Ink reports the Backspace key's \x7f as `delete` (DESIGN.md stack notes): both erase backwards.
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
 * The cursor of a text field whose value the flow owns. A ref, not state: keys typed faster
 * than React re-renders must each see the latest line. When the flow changes the value itself
 * (a proposal filled in, another field), the cursor moves to its end.
 */
export function useLineEditor(value: string, onChange: (value: string) => void): LineEditor {
	const ref = useRef(textInputState(value));
	const [, rerender] = useReducer((count: number) => count + 1, 0);
	if (ref.current.value !== value) ref.current = textInputState(value);
	return {
		state: ref.current,
		handle(input, key) {
			const action = editingAction(input, key);
			if (!action) return false;
			const previous = ref.current;
			ref.current = reduceTextInput(previous, action);
			if (ref.current.value === previous.value) rerender();
			else onChange(ref.current.value);
			return true;
		},
	};
}
