import type {Issue, Removed} from '../model/issues.js';
import type {SeguraDetails} from '../model/provider-details.js';
import type {CollectField} from '../model/steps.js';
import {hasUnsafeCharacters} from '../text/display.js';
import {parseUrl, scimPath, sortByLevel, tokenPath, urlIssues, type UrlRole} from '../url/url-rules.js';

// Step 1's rules — a pasted value cleaned, checked, proposed, masked — for the wizard and for the
// commands that take the same values (`get`, `profiles add`).

export type Credentials = Readonly<Record<CollectField, string>>;

export const emptyCredentials: Credentials = {seguraUrl: '', baseUrl: '', tokenUrl: '', clientId: '', clientSecret: ''};

/** Every value of step 1, from a partial set (a profile that keeps no secret): the missing ones empty. */
export function valuesOf(given: Readonly<Partial<Credentials>>): Credentials {
	return {seguraUrl: given.seguraUrl ?? '', baseUrl: given.baseUrl ?? '', tokenUrl: given.tokenUrl ?? '', clientId: given.clientId ?? '', clientSecret: given.clientSecret ?? ''};
}

export type Cleaned = Readonly<{value: string; removed: readonly Removed[]}>;

// Typographic quotes too: values are often copied from chat or a document, not from Segura itself.
const quotes = new Set(['"', "'", '`', '\u201C', '\u201D', '\u2018', '\u2019']);
const lineBreaks = /[\r\n\u2028\u2029]/g;

function isSpace(char: string): boolean {
	return char === ' ' || char === '\t' || char === '\u00A0';
}

/**
 * Removes what a copy and paste adds: line breaks (anywhere: a wrapped copy), spaces and quotes
 * around the value. One pass from each end, so a paste of several KB costs nothing noticeable.
 */
export function cleanPaste(raw: string): Cleaned {
	const unbroken = raw.replace(lineBreaks, '');
	const removed = new Set<Removed>();
	if (unbroken.length !== raw.length) removed.add('line-breaks');
	let start = 0;
	let end = unbroken.length;
	while (start < end) {
		const char = unbroken[start]!;
		if (isSpace(char)) removed.add('spaces');
		else if (quotes.has(char)) removed.add('quotes');
		else break;
		start++;
	}
	while (end > start) {
		const char = unbroken[end - 1]!;
		if (isSpace(char)) removed.add('spaces');
		else if (quotes.has(char)) removed.add('quotes');
		else break;
		end--;
	}
	const order: readonly Removed[] = ['spaces', 'quotes', 'line-breaks'];
	return {value: unbroken.slice(start, end), removed: order.filter(item => removed.has(item))};
}

/** What a submit of this field would store, and what the screen says about it. */
export type FieldCheck = Readonly<{value: string; issues: readonly Issue[]; usesProposal: boolean}>;

const roles: Partial<Record<CollectField, UrlRole>> = {seguraUrl: 'segura', baseUrl: 'base', tokenUrl: 'token'};

/** The values the practice server proposes in `segura-token demo`: its address, and its internal-users provider's credentials. */
export type Practice = Readonly<{seguraUrl: string; clientId: string; clientSecret: string}>;

/**
 * What Enter accepts in an empty field: Segura's documented paths on the Segura URL's origin, once
 * that URL is a usable one; in `demo`, the practice server's address and, while the Segura URL is
 * the practice server's, its credentials.
 */
export function proposalFor(field: CollectField, values: Credentials, practice?: Practice): string | undefined {
	if (field === 'seguraUrl') return practice?.seguraUrl;
	if (field === 'clientId' || field === 'clientSecret') {
		return practice && cleanPaste(values.seguraUrl).value === practice.seguraUrl ? practice[field] : undefined;
	}
	const segura = parseUrl(cleanPaste(values.seguraUrl).value);
	if (!segura || (segura.protocol !== 'https:' && segura.protocol !== 'http:')) return undefined;
	return segura.origin + (field === 'baseUrl' ? scimPath : tokenPath);
}

/**
 * Validates `raw` (as typed or pasted) for `field`, against the other values already given.
 * Linear in the length of `raw`: a secret of several KB is checked on every keystroke.
 */
export function checkField(field: CollectField, raw: string, values: Credentials, practice?: Practice): FieldCheck {
	const cleaned = cleanPaste(raw);
	const issues: Issue[] = cleaned.removed.length > 0
		? [{level: 'notice', code: 'cleaned', removed: cleaned.removed}]
		: [];
	if (cleaned.value === '') {
		const proposal = proposalFor(field, values, practice);
		if (proposal !== undefined) return {value: proposal, issues, usesProposal: true};
		return {value: '', issues: [{level: 'error', code: 'required'}, ...issues], usesProposal: false};
	}
	// A control or invisible character (ESC, a bidi override) is never part of a value Segura shows.
	// (A tab is white space, which the rules below judge for each field.)
	if (hasUnsafeCharacters(cleaned.value.replaceAll('\t', ' '))) issues.push({level: 'error', code: 'unsafe-characters'});
	const role = roles[field];
	if (role) {
		const segura = role === 'segura' ? undefined : parseUrl(cleanPaste(values.seguraUrl).value);
		issues.push(...urlIssues(cleaned.value, role, segura));
	} else if (field === 'clientId' && /\s/.test(cleaned.value)) {
		issues.push({level: 'error', code: 'client-id-spaces'});
	}
	return {value: cleaned.value, issues: sortByLevel(issues), usesProposal: false};
}

/**
 * In `segura-token demo`, what the practice server proposes in step 1 (see proposalFor): the
 * values of its provider whose Client ID is the one given (so a third-party profile gets the
 * third-party secret), else of its internal-users provider.
 */
export function practiceOf(state: Readonly<{demo: SeguraDetails | undefined; values?: Credentials}>): Practice | undefined {
	const providers = state.demo?.providers ?? [];
	const provider = providers.find(item => item.clientId === state.values?.clientId) ?? providers.find(item => item.kind === 'internal') ?? providers[0];
	return state.demo && provider ? {seguraUrl: state.demo.seguraUrl, clientId: provider.clientId, clientSecret: provider.clientSecret} : undefined;
}

const bullet = '\u2022';

/** At most this many bullets: a secret of several KB still fits on one line of a narrow screen. */
export const maxBullets = 12;

/** A secret as a dozen bullets whatever its length: neither its characters nor a short length show. */
export function mask(secret: string): string {
	return secret === '' ? '' : bullet.repeat(maxBullets);
}

/**
 * A token as bullets and its last four characters, enough to tell two tokens apart (the profile
 * history keeps the same four). A short token is all bullets: four characters would be most of it.
 */
export function maskToken(token: string): string {
	if (token.length <= 12) return mask(token);
	return bullet.repeat(8) + token.slice(-4);
}
