import {Box, Text} from 'ink';
import type {Row} from '../flow/index.js';

type Props = Readonly<{
	rows: readonly Row[];
	width: number;
	/** A label column shared with rows drawn elsewhere (step 3's two blocks); by default, fitted to these labels. */
	labelWidth?: number;
	indent?: number;
}>;

/** Label: value pairs; the labels share a column, never wider than half the screen. */
export function Rows({rows, width, labelWidth: shared, indent = 0}: Props) {
	const labelWidth = shared ?? Math.min(Math.max(...rows.map(row => row.label.length), 0) + 2, Math.floor(width / 2));
	return (
		<>
			{rows.map(row => (
				<Box key={row.label} paddingLeft={indent}>
					<Box width={labelWidth} flexShrink={0}>
						<Text dimColor wrap="truncate">
							{row.label}
						</Text>
					</Box>
					<Text wrap="truncate-middle">{row.value}</Text>
				</Box>
			))}
		</>
	);
}
