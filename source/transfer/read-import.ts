import {open} from 'node:fs/promises';
import {CancelledError, ConfigError} from '../errors/app-error.js';
import {cancelledText} from '../i18n/common.js';
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
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const finish = (error?: Error) => {
			stream.off('data', onData);
			stream.off('end', onEnd);
			stream.off('error', onError);
			signal.removeEventListener('abort', onAbort);
			stream.pause();
			if (error) reject(error);
			else resolve(Buffer.concat(chunks));
		};
		const onData = (chunk: Buffer | string) => {
			const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			size += buffer.length;
			if (size > maxImportBytes) finish(new TooLarge());
			else chunks.push(buffer);
		};
		const onEnd = () => finish();
		const onError = (error: Error) => finish(error);
		const onAbort = () => finish(new CancelledError(cancelledText, {reason: 'cancelled'}));
		if (signal.aborted) return onAbort();
		signal.addEventListener('abort', onAbort, {once: true});
		stream.on('data', onData);
		stream.once('end', onEnd);
		stream.once('error', onError);
		stream.resume();
	});
}
