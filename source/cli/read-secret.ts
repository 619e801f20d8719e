import {CancelledError, ConfigError} from '../errors/app-error.js';
import {argText, cancelledText} from '../i18n/text.js';
import type {CommandIo} from './command-io.js';
import {readBounded} from '../io/read-bounded.js';

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

async function readAll(stream: NodeJS.ReadStream, signal: AbortSignal): Promise<string> {
	const bytes = await readBounded(stream, signal, maxSecretBytes, () => new ConfigError(argText.secretTooLong(maxSecretBytes), {reason: 'secret_too_long'}));
	return bytes.toString('utf8').replace(/\r?\n$/, '');
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
