import {open, stat, unlink} from 'node:fs/promises';
import {setTimeout as delay} from 'node:timers/promises';

export type LockOptions = Readonly<{
	/** A lock older than this was left by a process that died holding it. */
	staleMs?: number;
	/** Give up after this long. */
	timeoutMs?: number;
	/** Told each time the lock was found taken, before the next try. */
	onBusy?: (tries: number) => void;
}>;

export class LockTimeoutError extends Error {
	constructor(readonly lockFile: string) {
		super(`Timed out waiting for ${lockFile}`);
		this.name = 'LockTimeoutError';
	}
}

/**
 * Runs `critical` while holding an exclusive lock file. Creating the file with 'wx' is atomic on
 * local file systems and on NFSv3+, so exactly one process wins; the others poll. The critical
 * section of the profile store is a read-modify-write of a small file, a few milliseconds, so a
 * lock older than `staleMs` can only belong to a process that crashed.
 */
export async function withFileLock<T>(
	lockFile: string,
	critical: () => T | Promise<T>,
	options: LockOptions = {},
): Promise<T> {
	const staleMs = options.staleMs ?? 5000;
	const deadline = Date.now() + (options.timeoutMs ?? 15_000);
	let pause = 5;
	for (let tries = 1; ; tries++) {
		const handle = await tryCreate(lockFile);
		if (handle) {
			try {
				await handle.writeFile(`${process.pid}\n`);
			} finally {
				await handle.close();
			}
			try {
				return await critical();
			} finally {
				await unlink(lockFile).catch(() => undefined);
			}
		}
		options.onBusy?.(tries);
		await removeIfStale(lockFile, staleMs);
		if (Date.now() > deadline) throw new LockTimeoutError(lockFile);
		// Jitter keeps two waiters from retrying in lockstep.
		await delay(pause + Math.random() * pause);
		pause = Math.min(pause * 2, 100);
	}
}

async function tryCreate(lockFile: string) {
	try {
		return await open(lockFile, 'wx', 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
		throw error;
	}
}

async function removeIfStale(lockFile: string, staleMs: number): Promise<void> {
	const before = await stat(lockFile).catch(() => undefined);
	if (!before || Date.now() - before.mtimeMs < staleMs) return;
	// Someone else may have broken the stale lock and taken a fresh one meanwhile: only remove
	// the very file that was seen stale. (A window of microseconds remains between this check and
	// the unlink; it needs two processes finding the same crashed lock at the same instant.)
	const again = await stat(lockFile).catch(() => undefined);
	if (again && again.ino === before.ino && again.mtimeMs === before.mtimeMs) {
		await unlink(lockFile).catch(() => undefined);
	}
}
