import {Box, Text} from 'ink';
import {addedView, copyView, type CopyState} from '../flow/index.js';
import {hue} from './palette.js';

/** Step 6: the token (masked until revealed), copy, print, and Use token → "Token added". */
export function CopyStep({state}: Readonly<{state: CopyState}>) {
	if (state.phase === 'added') return <Added state={state} />;
	const view = copyView(state);
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			{/* No border or padding around it. Ink breaks a long line with real line breaks, so a
			    token to triple-click is the one `p` prints, or the one written at the end. */}
			<Text>{view.display}</Text>
			{view.note ? <Text color={hue('cyan')}>{view.note}</Text> : null}
			{view.verification.map(line => (
				<Text key={line} color={hue(line.startsWith('✖') ? 'red' : line.startsWith('✔') ? 'green' : undefined)}>
					{line}
				</Text>
			))}
		</Box>
	);
}

function Added({state}: Readonly<{state: Parameters<typeof addedView>[0]}>) {
	const view = addedView(state);
	return (
		<Box flexDirection="column">
			<Text bold color={hue('green')}>
				✔ {view.title}
			</Text>
			<Text>{view.where}</Text>
			<Text>{view.expiry}</Text>
		</Box>
	);
}
