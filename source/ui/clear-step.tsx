import {Box, Text} from 'ink';
import {clearView, type ClearState} from '../flow/index.js';
import {ViewLines} from './view-lines.js';

/** Step 4: Postman's "Clear cookies", said in full, and the profile saved on the way. */
export function ClearStep({state}: Readonly<{state: ClearState}>) {
	const view = clearView(state);
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			{view.items.map(item => (
				<Text key={item}>✔ {item}</Text>
			))}
			<Text dimColor>{view.note}</Text>
			<ViewLines lines={view.save} />
		</Box>
	);
}
