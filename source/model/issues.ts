/**
 * What validation found, as data: the i18n catalog turns a code into words, so rules are tested
 * without caring about language. Errors block a submit; warnings and notices never do.
 */
export type IssueLevel = 'error' | 'warning' | 'notice';

export type IssueCode =
	| 'required'
	| 'url-invalid'
	| 'url-no-scheme'
	| 'url-scheme'
	| 'http-remote'
	| 'http-loopback'
	| 'url-credentials'
	| 'url-query'
	| 'url-fragment'
	| 'other-host'
	| 'base-path'
	| 'token-path'
	| 'base-is-token'
	| 'token-is-base'
	| 'client-id-spaces'
	| 'unsafe-characters'
	| 'cleaned'
	| 'param-format'
	| 'param-key-empty'
	| 'param-duplicate'
	| 'param-reserved'
	| 'param-secret'
	| 'ttl-invalid'
	| 'profile-name-invalid'
	| 'profile-name-taken'
	| 'same-client-other-kind';

/** What a paste carried around the value. */
export type Removed = 'spaces' | 'quotes' | 'line-breaks';

export type Issue = Readonly<{
	level: IssueLevel;
	code: IssueCode;
	/** For 'other-host': the Segura URL's host. For param codes: the offending entry or key. */
	detail?: string;
	/** For 'cleaned'. */
	removed?: readonly Removed[];
}>;

export function hasErrors(issues: readonly Issue[]): boolean {
	return issues.some(issue => issue.level === 'error');
}
