import {Box, Text} from 'ink';
import {providerView, type ProviderState} from '../flow/index.js';
import {hue} from './palette.js';
import {Prose} from './prose.js';

/** Step 2: internal or third-party users, and why it matters. */
export function ProviderStep({state, width}: Readonly<{state: ProviderState; width: number}>) {
	const view = providerView(state);
	return (
		<Box flexDirection="column">
			<Prose text={view.question} width={width} bold />
			{view.options.map(option => (
				<Text key={option.kind} bold={option.isHighlighted} color={hue(option.isHighlighted ? 'cyan' : undefined)}>
					{/* The highlight is marked with ▸, not by colour alone. */}
					{option.isHighlighted ? '▸' : ' '} [{option.key}] {option.label}
				</Text>
			))}
			<Prose text={`⚠ ${view.warning}`} width={width} color={hue('yellow')} />
		</Box>
	);
}
