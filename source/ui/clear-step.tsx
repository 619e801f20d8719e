import {Box, Text} from 'ink';
import {clearView} from '../flow/index.js';
import type {Lang} from '../i18n/lang.js';

/** Step 4: Postman's "Clear cookies", said in full. */
export function ClearStep({lang}: Readonly<{lang: Lang}>) {
	const view = clearView(lang);
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			{view.items.map(item => (
				<Text key={item}>✔ {item}</Text>
			))}
			<Text dimColor>{view.note}</Text>
		</Box>
	);
}
