/**
 * The ways a copy can go. The three osc52 ways reach the terminal's clipboard and cannot be
 * confirmed (a terminal never answers); tmux-buffer and system are confirmed by the tool's exit.
 */
export type CopyWay = 'osc52' | 'osc52-tmux' | 'osc52-screen' | 'tmux-buffer' | 'system';

export type CopyFailureReason =
	/** No /dev/tty: no controlling terminal (cron, CI, a service). */
	| 'no-terminal'
	/** TERM=dumb: the sequence would show up as garbage. */
	| 'dumb-terminal'
	/** The sequence is longer than terminals accept. */
	| 'too-long'
	/** The terminal was opened but the write failed or stalled. */
	| 'write-failed'
	/** None of the tools for this way is installed. */
	| 'not-found'
	/** The tool did not finish in time (a DISPLAY that does not answer, say). */
	| 'timeout'
	/** The tool ran and exited with an error; `detail` has its first stderr line. */
	| 'failed';

export type CopyUsed = Readonly<{way: CopyWay; tool?: string}>;

export type CopyFailed = Readonly<{
	way: CopyWay;
	reason: CopyFailureReason;
	/** The command that failed, or the ones looked for when none was found. */
	tool?: string;
	/** A short technical note for the screen: a tool's stderr line, an errno. Never the text. */
	detail?: string;
}>;

export type CopyResult = Readonly<{
	used: readonly CopyUsed[];
	failed: readonly CopyFailed[];
}>;

const confirmedWays: ReadonlySet<CopyWay> = new Set(['tmux-buffer', 'system']);

/** True when some way reported success on its own, not only "sent to the terminal". */
export function isCopyConfirmed(result: CopyResult): boolean {
	return result.used.some(used => confirmedWays.has(used.way));
}
