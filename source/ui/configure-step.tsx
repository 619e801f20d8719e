import {Box, Text} from 'ink';
import {configureView, type ConfigureFieldView, type ConfigureState} from '../flow/index.js';
import {LineView} from './line-view.js';
import {Rows} from './rows.js';
import type {TextInputState} from './text-input-state.js';
import {Prose} from './prose.js';
import {ViewLines} from './view-lines.js';

type Props = Readonly<{state: ConfigureState; line: TextInputState; width: number}>;

/** Below this width labels lose their column, choices use their short words, fixed rows share a line. */
const columnsFrom = 60;

/** Postman's fixed settings (type, where, prefix, grant): one line on a narrow screen. */
const fixedRows = 4;

type ValueProps = Readonly<{field: ConfigureFieldView; line: TextInputState; width: number; isWide: boolean}>;

function FieldValue({field, line, width, isWide}: ValueProps) {
	const shown = isWide ? field.display : field.shortDisplay;
	if (field.choices) return <Text wrap="truncate-end">{field.isFocused ? `‹ ${shown} ›` : shown}</Text>;
	if (field.isFocused) return <LineView state={line} width={width} isFocused isSelected={field.isSelected} placeholder={field.placeholder} />;
	return <Text wrap="truncate-end">{shown || <Text dimColor>{field.placeholder ?? ''}</Text>}</Text>;
}

/** Whether `label: value` (two columns of marker first) passes the width of a narrow screen. */
function isLongOnOneRow(field: ConfigureFieldView, width: number): boolean {
	const shown = field.shortDisplay || field.placeholder || '';
	return 2 + field.label.length + 2 + [...shown].length > width;
}

/** Step 3: the request as Postman's OAuth 2.0 form shows it, and what may be changed. */
export function ConfigureStep({state, line, width}: Props) {
	const view = configureView(state);
	const focused = view.fields.find(field => field.isFocused);
	const isWide = width >= columnsFrom;
	// One label column for both blocks, after the two columns of the focus marker.
	const labels = [...view.rows, ...view.fields].map(item => item.label.length);
	const labelWidth = Math.min(Math.max(...labels) + 2, Math.floor(width / 3));
	return (
		<Box flexDirection="column">
			{/* On a narrow screen every line counts: the step line already says where we are. */}
			{isWide ? <Text bold>{view.title}</Text> : null}
			{isWide ? (
				<Rows rows={view.rows} width={width} labelWidth={labelWidth} indent={2} />
			) : (
				<>
					<Prose text={view.rows.slice(0, fixedRows).map(row => row.value).join(' · ')} width={width} />
					<Rows rows={view.rows.slice(fixedRows)} width={width} />
				</>
			)}
			{view.fields.map(field =>
				!isWide && (field.isFocused || isLongOnOneRow(field, width)) ? (
					// Narrow and focused, or too long for one row: the value gets a line of its own, so it is never cut.
					<Box key={field.field} flexDirection="column">
						<Text bold={field.isFocused}>
							{field.isFocused ? '▸ ' : '  '}
							{field.label}
						</Text>
						<Box marginLeft={4}>
							<FieldValue field={field} line={line} width={width - 4} isWide={false} />
						</Box>
					</Box>
				) : (
				<Box key={field.field}>
					<Box flexShrink={0} width={isWide ? labelWidth + 2 : undefined}>
						<Text bold={field.isFocused} wrap="truncate">
							{field.isFocused ? '▸ ' : '  '}
							{field.label}
							{isWide ? '' : ': '}
						</Text>
					</Box>
					<FieldValue field={field} line={line} width={Math.max(8, width - (isWide ? labelWidth : field.label.length + 2) - 2)} isWide={isWide} />
				</Box>
				),
			)}
			{focused ? <Prose text={focused.help} width={width} dimColor /> : null}
			{focused ? <ViewLines lines={focused.issues} width={width} /> : null}
			<ViewLines lines={view.warnings} width={width} />
		</Box>
	);
}
