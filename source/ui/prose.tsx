import {Text, type TextProps} from 'ink';
import {wrapText} from '../text/wrap.js';

type Props = Readonly<{text: string; width: number}> & Omit<TextProps, 'children' | 'wrap'>;

/**
 * Prose wrapped at word boundaries by us, one <Text> a line: every line fits `width`, so neither
 * Ink nor the terminal breaks it again (Ink's wrap leaves a line starting with a space; a
 * terminal's cuts words in two).
 */
export function Prose({text, width, ...style}: Props) {
	return (
		<>
			{wrapText(text, width).map((line, index) => (
				<Text key={index} {...style}>
					{line}
				</Text>
			))}
		</>
	);
}
