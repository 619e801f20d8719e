import {Text} from 'ink';
import {lineText, type Tone, type ViewLine} from '../flow/index.js';
import {hue, type Hue} from './palette.js';

const colours: Readonly<Record<Tone, Hue | undefined>> = {
	plain: undefined,
	success: 'green',
	error: 'red',
	warning: 'yellow',
	notice: 'cyan',
	progress: 'cyan',
	hint: undefined,
};

/** Lines that say their own tone: the marker (✔ ✖ ⚠ ℹ … →) carries it, colour only repeats it. */
export function ViewLines({lines}: Readonly<{lines: readonly ViewLine[]}>) {
	return (
		<>
			{lines.map(line => (
				<Text key={`${line.tone}-${line.text}`} color={hue(colours[line.tone])}>
					{lineText(line)}
				</Text>
			))}
		</>
	);
}
