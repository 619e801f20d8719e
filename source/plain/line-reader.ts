import {StringDecoder} from 'node:string_decoder';

/** Named as @inquirer's errors are, so one catch handles both engines: Esc means Back… */
export class AbortPromptError extends Error {
	override name = 'AbortPromptError';
}

/** …and Ctrl+C ends the wizard. */
export class ExitPromptError extends Error {
	override name = 'ExitPromptError';
}

/** Standard input ended (a file or pipe of answers ran out, or Ctrl+D) before the question was answered. */
export class InputEndedError extends Error {
	override name = 'InputEndedError';
}

/** A line longer than any answer: the rest of it is dropped, so a runaway pipe cannot fill memory. */
const maxLine = 64 * 1024;

export type LineReader = Readonly<{
	/** The next line, without its line break. */
	line: (signal: AbortSignal) => Promise<string>;
	/** A line typed unseen: on a terminal, read key by key in raw mode with no echo; from a pipe, the next line. */
	secret: (signal: AbortSignal) => Promise<string>;
	close: () => void;
}>;

type Waiter = Readonly<{resolve: (line: string) => void; reject: (error: Error) => void; isSecret: boolean}>;

/**
 * Lines from standard input, for terminals that draw nothing (TERM=dumb) and for pipes: no
 * readline, no escape codes, so the transcript holds only prompts and answers.
 */
export function lineReader(input: NodeJS.ReadableStream & {isTTY?: boolean; setRawMode?: (mode: boolean) => unknown}): LineReader {
	const decoder = new StringDecoder('utf8');
	const lines: string[] = [];
	let partial = '';
	let hasEnded = false;
	let waiter: Waiter | undefined;
	let secret = '';

	const settle = (apply: (waiting: Waiter) => void) => {
		const waiting = waiter;
		waiter = undefined;
		input.pause();
		if (waiting?.isSecret) input.setRawMode?.(false);
		if (waiting) apply(waiting);
	};
	const offer = () => {
		if (!waiter) return;
		const line = lines.shift();
		if (line !== undefined) settle(waiting => waiting.resolve(line));
		else if (hasEnded) settle(waiting => waiting.reject(new InputEndedError('input ended')));
	};
	// Raw mode, a secret: the keys a terminal's line discipline would have handled, handled here.
	const secretKeys = (text: string) => {
		for (const char of text) {
			if (char === '\r' || char === '\n') return settle(waiting => waiting.resolve(secret));
			if (char === '\u0003') return settle(waiting => waiting.reject(new ExitPromptError('Ctrl+C')));
			if (char === '\u0004' && secret === '') return settle(waiting => waiting.reject(new InputEndedError('Ctrl+D')));
			if (char === '\u001B') return settle(waiting => waiting.reject(new AbortPromptError('Esc')));
			if (char === '\u007F' || char === '\b') secret = secret.slice(0, -1);
			else if (char === '\u0015') secret = '';
			else if (char >= ' ' && secret.length < maxLine) secret += char;
		}
	};
	const onData = (chunk: Buffer | string) => {
		const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
		if (waiter?.isSecret) return secretKeys(text);
		const parts = (partial + text).split('\n');
		partial = parts.pop()!.slice(0, maxLine);
		lines.push(...parts.map(line => line.replace(/\r$/, '').slice(0, maxLine)));
		offer();
	};
	const onEnd = () => {
		hasEnded = true;
		if (partial) lines.push(partial);
		partial = '';
		offer();
	};
	input.on('data', onData);
	input.on('end', onEnd);
	input.pause();

	const read = (signal: AbortSignal, isSecret: boolean) =>
		new Promise<string>((resolve, reject) => {
			if (signal.aborted) return reject(new AbortPromptError('aborted'));
			const onAbort = () => settle(waiting => waiting.reject(new AbortPromptError('aborted')));
			signal.addEventListener('abort', onAbort, {once: true});
			const done = <T>(then: (value: T) => void) => (value: T) => {
				signal.removeEventListener('abort', onAbort);
				then(value);
			};
			// A secret on a terminal: raw mode, so nothing typed is echoed.
			const isRawSecret = isSecret && input.isTTY === true && typeof input.setRawMode === 'function';
			secret = '';
			waiter = {resolve: done(resolve), reject: done(reject), isSecret: isRawSecret};
			if (isRawSecret) input.setRawMode!(true);
			offer();
			if (waiter) input.resume();
		});

	return {
		line: signal => read(signal, false),
		secret: signal => read(signal, true),
		close() {
			input.off('data', onData);
			input.off('end', onEnd);
			input.pause();
		},
	};
}
