import {Box, Text} from 'ink';
import type {Row} from '../flow/index.js';
import {wrapText} from '../text/wrap.js';
import {Prose} from './prose.js';

type Props = Readonly<{
	rows: readonly Row[];
	width: number;
	/** A label column shared with rows drawn elsewhere (step 3's two blocks); by default, fitted to these labels. */
	labelWidth?: number;
	indent?: number;
}>;

/**
 * Label: value pairs; the labels share a column, never wider than half the screen. A value too
 * long for its column is wrapped at words under itself (a URL after a '/'), never cut.
 */
export function Rows({rows, width, labelWidth: shared, indent = 0}: Props) {
	const {labelWidth, valueWidth} = columnsOf(rows, width, shared, indent);
	return (
		<>
			{rows.map(row => (
				<Box key={row.label} paddingLeft={indent}>
					<Box width={labelWidth} flexShrink={0}>
						<Text dimColor wrap="truncate">
							{row.label}
						</Text>
					</Box>
					<Box flexDirection="column" width={valueWidth}>
						<Prose text={row.value} width={valueWidth} />
					</Box>
				</Box>
			))}
		</>
	);
}

function columnsOf(rows: readonly Row[], width: number, shared?: number, indent = 0) {
	const labelWidth = shared ?? Math.min(Math.max(...rows.map(row => row.label.length), 0) + 2, Math.floor(width / 2));
	return {labelWidth, valueWidth: Math.max(8, width - indent - labelWidth)};
}

/** The screen rows each of `rows` takes once its value is wrapped, as <Rows> draws them. */
export function rowHeights(rows: readonly Row[], width: number): number[] {
	const {valueWidth} = columnsOf(rows, width);
	return rows.map(row => wrapText(row.value, valueWidth).length);
}
