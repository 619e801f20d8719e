import {Box, Text} from 'ink';
import {addedView, copyView, type CopyState} from '../flow/index.js';
import {LineView} from './line-view.js';
import {hue} from './palette.js';
import type {TextInputState} from './text-input-state.js';
import {ViewLines} from './view-lines.js';

type Props = Readonly<{state: CopyState; line: TextInputState; width: number}>;

/** Step 6: the token (masked until revealed), copy, print, save, verify, and Use token → "Token added". */
export function CopyStep({state, line, width}: Props) {
	if (state.phase === 'added') return <Added state={state} />;
	const view = copyView(state);
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			{/* No border or padding around it. Ink breaks a long line with real line breaks, so a
			    token to triple-click is the one `p` prints, or the one written at the end. */}
			<Text>{view.display}</Text>
			<ViewLines lines={[...view.output, ...view.verification, ...view.file.lines]} />
			{view.file.isAsking ? (
				<Box>
					<Box width={2} flexShrink={0}>
						<Text>›</Text>
					</Box>
					<LineView state={line} width={width - 2} isFocused placeholder={view.file.placeholder} />
				</Box>
			) : null}
		</Box>
	);
}

function Added({state}: Readonly<{state: CopyState}>) {
	const view = addedView(state.result, state.lang);
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
