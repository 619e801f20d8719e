import {type AppError, CancelledError} from '../errors/app-error.js';
import {cancelledText} from '../i18n/text.js';

/**
 * Runs `work` until it settles, the deadline passes (`onTimeout`'s error), or the user cancels
 * (CancelledError). `cleanup` runs whenever the wait ends early, to close what `work` opened.
 */
export async function withDeadline<T>(
	work: Promise<T>,
	limits: Readonly<{timeoutMs: number; signal?: AbortSignal; onTimeout: () => AppError; cleanup?: () => void}>,
): Promise<T> {
	const {signal} = limits;
	if (signal?.aborted) {
		limits.cleanup?.();
		throw new CancelledError(cancelledText, {reason: 'cancelled'});
	}
	let timer: NodeJS.Timeout | undefined;
	let onAbort: (() => void) | undefined;
	const stop = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(limits.onTimeout()), limits.timeoutMs);
		onAbort = () => reject(new CancelledError(cancelledText, {cause: signal?.reason, reason: 'cancelled'}));
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

/** Milliseconds since `start` (performance.now()), to a tenth. */
export function elapsed(start: number): number {
	return Math.round((performance.now() - start) * 10) / 10;
}
