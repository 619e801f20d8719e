import {Box, Text} from 'ink';
import {configureView, type ConfigureFieldView, type ConfigureState} from '../flow/index.js';
import {IssueLines} from './issue-lines.js';
import {LineView} from './line-view.js';
import {Rows} from './rows.js';
import type {LineEditor} from './use-line-editor.js';

type Props = Readonly<{state: ConfigureState; editor: LineEditor; width: number}>;

/** Below this width the labels no longer get a column of their own. */
const columnsFrom = 60;

function FieldValue({field, editor, width}: Readonly<{field: ConfigureFieldView; editor: LineEditor; width: number}>) {
	if (field.choices) return <Text wrap="truncate-end">{field.isFocused ? `‹ ${field.display} ›` : field.display}</Text>;
	if (field.isFocused) return <LineView state={editor.state} width={width} isFocused placeholder={field.placeholder} />;
	return <Text wrap="truncate-end">{field.display || <Text dimColor>{field.placeholder ?? ''}</Text>}</Text>;
}

/** Step 3: the request as Postman's OAuth 2.0 form shows it, and what may be changed. */
export function ConfigureStep({state, editor, width}: Props) {
	const view = configureView(state);
	const focused = view.fields.find(field => field.isFocused);
	const isWide = width >= columnsFrom;
	const labelWidth = Math.min(24, Math.floor(width / 3));
	return (
		<Box flexDirection="column">
			<Text bold>{view.title}</Text>
			<Rows rows={view.rows} width={width} />
			{view.fields.map(field =>
				isWide ? (
					<Box key={field.field}>
						<Text bold={field.isFocused}>{field.isFocused ? '▸ ' : '  '}</Text>
						<Box width={labelWidth} flexShrink={0}>
							<Text bold={field.isFocused} wrap="truncate">
								{field.label}
							</Text>
						</Box>
						<FieldValue field={field} editor={editor} width={Math.max(8, width - labelWidth - 2)} />
					</Box>
				) : (
					// Narrow: "▸ Label: value" on one line, the label never cut.
					<Box key={field.field}>
						<Box flexShrink={0}>
							<Text bold={field.isFocused}>
								{field.isFocused ? '▸ ' : '  '}
								{field.label}:{' '}
							</Text>
						</Box>
						<FieldValue field={field} editor={editor} width={Math.max(8, width - field.label.length - 4)} />
					</Box>
				),
			)}
			{focused ? <Text dimColor>{focused.help}</Text> : null}
			{focused ? <IssueLines issues={focused.issues} /> : null}
			<IssueLines issues={view.warnings} />
		</Box>
	);
}
