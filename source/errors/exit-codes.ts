/** The exit codes, one table: the README's list is this one. */
export const exitCodes = {
	ok: 0,
	bug: 1,
	/** Usage, invalid input, or a file, terminal or clipboard that cannot be used. */
	usage: 2,
	network: 3,
	refused: 4,
	verify: 5,
	cancelled: 130,
	/** Standard output or error went away (`get | head -c 10`), as for any Unix tool (128 + SIGPIPE). */
	outputClosed: 141,
} as const;

/** The signals that end a run: Ctrl+C before the wizard reads keys, `kill`, the SSH link dropping. */
export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

export const stopSignals: readonly StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** 128 + the signal's number, as a shell reports a process the signal ended. */
export const signalExitCodes: Readonly<Record<StopSignal, number>> = {SIGHUP: 129, SIGINT: exitCodes.cancelled, SIGTERM: 143};

/** The stop signal an AbortSignal was aborted with, or undefined. */
export function stopSignalOf(signal: AbortSignal): StopSignal | undefined {
	return signal.aborted && stopSignals.includes(signal.reason as StopSignal) ? (signal.reason as StopSignal) : undefined;
}
