import {Text} from 'ink';
import type {TextInputState} from './text-input-state.js';
import {visibleWindow} from './text-input-state.js';

type Props = Readonly<{
	state: TextInputState;
	width: number;
	isFocused: boolean;
	placeholder?: string | undefined;
	/** Shown instead of each character of a hidden secret. */
	mask?: string | undefined;
}>;

/** Line breaks inside a paste are shown, not obeyed: the flow removes them and says so. */
const shown = (text: string) => text.replace(/\r\n|\r|\n/g, '↵');

/** One line of text with its cursor, scrolled to fit `width`. */
export function LineView({state, width, isFocused, placeholder, mask}: Props) {
	if (state.value === '' && placeholder) {
		return (
			<Text wrap="truncate">
				{isFocused ? <Text inverse>{placeholder.slice(0, 1)}</Text> : placeholder.slice(0, 1)}
				<Text dimColor>{placeholder.slice(1)}</Text>
			</Text>
		);
	}
	const view = visibleWindow(state, width, mask);
	return (
		<Text wrap="truncate">
			{view.clippedLeft ? '…' : ''}
			{shown(view.before)}
			{isFocused ? <Text inverse>{shown(view.atCursor)}</Text> : shown(view.atCursor).trimEnd()}
			{shown(view.after)}
			{view.clippedRight ? '…' : ''}
		</Text>
	);
}
