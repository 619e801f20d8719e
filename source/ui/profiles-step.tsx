import {Box, Text} from 'ink';
import {profilesView, type ProfilesState} from '../flow/index.js';
import {hue} from './palette.js';
import {ViewLines} from './view-lines.js';

/** Before step 1: the saved profiles, the highlighted one marked ▸ (and in colour, as a repeat). */
export function ProfilesStep({state}: Readonly<{state: ProfilesState}>) {
	const view = profilesView(state);
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			{view.items.map(item => (
				<Box key={`${item.name}-${item.label}`} flexDirection="column">
					<Text bold={item.isHighlighted} color={hue(item.isHighlighted ? 'cyan' : undefined)} wrap="truncate-end">
						{item.isHighlighted ? '▸' : ' '} {item.label}
					</Text>
					{item.detail ? (
						<Text dimColor wrap="truncate-end">
							{'    '}
							{item.detail}
						</Text>
					) : null}
				</Box>
			))}
			{view.status ? <ViewLines lines={[view.status]} /> : null}
		</Box>
	);
}
