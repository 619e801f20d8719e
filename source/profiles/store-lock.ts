import {AppError, FileError} from '../errors/app-error.js';
import {profileErrorText} from '../i18n/text.js';
import {LockTimeoutError, withFileLock, type LockOptions} from './file-lock.js';
import {ensureDirectory, refuseLinks} from './store-file.js';
import type {StorePaths} from './store-paths.js';

/**
 * Runs `critical` holding the store's lock file, in the store's folder (made 0700 if need be): every
 * change is a read-modify-write under it, so two processes saving different profiles both keep
 * theirs. What the system refuses (a folder not ours, a full disk) is a FileError naming the file.
 */
export async function underStoreLock<T>(paths: StorePaths, critical: () => T | Promise<T>, options?: LockOptions): Promise<T> {
	try {
		refuseLinks(paths);
		ensureDirectory(paths.directory);
		return await withFileLock(paths.lockFile, critical, options);
	} catch (error) {
		throw storeError(error, paths);
	}
}

/** An error of the file system or the lock, as the FileError that says which file and what to do. */
export function storeError(error: unknown, paths: StorePaths): unknown {
	if (error instanceof AppError) return error;
	if (error instanceof LockTimeoutError) return new FileError(profileErrorText.locked(paths.lockFile), {reason: 'profile_store_locked'});
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (typeof code === 'string') return new FileError(profileErrorText.io(paths.file, code, paths.directory), {cause: error, reason: 'profile_store_io'});
	return error;
}
