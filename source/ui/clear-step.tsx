import {Box, Text} from 'ink';
import {clearView, type ClearState} from '../flow/index.js';
import {Prose} from './prose.js';
import {ViewLines} from './view-lines.js';

/** Step 4: Postman's "Clear cookies", said in full, and the profile saved on the way. */
export function ClearStep({state, width}: Readonly<{state: ClearState; width: number}>) {
	const view = clearView(state);
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			{view.items.map(item => (
				<Prose key={item} text={`✔ ${item}`} width={width} />
			))}
			<Prose text={view.note} width={width} dimColor />
			<ViewLines lines={view.save} width={width} />
		</Box>
	);
}
