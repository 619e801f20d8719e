import {Box, Text} from 'ink';
import type {Row} from '../flow/index.js';

/** Label: value pairs; the labels share a column, never wider than half the screen. */
export function Rows({rows, width}: Readonly<{rows: readonly Row[]; width: number}>) {
	const labelWidth = Math.min(Math.max(...rows.map(row => row.label.length), 0) + 2, Math.floor(width / 2));
	return (
		<>
			{rows.map(row => (
				<Box key={row.label}>
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
