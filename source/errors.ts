import type {Localized} from './i18n/lang.js';
import {displayLine} from './text/display.js';

/** What the user reads: one sentence on what went wrong, one "try" line. */
export type ErrorText = Readonly<{message: string; hint?: string}>;

/**
 * Every failure the user can cause or meet is one of these. Each carries its text in both
 * languages and the exit code of DESIGN.md; cli.tsx is the one place that prints them.
 * Error.message is the English message, so a stray log never loses the meaning.
 * No text may ever contain a client secret or a token.
 */
export abstract class AppError extends Error {
	abstract readonly exitCode: number;

	/** A stable machine-readable cause such as 'invalid_client', 'dns' or 'tls_self_signed'. */
	readonly reason: string | undefined;

	/** The message and hint in both languages, each one safe line (see safeText). */
	readonly text: Localized<ErrorText>;

	constructor(text: Localized<ErrorText>, options?: {cause?: unknown; reason?: string}) {
		super(safeText(text.en).message, options?.cause === undefined ? undefined : {cause: options.cause});
		this.name = new.target.name;
		this.reason = options?.reason;
		this.text = {en: safeText(text.en), 'pt-BR': safeText(text['pt-BR'])};
	}
}

/**
 * Error texts carry values from outside (a URL, a file name, an argument, a server's words): each
 * passes the display sanitiser here, so no error can put an escape sequence on a terminal.
 */
function safeText(text: ErrorText): ErrorText {
	return {message: displayLine(text.message), ...(text.hint === undefined ? {} : {hint: displayLine(text.hint)})};
}

/** Usage or invalid input: exit 2. */
export class ConfigError extends AppError {
	readonly exitCode = 2;
}

/** DNS, refused, reset, timeout, proxy, redirect, unexpected response shape: exit 3. */
export class NetworkError extends AppError {
	readonly exitCode = 3;
}

/** Certificate problems: exit 3. */
export class TlsError extends AppError {
	readonly exitCode = 3;
}

/** The token server refused: OAuth error JSON, 401, 403: exit 4. */
export class OAuthError extends AppError {
	readonly exitCode = 4;
}

/** The token failed the Okta-style SCIM check: exit 5. */
export class VerifyError extends AppError {
	readonly exitCode = 5;
}

/** The user pressed Ctrl+C or Esc during a request: exit 130. */
export class CancelledError extends AppError {
	readonly exitCode = 130;
}

export const exitCodes = {
	ok: 0,
	bug: 1,
	usage: 2,
	network: 3,
	refused: 4,
	verify: 5,
	cancelled: 130,
	/** Standard output or error went away (`get | head -c 10`), as for any Unix tool (128 + SIGPIPE). */
	outputClosed: 141,
} as const;

/** The signals that end a run: Ctrl+C before the wizard reads keys, `kill`, the SSH link dropping. */
export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

export const stopSignals: readonly StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** 128 + the signal's number, as a shell reports a process the signal ended. */
export const signalExitCodes: Readonly<Record<StopSignal, number>> = {SIGHUP: 129, SIGINT: 130, SIGTERM: 143};

/** The reason of an AbortSignal aborted by a stop signal, or undefined. */
export function stopSignalOf(signal: AbortSignal): StopSignal | undefined {
	return signal.aborted && stopSignals.includes(signal.reason as StopSignal) ? (signal.reason as StopSignal) : undefined;
}

/** The run was ended by a signal: exit 128 + its number, and the signal named as what it was. */
export class StoppedError extends AppError {
	readonly exitCode: number;

	constructor(
		readonly signal: StopSignal,
		text: Localized<ErrorText>,
	) {
		super(text, {reason: 'stopped'});
		this.exitCode = signalExitCodes[signal];
	}
}
