import {errorText, type AppError} from '../errors/app-error.js';
import {inEveryLanguage, type Localized} from '../i18n/lang.js';

/**
 * The links of the chain from this machine to a token Okta can use, in the order they are
 * walked: each needs the ones before it.
 */
export const linkNames = ['url', 'dns', 'proxy', 'tcp', 'tls', 'http', 'token', 'scim', 'kind'] as const;

export type LinkName = (typeof linkNames)[number];

/**
 * ok: the link holds. warn: it holds, with something to know (a check --insecure turned off).
 * fail: it is broken, and the walk stops there. skip: it could not be checked (no secret, no
 * TLS on an http:// URL) and is no failure. not-run: a link after the broken one.
 */
export type LinkStatus = 'ok' | 'warn' | 'fail' | 'skip' | 'not-run';

/** One link as checked: every text in both languages, each a display-safe line. */
export type LinkResult = Readonly<{
	link: LinkName;
	status: LinkStatus;
	/** How long the check took, when it ran. */
	ms?: number;
	/** What was found, in one line. */
	summary: Localized<string>;
	/** More lines: addresses, the certificate chain, notes, advice. */
	details: ReadonlyArray<Localized<string>>;
	/** Why the link is broken (fail), or what --insecure let pass (warn). */
	error?: AppError;
	/** The same facts as data, for --json. */
	data?: Readonly<Record<string, unknown>>;
}>;

/** The walk: the links in order (those after a broken one as not-run), and the exit code of the first failure. */
export type DoctorReport = Readonly<{
	links: readonly LinkResult[];
	/** 0 when no link failed; else the exit code of the first broken link. */
	exitCode: number;
	failed: LinkName | undefined;
}>;

/** A finished check, before its time is known. */
export type Outcome = Omit<LinkResult, 'link' | 'ms'>;

export function same(text: string): Localized<string> {
	return inEveryLanguage(() => text);
}

/** A broken link: the error's message is its line; its hint is shown under it. */
export function failure(error: AppError, more: Readonly<{details?: ReadonlyArray<Localized<string>>; data?: Readonly<Record<string, unknown>>}> = {}): Outcome {
	return {status: 'fail', summary: inEveryLanguage(lang => errorText(error, lang).message), details: more.details ?? [], error, ...(more.data ? {data: more.data} : {})};
}
