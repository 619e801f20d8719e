import {Box, Text} from 'ink';
import {fieldView, type CollectState} from '../flow/index.js';
import {LineView} from './line-view.js';
import {hue} from './palette.js';
import type {TextInputState} from './text-input-state.js';
import {ViewLines} from './view-lines.js';

type Props = Readonly<{state: CollectState; line: TextInputState; width: number}>;

/** Step 1: one of the five values, where Segura shows it, and what is wrong with it as typed. */
export function CollectStep({state, line, width}: Props) {
	const view = fieldView(state);
	return (
		<Box flexDirection="column">
			<Text bold>
				{view.label} ({view.position}/{view.count})
			</Text>
			<Text dimColor>{view.help}</Text>
			{/* Values on lines of their own, never truncated: the newcomer copies them from here. */}
			{view.demo.map(row => (
				<Box key={row.label} flexDirection="column">
					<Text color={hue('cyan')}>{row.label}:</Text>
					<Text>{row.value}</Text>
				</Box>
			))}
			<Box>
				<Box width={2} flexShrink={0}>
					<Text>›</Text>
				</Box>
				<LineView state={line} width={width - 2} isFocused placeholder={view.placeholder} mask={view.isSecret && !view.isRevealed ? '•' : undefined} />
			</Box>
			{view.proposalNote ? <Text dimColor>{view.proposalNote}</Text> : null}
			{view.lengthNote ? <Text dimColor>{view.lengthNote}</Text> : null}
			<ViewLines lines={view.issues} />
		</Box>
	);
}
