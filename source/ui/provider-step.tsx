import {Box, Text} from 'ink';
import {providerView, type ProviderState} from '../flow/index.js';
import {hue} from './palette.js';

/** Step 2: internal or third-party users, and why it matters. */
export function ProviderStep({state}: Readonly<{state: ProviderState}>) {
	const view = providerView(state);
	return (
		<Box flexDirection="column">
			<Text bold>{view.question}</Text>
			{view.options.map(option => (
				<Text key={option.kind} bold={option.isHighlighted} color={hue(option.isHighlighted ? 'cyan' : undefined)}>
					{/* The highlight is marked with ▸, not by colour alone. */}
					{option.isHighlighted ? '▸' : ' '} [{option.key}] {option.label}
				</Text>
			))}
			<Text color={hue('yellow')}>⚠ {view.warning}</Text>
		</Box>
	);
}
