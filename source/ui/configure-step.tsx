import {Box, Text} from 'ink';
import {configureView, type ConfigureState} from '../flow/index.js';
import {IssueLines} from './issue-lines.js';
import {LineView} from './line-view.js';
import {Rows} from './rows.js';
import type {LineEditor} from './use-line-editor.js';

type Props = Readonly<{state: ConfigureState; editor: LineEditor; width: number}>;

/** Step 3: the request as Postman's OAuth 2.0 form shows it, and what may be changed. */
export function ConfigureStep({state, editor, width}: Props) {
	const view = configureView(state);
	const focused = view.fields.find(field => field.isFocused);
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			<Rows rows={view.rows} width={width} />
			{view.fields.map(field => (
				<Box key={field.field}>
					<Text bold={field.isFocused}>{field.isFocused ? '▸ ' : '  '}</Text>
					<Box width={Math.min(24, Math.floor(width / 3))} flexShrink={0}>
						<Text bold={field.isFocused} wrap="truncate">
							{field.label}
						</Text>
					</Box>
					{field.choices ? (
						<Text wrap="truncate">{field.isFocused ? `‹ ${field.display} ›` : field.display}</Text>
					) : field.isFocused ? (
						<LineView state={editor.state} width={Math.max(8, width - Math.min(24, Math.floor(width / 3)) - 2)} isFocused placeholder={field.placeholder} />
					) : (
						<Text wrap="truncate">{field.display || <Text dimColor>{field.placeholder ?? ''}</Text>}</Text>
					)}
				</Box>
			))}
			{focused ? <Text dimColor>{focused.help}</Text> : null}
			{focused ? <IssueLines issues={focused.issues} /> : null}
			<IssueLines issues={view.warnings} />
		</Box>
	);
}
