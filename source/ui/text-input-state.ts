/** A one-line editor: the value and where the cursor sits in it. Pure, so it is tested on its own. */
export type TextInputState = Readonly<{value: string; cursor: number}>;

export type TextInputAction =
	| {type: 'insert'; text: string}
	| {type: 'backspace'}
	| {type: 'left'}
	| {type: 'right'}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'clear'}
	| {type: 'delete-word'}
	| {type: 'set'; value: string};

export function textInputState(value: string): TextInputState {
	return {value, cursor: value.length};
}

export function reduceTextInput(state: TextInputState, action: TextInputAction): TextInputState {
	const {value, cursor} = state;
	switch (action.type) {
		case 'insert':
			return {value: value.slice(0, cursor) + action.text + value.slice(cursor), cursor: cursor + action.text.length};
		case 'backspace':
			return cursor === 0 ? state : {value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1};
		case 'left':
			return {value, cursor: Math.max(0, cursor - 1)};
		case 'right':
			return {value, cursor: Math.min(value.length, cursor + 1)};
		case 'home':
			return {value, cursor: 0};
		case 'end':
			return {value, cursor: value.length};
		case 'clear':
			return {value: value.slice(cursor), cursor: 0};
		case 'delete-word': {
			const start = value.slice(0, cursor).replace(/\S*\s*$/, '').length;
			return {value: value.slice(0, start) + value.slice(cursor), cursor: start};
		}
		case 'set':
			return textInputState(action.value);
	}
}

/**
 * The part of the line that fits in `width` columns, scrolled so the cursor stays visible.
 * A paste of several KB renders only this window, so the screen never has to lay it all out.
 */
export function visibleWindow(
	state: TextInputState,
	width: number,
): Readonly<{before: string; atCursor: string; after: string; clippedLeft: boolean; clippedRight: boolean}> {
	const room = Math.max(4, width - 2);
	const start = Math.max(0, Math.min(state.cursor - room + 1, state.value.length - room + 1));
	const end = Math.min(state.value.length, start + room);
	const show = (from: number, to: number) => state.value.slice(from, to);
	return {
		before: show(start, state.cursor),
		atCursor: state.cursor < state.value.length ? show(state.cursor, state.cursor + 1) : ' ',
		after: show(Math.min(state.cursor + 1, end), end),
		clippedLeft: start > 0,
		clippedRight: end < state.value.length,
	};
}
