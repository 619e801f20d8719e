import {Text} from 'ink';
import type {TextInputState} from './text-input-state.js';
import {visibleWindow} from './text-input-state.js';

type Props = Readonly<{
	state: TextInputState;
	width: number;
	isFocused: boolean;
	placeholder?: string | undefined;
	/**
	 * Shown instead of the value, a hidden secret's bullets (the flow's, a dozen whatever its
	 * length): drawn whole with the cursor after them, so neither a character nor the length shows.
	 */
	masked?: string | undefined;
	/** The whole value selected (the next key typed replaces it): drawn inverse, without a cursor. */
	isSelected?: boolean;
}>;

const lineBreak = /\r\n|\r|\n/g;
// One replacement per UTF-16 unit, so the cursor's column stays where it is.
const unsafe = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * Line breaks inside a paste are shown, not obeyed: the flow removes them and says so. Any other
 * control or invisible character is drawn as '�' (the flow refuses the value and says why).
 */
const shown = (text: string) => text.replace(lineBreak, '↵').replace(unsafe, char => '\uFFFD'.repeat(char.length));

/** One line of text with its cursor, scrolled to fit `width`. */
export function LineView({state, width, isFocused, placeholder, masked, isSelected}: Props) {
	if (state.value === '' && placeholder) {
		return (
			<Text wrap="truncate">
				{isFocused ? <Text inverse>{placeholder.slice(0, 1)}</Text> : placeholder.slice(0, 1)}
				<Text dimColor>{placeholder.slice(1)}</Text>
			</Text>
		);
	}
	if (masked !== undefined && state.value !== '') {
		return (
			<Text wrap="truncate">
				{isSelected ? <Text inverse>{masked}</Text> : masked}
				{isFocused && !isSelected ? <Text inverse> </Text> : ''}
			</Text>
		);
	}
	const view = visibleWindow(state, width);
	if (isSelected) {
		return (
			<Text wrap="truncate">
				{view.clippedLeft ? '…' : ''}
				<Text inverse>{shown(view.before + view.atCursor.trimEnd() + view.after)}</Text>
				{view.clippedRight ? '…' : ''}
			</Text>
		);
	}
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
