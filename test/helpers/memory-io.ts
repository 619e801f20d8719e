import {PassThrough} from 'node:stream';
import type {CommandIo} from '../../source/cli/command-io.js';
import type {Lang} from '../../source/i18n/lang.js';

/** A command's input and output in memory, to run it in-process: stdin given whole, stdout and stderr collected. */
export function memoryIo(options: Readonly<{env: NodeJS.ProcessEnv; lang?: Lang; stdin?: string | Buffer}>): Readonly<{io: CommandIo; stdout: () => string; stderr: () => string}> {
	const stdin = new PassThrough();
	stdin.end(options.stdin ?? '');
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
	stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
	const io: CommandIo = {stdin, stdout, stderr, env: options.env, lang: options.lang ?? 'en', signal: new AbortController().signal};
	return {io, stdout: () => out, stderr: () => err};
}
