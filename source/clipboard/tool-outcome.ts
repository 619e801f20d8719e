import type {CopyFailed, CopyUsed, CopyWay} from './copy-result.js';
import type {RunOutcome} from './run-command.js';
import {firstLine} from './first-line.js';

/** What a tool's run means for the copy; `text` is only used to keep it out of `detail`. */
export function toolOutcome(
	way: CopyWay,
	tool: string,
	outcome: RunOutcome,
	context: Readonly<{text: string; timeoutMs: number}>,
): CopyUsed | CopyFailed {
	switch (outcome.kind) {
		case 'ok': {
			return {way, tool};
		}
		case 'not-found': {
			return {way, tool, reason: 'not-found'};
		}
		case 'timeout': {
			return {way, tool, reason: 'timeout', detail: `${context.timeoutMs} ms`};
		}
		case 'failed': {
			const detail =
				firstLine(outcome.stderr, context.text) ?? (outcome.exitCode === undefined ? undefined : `exit ${outcome.exitCode}`);
			return detail === undefined ? {way, tool, reason: 'failed'} : {way, tool, reason: 'failed', detail};
		}
	}
}
