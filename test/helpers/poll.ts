/**
 * The one way a test waits: checks `condition` again and again (as soon as timers allow) until it
 * holds, never a fixed sleep; after `timeoutMs` it fails, saying what it waited for.
 */
export async function pollUntil(condition: () => boolean | Promise<boolean>, what: string | (() => string) = 'a condition', timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (await condition()) return;
		if (Date.now() > deadline) throw new Error(typeof what === 'function' ? what() : `timed out waiting for ${what}`);
		await new Promise(resolve => setTimeout(resolve, 10));
	}
}
