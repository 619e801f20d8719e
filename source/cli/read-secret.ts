import {CancelledError, ConfigError} from '../errors/app-error.js';
import {argText} from '../i18n/cli.js';
import {cancelledText} from '../i18n/common.js';
import type {CommandIo} from './command-io.js';

/** Longest secret read from stdin: a pasted secret is a few hundred bytes, never megabytes. */
export const maxSecretBytes = 64 * 1024;

/**
 * The secret for --client-secret-stdin (and the token for verify --token-stdin). From a pipe:
 * everything, less one trailing line break; more than maxSecretBytes is an error, never cut
 * short. From a terminal: one line typed without echo, so it never shows on screen. Ctrl+C,
 * SIGTERM or SIGHUP (io.signal) end the wait at once, the terminal back in its normal mode.
 */
export async function readSecretFromStdin(io: CommandIo, prompt: string): Promise<string> {
	const stdin = io.stdin as NodeJS.ReadStream;
	const secret = stdin.isTTY && typeof stdin.setRawMode === 'function' ? await readHiddenLine(stdin, io, prompt) : await readAll(stdin, io.signal);
	if (!secret) throw new ConfigError(argText.emptySecretStdin, {reason: 'empty_secret'});
	return secret;
}

function cancelled(): CancelledError {
	return new CancelledError(cancelledText, {reason: 'cancelled'});
}

function readAll(stream: NodeJS.ReadStream, signal: AbortSignal): Promise<string> {
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
				// Nothing more is wanted from it: a writer that keeps going must not keep us alive.
				stream.destroy();
				reject(error);
			} else resolve(Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, ''));
		};
		const onData = (chunk: Buffer | string) => {
			const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			size += buffer.length;
			if (size > maxSecretBytes) finish(new ConfigError(argText.secretTooLong(maxSecretBytes), {reason: 'secret_too_long'}));
			else chunks.push(buffer);
		};
		const onEnd = () => finish();
		const onError = (error: Error) => finish(error);
		const onAbort = () => finish(cancelled());
		if (signal.aborted) return onAbort();
		signal.addEventListener('abort', onAbort, {once: true});
		stream.on('data', onData);
		stream.once('end', onEnd);
		stream.once('error', onError);
		stream.resume();
	});
}

function readHiddenLine(stdin: NodeJS.ReadStream, io: CommandIo, prompt: string): Promise<string> {
	io.stderr.write(prompt);
	return new Promise((resolve, reject) => {
		let line = '';
		const finish = (error?: Error) => {
			stdin.setRawMode(false);
			stdin.pause();
			stdin.off('data', onData);
			io.signal.removeEventListener('abort', onAbort);
			io.stderr.write('\n');
			if (error) reject(error);
			else resolve(line);
		};
		const onData = (data: Buffer) => {
			for (const char of data.toString('utf8')) {
				if (char === '\u0003') return finish(cancelled());
				if (char === '\r' || char === '\n' || char === '\u0004') return finish();
				if (char === '\u007f' || char === '\b') line = line.slice(0, -1);
				else if (char >= ' ') line += char;
				if (line.length > maxSecretBytes) {
					return finish(new ConfigError(argText.secretTooLong(maxSecretBytes), {reason: 'secret_too_long'}));
				}
			}
		};
		const onAbort = () => finish(cancelled());
		if (io.signal.aborted) return onAbort();
		io.signal.addEventListener('abort', onAbort, {once: true});
		stdin.setRawMode(true);
		stdin.resume();
		stdin.on('data', onData);
	});
}
