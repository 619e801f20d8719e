import {isSecretName} from './credential-names.js';
import type {Issue} from './issues.js';

export type Param = readonly [string, string];

export type ParsedParams = Readonly<{params: readonly Param[]; issues: readonly Issue[]}>;

// The request sets these itself: an extra parameter must not silently replace them.
const reserved = /^(grant_type|client_id|client_secret|scope|client_assertion.*)$/i;

/**
 * Extra token parameters as one line of KEY=VALUE entries, separated by spaces, commas or line
 * breaks (e.g. "ttl=60"). A value may be empty ("KEY="); a value cannot hold a space or comma.
 */
export function parseParams(text: string): ParsedParams {
	return parseParamEntries(text.split(/[\s,]+/).filter(entry => entry !== ''));
}

/**
 * KEY=VALUE entries, each checked by the one rule of the wizard and of `get --param`: a key the
 * request sets itself (grant_type, client_id, client_secret, scope, client_assertion…) is refused,
 * and so is a key named like a secret (a secret on the command line shows in `ps`); a key comes
 * once; Segura's `ttl` is the lifetime in minutes, so it must be a whole number above zero.
 */
export function parseParamEntries(entries: readonly string[]): ParsedParams {
	const params: Param[] = [];
	const issues: Issue[] = [];
	const seen = new Set<string>();
	for (const entry of entries) {
		const equals = entry.indexOf('=');
		if (equals < 0) {
			issues.push({level: 'error', code: 'param-format', detail: entry});
			continue;
		}
		const key = entry.slice(0, equals);
		const value = entry.slice(equals + 1);
		if (key === '') {
			issues.push({level: 'error', code: 'param-key-empty', detail: entry});
			continue;
		}
		if (reserved.test(key)) {
			issues.push({level: 'error', code: 'param-reserved', detail: key});
			continue;
		}
		if (isSecretName(key)) {
			issues.push({level: 'error', code: 'param-secret', detail: key});
			continue;
		}
		if (seen.has(key)) {
			issues.push({level: 'error', code: 'param-duplicate', detail: key});
			continue;
		}
		if (key === 'ttl' && !/^[1-9]\d*$/.test(value)) {
			issues.push({level: 'error', code: 'ttl-invalid', detail: entry});
		}
		seen.add(key);
		params.push([key, value]);
	}
	return {params, issues};
}

/** The inverse of parseParams, for values loaded from a profile. */
export function formatParams(params: readonly Param[]): string {
	return params.map(([key, value]) => `${key}=${value}`).join(' ');
}
