import {Box, Text} from 'ink';
import {profilesView, type ProfilesState} from '../flow/index.js';
import {hue} from './palette.js';
import {Prose} from './prose.js';
import {ViewLines} from './view-lines.js';

/** Before step 1: the saved profiles, the highlighted one marked ▸ (and in colour, as a repeat). */
export function ProfilesStep({state, width}: Readonly<{state: ProfilesState; width: number}>) {
	const view = profilesView(state);
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			{view.items.map(item => (
				<Box key={`${item.name}-${item.label}`} flexDirection="column">
					<Box>
						<Text bold={item.isHighlighted} color={hue(item.isHighlighted ? 'cyan' : undefined)}>
							{item.isHighlighted ? '▸ ' : '  '}
						</Text>
						<Box flexDirection="column" width={width - 2}>
							<Prose text={item.label} width={width - 2} bold={item.isHighlighted} color={hue(item.isHighlighted ? 'cyan' : undefined)} />
						</Box>
					</Box>
					{/* The record of the last token, wrapped at words under the name: it says when the token expires. */}
					{item.detail ? (
						<Box paddingLeft={4} flexDirection="column">
							<Prose text={item.detail} width={width - 4} dimColor />
						</Box>
					) : null}
				</Box>
			))}
			{view.status ? <ViewLines lines={[view.status]} width={width} /> : null}
		</Box>
	);
}
