import fs from 'node:fs';

/**
 * Keeps a file the store cannot use as `<file>.bak-<time>` (mode 0600: it may hold a secret) and
 * removes the original, so the store can start again without losing a byte. The bytes written are
 * the ones read when the file was judged: another process may have written it since.
 * Returns the backup's path.
 */
export function moveAside(file: string, original: Buffer, now: Date): string {
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	for (let n = 1; ; n++) {
		const backup = n === 1 ? `${file}.bak-${stamp}` : `${file}.bak-${stamp}-${n}`;
		let fd: number;
		try {
			fd = fs.openSync(backup, 'wx', 0o600);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
			throw error;
		}
		try {
			fs.writeSync(fd, original);
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
		fs.rmSync(file, {force: true});
		return backup;
	}
}
