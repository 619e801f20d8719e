import {constants, promises as fs} from 'node:fs';
import {FileError} from '../errors/app-error.js';
import {tokenFileText} from '../i18n/text.js';

/**
 * Writes `text` (and a newline) to a file only its owner can read: a token (get --output, the
 * wizard's save) or a profiles export. Without `overwrite` an existing file is an error, never
 * replaced; with it, the mode is set to 0600 before the old contents are cut, so the text is
 * never in a file others can read. A symbolic link is refused either way: it could point the
 * text anywhere.
 */
export async function writePrivateFile(path: string, text: string, options: Readonly<{overwrite: boolean}>): Promise<void> {
	// O_EXCL does not follow links; O_NOFOLLOW does the same for the overwrite case. O_NONBLOCK:
	// opening a named pipe (FIFO) that nobody reads would otherwise wait forever, past any signal;
	// this way it fails at once (ENXIO). On a regular file it changes nothing.
	const flags =
		constants.O_NONBLOCK |
		(options.overwrite ? constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
	let handle: fs.FileHandle;
	try {
		handle = await fs.open(path, flags, 0o600);
	} catch (error) {
		throw openError(path, error);
	}
	try {
		// A pipe or a device (--output /dev/stdout, a FIFO a reader waits on) has no mode or length
		// of its own to set: the text goes straight through.
		if ((await handle.stat()).isFile()) {
			// The umask may have narrowed the creation mode, and an old file keeps its own: set it.
			await handle.chmod(0o600);
			await handle.truncate(0);
		}
		await handle.writeFile(`${text}\n`, 'utf8');
	} catch (error) {
		throw new FileError(tokenFileText.fileWriteFailed(path, errnoOf(error)), {cause: error, reason: 'output_write'});
	} finally {
		await handle.close();
	}
}

function openError(path: string, error: unknown): FileError {
	const code = errnoOf(error);
	switch (code) {
		case 'EEXIST': {
			return new FileError(tokenFileText.fileExists(path), {cause: error, reason: 'output_exists'});
		}
		case 'ENOENT': {
			return new FileError(tokenFileText.folderMissing(path), {cause: error, reason: 'output_folder_missing'});
		}
		case 'ENOTDIR': {
			return new FileError(tokenFileText.folderMissing(path), {cause: error, reason: 'output_folder_missing'});
		}
		case 'ENXIO': {
			return new FileError(tokenFileText.noReader(path), {cause: error, reason: 'output_no_reader'});
		}
		case 'ELOOP': {
			return new FileError(tokenFileText.fileIsLink(path), {cause: error, reason: 'output_symlink'});
		}
		case 'EISDIR': {
			return new FileError(tokenFileText.fileIsFolder(path), {cause: error, reason: 'output_is_folder'});
		}
		case 'EACCES':
		case 'EPERM':
		case 'EROFS': {
			return new FileError(tokenFileText.fileDenied(path, code), {cause: error, reason: 'output_denied'});
		}
		default: {
			return new FileError(tokenFileText.fileWriteFailed(path, code), {cause: error, reason: 'output_write'});
		}
	}
}

function errnoOf(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return typeof code === 'string' ? code : 'unknown';
}
