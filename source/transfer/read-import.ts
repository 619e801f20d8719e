import {open} from 'node:fs/promises';
import {readBounded} from '../cli/read-bounded.js';
import {CancelledError, ConfigError} from '../errors/app-error.js';
import {transferErrorText} from '../i18n/profile-transfer.js';
import {formatBytes} from '../net/send-request.js';
import {displayLine} from '../text/display.js';

/** A profile is a few KiB at most: an import file past this is not one (or is /dev/zero). */
export const maxImportBytes = 1024 * 1024;

class TooLarge extends Error {}

/**
 * The text of an import file, or of standard input for "-", read up to maxImportBytes and no
 * further (a larger one is refused, never cut short), and decoded as UTF-8, which JSON must be.
 */
export async function readImportText(file: string, stdin: NodeJS.ReadableStream, signal: AbortSignal): Promise<string> {
	let bytes: Buffer;
	try {
		bytes = file === '-' ? await readStream(stdin, signal) : await readFile(file);
	} catch (error) {
		if (error instanceof TooLarge) throw new ConfigError(transferErrorText.tooLarge(formatBytes(maxImportBytes)), {reason: 'import_too_large'});
		if (error instanceof CancelledError) throw error;
		const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
		throw new ConfigError(transferErrorText.unreadable(displayLine(file, 200), code), {cause: error, reason: 'usage'});
	}
	try {
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		throw new ConfigError(transferErrorText.notJson, {reason: 'import_invalid'});
	}
}

async function readFile(file: string): Promise<Buffer> {
	const handle = await open(file, 'r');
	try {
		const buffer = Buffer.alloc(maxImportBytes + 1);
		let size = 0;
		while (size <= maxImportBytes) {
			const {bytesRead} = await handle.read(buffer, size, buffer.length - size, null);
			if (bytesRead === 0) break;
			size += bytesRead;
		}
		if (size > maxImportBytes) throw new TooLarge();
		return buffer.subarray(0, size);
	} finally {
		await handle.close();
	}
}

function readStream(stream: NodeJS.ReadableStream, signal: AbortSignal): Promise<Buffer> {
	return readBounded(stream, signal, maxImportBytes, () => new TooLarge());
}
