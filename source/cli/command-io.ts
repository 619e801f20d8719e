import type {Lang} from '../i18n/lang.js';

/**
 * What a command may touch of the outside world, passed in so tests can run commands in-process.
 * stdout carries data only (a token, JSON); everything meant for a person goes to stderr.
 */
export type CommandIo = Readonly<{
	stdin: NodeJS.ReadableStream & {isTTY?: boolean};
	stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number};
	stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number};
	env: NodeJS.ProcessEnv;
	lang: Lang;
	/** Aborted on Ctrl+C / SIGINT / SIGTERM. */
	signal: AbortSignal;
}>;
