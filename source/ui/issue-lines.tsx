import {Text} from 'ink';
import type {IssueView} from '../flow/index.js';
import {hue} from './palette.js';

const colours = {error: 'red', warning: 'yellow', notice: 'cyan'} as const;

/** Errors, warnings and notices: the marker (✖ ⚠ ℹ) carries the level, colour only repeats it. */
export function IssueLines({issues}: Readonly<{issues: readonly IssueView[]}>) {
	return (
		<>
			{issues.map(issue => (
				<Text key={`${issue.code}-${issue.text}`} color={hue(colours[issue.level])}>
					{issue.line}
				</Text>
			))}
		</>
	);
}
