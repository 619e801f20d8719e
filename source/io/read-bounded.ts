import {open} from 'node:fs/promises';
import {CancelledError} from '../errors/app-error.js';
import {cancelledText} from '../i18n/text.js';

// Input from outside read up to a limit and no further: a stream (standard input) or a file.

/**
 * Everything a stream gives until it ends, up to `maxBytes`: past that it rejects with
 * `tooLarge()` (never a value cut short) and the stream is destroyed, so a writer that keeps going
 * cannot keep the process alive. The user's cancel (`signal`) rejects with CancelledError at once.
 */
export function readBounded(stream: NodeJS.ReadableStream, signal: AbortSignal, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const finish = (error?: Error) => {
			stream.off('data', onData);
			stream.off('end', onEnd);
			stream.off('error', onError);
			signal.removeEventListener('abort', onAbort);
			stream.pause();
			if (error) {
				(stream as Partial<NodeJS.ReadStream>).destroy?.();
				reject(error);
			} else {
				resolve(Buffer.concat(chunks));
			}
		};
		const onData = (chunk: Buffer | string) => {
			const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			size += buffer.length;
			if (size > maxBytes) finish(tooLarge());
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

/** A file's bytes, reading at most `maxBytes`: past that it rejects with `tooLarge()`, so a device or a huge file is refused, not read whole. */
export async function readFileBounded(file: string, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
	const handle = await open(file, 'r');
	try {
		const buffer = Buffer.alloc(maxBytes + 1);
		let size = 0;
		while (size <= maxBytes) {
			const {bytesRead} = await handle.read(buffer, size, buffer.length - size, null);
			if (bytesRead === 0) break;
			size += bytesRead;
		}
		if (size > maxBytes) throw tooLarge();
		return buffer.subarray(0, size);
	} finally {
		await handle.close();
	}
}
