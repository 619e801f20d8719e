import fs from 'node:fs';
import tty from 'node:tty';

/**
 * Opens the controlling terminal for writing. Escape sequences go here and never to stdout:
 * with `get --copy > file` stdout is a file, and the sequence would land in it next to the token.
 * Throws (ENXIO, ENOENT) when the process has no controlling terminal, as under cron or CI.
 */
export function openControllingTerminal(): NodeJS.WritableStream {
	const fd = fs.openSync('/dev/tty', 'w');
	// A tty stream, not a file stream: its writes never occupy a thread-pool thread, and destroying
	// it really lets go, so a terminal that stops reading cannot keep the process from exiting.
	return new tty.WriteStream(fd);
}

/** Writes and ends the stream; settles when the bytes are handed to the terminal or it fails. */
export async function writeAndClose(stream: NodeJS.WritableStream, data: string, timeoutMs: number): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => {
			cleanup();
			destroy(stream);
			reject(new Error(`the terminal did not take the bytes within ${timeoutMs} ms`));
		}, timeoutMs);
		const onError = (error: Error): void => {
			cleanup();
			destroy(stream);
			reject(error);
		};
		const onFinish = (): void => {
			cleanup();
			resolve();
		};
		const cleanup = (): void => {
			clearTimeout(timer);
			stream.off('error', onError);
			stream.off('finish', onFinish);
		};
		stream.on('error', onError);
		stream.on('finish', onFinish);
		stream.write(data);
		stream.end();
	});
}

function destroy(stream: NodeJS.WritableStream): void {
	(stream as NodeJS.WritableStream & {destroy?: () => void}).destroy?.();
}
