import {Box, Text} from 'ink';
import {addedTitle, addedView, copyView, profileNotes, type CopyState} from '../flow/index.js';
import {LineView} from './line-view.js';
import {hue} from './palette.js';
import type {TextInputState} from './text-input-state.js';
import {Prose} from './prose.js';
import {ViewLines} from './view-lines.js';

type Props = Readonly<{state: CopyState; line: TextInputState; width: number}>;

/** Step 6: the token masked, copy, print, save, verify, and Use token → "Token added". */
export function CopyStep({state, line, width}: Props) {
	if (state.phase === 'added') return <Added state={state} width={width} />;
	const view = copyView(state);
	return (
		<Box flexDirection="column">
			{view.kindWarning ? <ViewLines lines={[view.kindWarning]} width={width} /> : null}
			<Text bold>{view.title}</Text>
			{/* Ink breaks a line longer than the screen with real line breaks: the token itself is
			    written above the frame by p (and r), alone on a line the terminal wraps. */}
			<Text>{view.display}</Text>
			<ViewLines lines={[...view.output, ...view.verification, ...view.file.lines, ...profileNotes(state).profile]} width={width} />
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

function Added({state, width}: Readonly<{state: CopyState; width: number}>) {
	const view = addedView(state.result, state.lang);
	const title = addedTitle(state);
	// Use token copies a token not copied yet: where it went comes first, as the manual copies before Use token.
	const {output} = copyView(state);
	return (
		<Box flexDirection="column">
			<ViewLines lines={output} width={width} />
			{title?.tone === 'success' ? (
				<Text bold color={hue('green')}>
					✔ {title.text}
				</Text>
			) : null}
			{title && title.tone !== 'success' ? <ViewLines lines={[title]} width={width} /> : null}
			<Prose text={view.where} width={width} />
			<Prose text={view.expiry} width={width} />
		</Box>
	);
}
