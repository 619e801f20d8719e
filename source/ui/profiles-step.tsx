import {Box, Text} from 'ink';
import {profilesView, type ProfilesState} from '../flow/index.js';
import {hue} from './palette.js';

/** Before step 1: the saved profiles, the highlighted one marked ▸ (and in colour, as a repeat). */
export function ProfilesStep({state}: Readonly<{state: ProfilesState}>) {
	const view = profilesView(state);
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			{view.lines.map(line => (
				<Box key={`${line.name}-${line.line}`} flexDirection="column">
					<Text bold={line.isHighlighted} color={hue(line.isHighlighted ? 'cyan' : undefined)} wrap="truncate-end">
						{line.line}
					</Text>
					{line.detail ? (
						<Text dimColor wrap="truncate-end">
							{'    '}
							{line.detail}
						</Text>
					) : null}
				</Box>
			))}
			{view.status ? <Text color={hue('yellow')}>{view.status}</Text> : null}
		</Box>
	);
}
