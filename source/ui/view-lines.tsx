import {lineText, type Tone, type ViewLine} from '../flow/index.js';
import {hue, type Hue} from './palette.js';
import {Prose} from './prose.js';

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
export function ViewLines({lines, width}: Readonly<{lines: readonly ViewLine[]; width: number}>) {
	return (
		<>
			{lines.map(line => (
				<Prose key={`${line.tone}-${line.text}`} text={lineText(line)} width={width} color={hue(colours[line.tone])} />
			))}
		</>
	);
}
