import {ConfigError} from '../errors/app-error.js';
import {checkField, type Credentials, emptyCredentials} from '../flow/credentials.js';
import {type Param, parseParamEntries} from '../model/extra-params.js';
import {issueView} from '../flow/view-lines.js';
import {argText} from '../i18n/text.js';
import {inEveryLanguage, type Localized} from '../i18n/lang.js';
import type {Issue, IssueCode, Removed} from '../model/issues.js';
import {splitCommandLine} from '../secret-command/split-command-line.js';
import {hasUnsafeCharacters} from '../text/display.js';

/** A value given on the command line, cleaned as the wizard cleans a paste, with what to say about it on stderr. */
export type GivenValue = Readonly<{value: string; notes: ReadonlyArray<Localized<string>>}>;

// The other URL of the pair: refused before the request, where the wizard only warns, because a
// script gets no second look at a warning and the server's answer would blame the credentials.
const swapped: ReadonlySet<IssueCode> = new Set(['token-is-base', 'base-is-token']);

/** What the wizard says of `issue`, in every language. */
function issueText(issue: Issue): Localized<string> {
	return inEveryLanguage(lang => issueView(issue, lang).text);
}

function said(source: string, issue: Issue): Localized<string> {
	return inEveryLanguage(lang => `${source}: ${issueView(issue, lang).text}`);
}

/**
 * A URL given on the command line (--token-url, --base-url, --segura-url, or a profile's or an
 * import file's), held to the rules
 * the wizard holds it to: spaces, quotes and line breaks around it removed; an absolute https URL
 * (http only to this machine), no user or password in it; not the other URL of the pair (the
 * Base URL given as the Token URL). Refused before any connection, with a message that never
 * repeats the URL (it may hold a password). Warnings (another path; with `values`, another host
 * than the Segura URL's) are notes for stderr.
 */
export function checkUrlOption(flag: string, field: 'seguraUrl' | 'tokenUrl' | 'baseUrl', raw: string, values: Credentials = emptyCredentials): GivenValue {
	const check = checkField(field, raw, values);
	const example = {seguraUrl: '', baseUrl: '/iso/scim/v2', tokenUrl: '/iso/oauth2/token'}[field];
	const wrong = check.issues.find(issue => issue.level === 'error' || swapped.has(issue.code));
	if (wrong) {
		const problem = issueText(wrong);
		// The right path on the same server, when only the path was wrong.
		const origin = swapped.has(wrong.code) && URL.canParse(check.value) ? new URL(check.value).origin : undefined;
		throw new ConfigError(argText.badUrl(flag, problem, example, origin), {reason: 'invalid_url'});
	}
	// http to this machine is said on the wizard's screen; a script that asked for it needs no warning each run.
	return {value: check.value, notes: check.issues.filter(issue => issue.code !== 'http-loopback').map(issue => said(flag, issue))};
}

/**
 * A Client ID (--client-id, or a profile's) or a Client Secret (SEGURA_CLIENT_SECRET, standard
 * input), cleaned as a paste is: a trailing line break, quotes or spaces around it. A problem the
 * wizard would refuse (spaces inside a Client ID) is an error named after where the value came
 * from; what was removed is said, the value never is.
 */
export function checkValueOption(field: 'clientId' | 'clientSecret', source: string, raw: string): GivenValue {
	const check = checkField(field, raw, emptyCredentials);
	const wrong = check.issues.find(issue => issue.level === 'error');
	if (wrong) throw new ConfigError(argText.badValue(source, issueText(wrong)), {reason: 'usage'});
	return {value: check.value, notes: check.issues.map(issue => said(source, issue))};
}

/**
 * Extra token parameters (--param KEY=VALUE, or a profile's), held to the wizard's rule: a key the
 * request sets itself or one named like a secret is refused, a key comes once, ttl is a number of
 * minutes. Refused before any connection, with the wizard's own words.
 */
export function checkParamOptions(source: string, entries: readonly string[]): readonly Param[] {
	const {params, issues} = parseParamEntries(entries);
	const wrong = issues.find(issue => issue.level === 'error');
	if (wrong) throw new ConfigError(argText.badParam(source, issueText(wrong)), {reason: 'usage'});
	return params;
}

/** Text that may be shown and stored as it is (a token name, a file path): no control or invisible character. */
export function checkSafeText(source: string, value: string): string {
	if (!hasUnsafeCharacters(value)) return value;
	throw new ConfigError(argText.badValue(source, issueText({level: 'error', code: 'unsafe-characters'})), {reason: 'usage'});
}

/**
 * A secret command line (--client-secret-command, a profile's, an import file's), trimmed: safe
 * text that splits into words as a shell would split it (splitCommandLine), so a saved one runs.
 */
export function checkCommandOption(source: string, raw: string): string {
	const line = checkSafeText(source, raw.trim());
	splitCommandLine(line, source);
	return line;
}

/** What the cleaning of a pasted value removed from a value that came from `source`, as the wizard says it. */
export function removedNote(source: string, removed: readonly Removed[]): Localized<string> {
	return said(source, {level: 'notice', code: 'cleaned', removed});
}
