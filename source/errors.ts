import type {Localized} from './i18n/lang.js';

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

	constructor(
		readonly text: Localized<ErrorText>,
		options?: {cause?: unknown; reason?: string},
	) {
		super(text.en.message, options?.cause === undefined ? undefined : {cause: options.cause});
		this.name = new.target.name;
		this.reason = options?.reason;
	}
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
} as const;
