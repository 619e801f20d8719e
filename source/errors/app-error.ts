import {say, type Message} from '../i18n/catalogs.js';
import type {ErrorText, Lang} from '../i18n/lang.js';
import {displayLine} from '../text/display.js';
import {exitCodes, signalExitCodes, type StopSignal} from './exit-codes.js';
import type {ErrorReason} from './reasons.js';

/**
 * Error texts carry values from outside (a URL, a file name, an argument, a server's words): each
 * passes the display sanitiser here, so no error can put an escape sequence on a terminal.
 */
function safeText(text: ErrorText): ErrorText {
	return {message: displayLine(text.message), ...(text.hint === undefined ? {} : {hint: displayLine(text.hint)})};
}

/**
 * Every failure the user can cause or meet is one of these: its text as a catalog message, one
 * machine-readable reason, and the exit code of its class. The command line is the one place that
 * prints them. Error.message is the English message, so a stray log never loses the meaning. No
 * text may ever contain a client secret or a token.
 */
export abstract class AppError extends Error {
	abstract readonly exitCode: number;

	readonly reason: ErrorReason | undefined;

	/** The catalog key of the message and hint, and what fills them in: worded by `errorText`. */
	readonly text: Message;

	constructor(text: Message, options?: {cause?: unknown; reason?: ErrorReason}) {
		super(safeText(say(text, 'en')).message, options?.cause === undefined ? undefined : {cause: options.cause});
		this.name = new.target.name;
		this.reason = options?.reason;
		this.text = text;
	}
}

/** The error's message and hint in the user's language, each one display-safe line. */
export function errorText(error: AppError, lang: Lang): ErrorText {
	return safeText(say(error.text, lang));
}

/** Usage or invalid input. */
export class ConfigError extends AppError {
	readonly exitCode = exitCodes.usage;
}

/** A file or folder of ours (the profiles file and its lock, a token file) that cannot be read or written. */
export class FileError extends AppError {
	readonly exitCode = exitCodes.usage;
}

/** The wizard was started without a terminal to draw on and read keys from. */
export class TerminalError extends AppError {
	readonly exitCode = exitCodes.usage;
}

/** No clipboard could be reached: the wizard says so and offers to print the token instead. */
export class CopyError extends AppError {
	readonly exitCode = exitCodes.usage;
}

/** DNS, refused, reset, timeout, proxy, redirect, unexpected response shape. */
export class NetworkError extends AppError {
	readonly exitCode = exitCodes.network;
}

/** Certificate problems. */
export class TlsError extends AppError {
	readonly exitCode = exitCodes.network;
}

/** The token server refused: OAuth error JSON, 401, 403. */
export class OAuthError extends AppError {
	readonly exitCode = exitCodes.refused;
}

/** The token failed the Okta-style SCIM check. */
export class VerifyError extends AppError {
	readonly exitCode = exitCodes.verify;
}

/** The user pressed Ctrl+C or Esc during a request, or quit the wizard. */
export class CancelledError extends AppError {
	readonly exitCode = exitCodes.cancelled;
}

/** The run was ended by a signal: the signal named as what it was, exit 128 + its number. */
export class StoppedError extends AppError {
	readonly exitCode: number;

	constructor(
		readonly signal: StopSignal,
		text: Message,
	) {
		super(text, {reason: 'stopped'});
		this.exitCode = signalExitCodes[signal];
	}
}
