import {AppError, CancelledError} from '../errors/app-error.js';
import {type FailureContext, networkError} from '../net/network-errors.js';
import {cancelledError} from '../net/send-request.js';

type Limits = Readonly<{timeoutMs: number; signal?: AbortSignal; onTimeout: () => AppError; cleanup?: () => void}>;

/**
 * Runs `work` until it settles, the deadline passes (`onTimeout`'s error), or the user cancels
 * (CancelledError). `cleanup` runs whenever the wait ends early, to close what `work` opened.
 */
export async function withDeadline<T>(work: Promise<T>, limits: Limits): Promise<T> {
	const {signal} = limits;
	if (signal?.aborted) {
		limits.cleanup?.();
		throw cancelledError(undefined);
	}
	let timer: NodeJS.Timeout | undefined;
	let onAbort: (() => void) | undefined;
	const stop = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(limits.onTimeout()), limits.timeoutMs);
		onAbort = () => reject(cancelledError(signal?.reason));
		signal?.addEventListener('abort', onAbort, {once: true});
	});
	try {
		return await Promise.race([work, stop]);
	} catch (error) {
		limits.cleanup?.();
		throw error;
	} finally {
		clearTimeout(timer);
		if (onAbort) signal?.removeEventListener('abort', onAbort);
		// A late rejection of `work` after the deadline is no one's to hear.
		work.catch(() => undefined);
	}
}

/**
 * withDeadline for one link of the report: what went wrong comes back, as the AppError the
 * requests would give for it (networkError reads what Node threw), and only a cancel is thrown.
 */
export async function tryLink<T>(work: Promise<T>, limits: Limits, context: FailureContext): Promise<T | AppError> {
	try {
		return await withDeadline(work, limits);
	} catch (thrown) {
		if (thrown instanceof CancelledError) throw thrown;
		return thrown instanceof AppError ? thrown : networkError(thrown, context);
	}
}

/** Milliseconds since `start` (performance.now()), to a tenth. */
export function elapsed(start: number): number {
	return Math.round((performance.now() - start) * 10) / 10;
}
