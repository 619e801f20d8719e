import {Box, Text} from 'ink';
import {fieldView, type CollectState} from '../flow/index.js';
import {LineView} from './line-view.js';
import {hue} from './palette.js';
import type {TextInputState} from './text-input-state.js';
import {Prose} from './prose.js';
import {ViewLines} from './view-lines.js';

type Props = Readonly<{state: CollectState; line: TextInputState; width: number}>;

/** Step 1: one of the five values, where Segura shows it, and what is wrong with it as typed. */
export function CollectStep({state, line, width}: Props) {
	const view = fieldView(state);
	return (
		<Box flexDirection="column">
			{view.providerWarning ? <Prose text={`⚠ ${view.providerWarning}`} width={width} color={hue('yellow')} /> : null}
			<Text bold>
				{view.label} ({view.position}/{view.count})
			</Text>
			<Prose text={view.help} width={width} dimColor />
			{/* Values on lines of their own, never truncated: the newcomer copies them from here. */}
			{view.demo.map(row => (
				<Box key={row.label} flexDirection="column">
					<Prose text={`${row.label}:`} width={width} color={hue('cyan')} />
					<Text>{row.value}</Text>
				</Box>
			))}
			<Box>
				<Box width={2} flexShrink={0}>
					<Text>›</Text>
				</Box>
				<LineView
					state={line}
					width={width - 2}
					isFocused
					isSelected={view.isSelected}
					placeholder={view.placeholder}
					masked={view.isSecret && !view.isRevealed ? view.display : undefined}
				/>
			</Box>
			{view.proposalNote ? <Prose text={view.proposalNote} width={width} dimColor /> : null}
			{view.lengthNote ? <Prose text={view.lengthNote} width={width} dimColor /> : null}
			{view.selectedNote ? <Prose text={view.selectedNote} width={width} dimColor /> : null}
			<ViewLines lines={view.issues} width={width} />
		</Box>
	);
}
