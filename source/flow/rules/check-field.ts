import type {Issue} from '../../model/issues.js';
import type {CollectField} from '../../model/steps.js';
import {hasUnsafeCharacters} from '../../text/display.js';
import {parseUrl, scimPath, sortByLevel, tokenPath, urlIssues, type UrlRole} from '../../url/url-rules.js';
import {cleanPaste} from './clean-paste.js';

export type Credentials = Readonly<Record<CollectField, string>>;

export const emptyCredentials: Credentials = {
	seguraUrl: '',
	baseUrl: '',
	tokenUrl: '',
	clientId: '',
	clientSecret: '',
};

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
