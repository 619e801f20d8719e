import {CancelledError, ConfigError} from '../errors.js';
import {argText} from '../i18n/cli.js';
import {cancelledText} from '../i18n/common.js';
import type {CommandIo} from '../commands/command-io.js';

/** Longest secret read from stdin: a pasted secret is a few hundred bytes, never megabytes. */
const maxBytes = 64 * 1024;

/**
 * The secret for --client-secret-stdin. From a pipe: everything, less one trailing line break.
 * From a terminal: one line typed without echo, so it never shows on screen.
 */
export async function readSecretFromStdin(io: CommandIo, prompt: string): Promise<string> {
	const stdin = io.stdin as NodeJS.ReadStream;
	const secret = stdin.isTTY && typeof stdin.setRawMode === 'function' ? await readHiddenLine(stdin, io, prompt) : await readAll(stdin);
	if (!secret) throw new ConfigError(argText.emptySecretStdin, {reason: 'empty_secret'});
	return secret;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
		size += buffer.length;
		if (size > maxBytes) break;
		chunks.push(buffer);
	}
	return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function readHiddenLine(stdin: NodeJS.ReadStream, io: CommandIo, prompt: string): Promise<string> {
	io.stderr.write(prompt);
	return new Promise((resolve, reject) => {
		let line = '';
		const finish = (error?: Error) => {
			stdin.setRawMode(false);
			stdin.pause();
			stdin.off('data', onData);
			io.stderr.write('\n');
			if (error) reject(error);
			else resolve(line);
		};
		const onData = (data: Buffer) => {
			for (const char of data.toString('utf8')) {
				if (char === '\u0003') return finish(new CancelledError(cancelledText, {reason: 'cancelled'}));
				if (char === '\r' || char === '\n' || char === '\u0004') return finish();
				if (char === '\u007f' || char === '\b') line = line.slice(0, -1);
				else if (char >= ' ') line += char;
			}
		};
		stdin.setRawMode(true);
		stdin.resume();
		stdin.on('data', onData);
	});
}
