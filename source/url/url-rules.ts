import type {Issue} from '../model/issues.js';

/** Which of the three URLs of step 1: each has its own expectations. */
export type UrlRole = 'segura' | 'base' | 'token';

export const scimPath = '/iso/scim/v2';
export const tokenPath = '/iso/oauth2/token';

const schemePrefix = /^[a-z][a-z\d+.-]*:\/\//i;
const innerSpace = /\s/;

/**
 * 127.0.0.0/8, ::1 and the name localhost itself: the only hosts where http may carry a secret
 * (with a warning). A name under .localhost (evil.localhost) is not this machine for certain: a
 * resolver or a proxy may send it anywhere.
 */
export function isLoopback(hostname: string): boolean {
	const host = hostname.toLowerCase();
	return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The URL, when `value` is one the app can send a secret to; undefined otherwise. */
export function parseUrl(value: string): URL | undefined {
	if (!schemePrefix.test(value) || innerSpace.test(value)) return undefined;
	try {
		return new URL(value);
	} catch {
		return undefined;
	}
}

function trimmedPath(url: URL): string {
	return url.pathname.replace(/\/+$/, '');
}

/**
 * The rules for one URL, on an already cleaned, non-empty value. `segura` is the Segura URL the
 * user gave, to compare hosts with; it is undefined for the Segura URL itself.
 */
export function urlIssues(value: string, role: UrlRole, segura: URL | undefined): Issue[] {
	if (innerSpace.test(value)) return [{level: 'error', code: 'url-invalid'}];
	if (!schemePrefix.test(value)) {
		// "segura.example.com" or "segura.example.com:443": a host without a scheme.
		return [{level: 'error', code: parseUrl(`https://${value}`) ? 'url-no-scheme' : 'url-invalid'}];
	}
	const url = parseUrl(value);
	if (!url) return [{level: 'error', code: 'url-invalid'}];
	const issues: Issue[] = [];
	if (url.protocol === 'http:') {
		issues.push(isLoopback(url.hostname)
			? {level: 'warning', code: 'http-loopback'}
			: {level: 'error', code: 'http-remote'});
	} else if (url.protocol !== 'https:') {
		issues.push({level: 'error', code: 'url-scheme'});
	}
	// A user name or password in the address would travel in logs and history: refuse it.
	if (url.username !== '' || url.password !== '') issues.push({level: 'error', code: 'url-credentials'});
	if (url.search !== '' || value.includes('?')) issues.push({level: 'warning', code: 'url-query'});
	if (url.hash !== '' || value.includes('#')) issues.push({level: 'warning', code: 'url-fragment'});
	if (segura && url.host !== segura.host) issues.push({level: 'warning', code: 'other-host', detail: segura.host});
	const path = trimmedPath(url);
	if (role === 'base' && !path.endsWith('/scim/v2')) {
		issues.push({level: 'warning', code: path.endsWith('/oauth2/token') ? 'base-is-token' : 'base-path'});
	}
	if (role === 'token' && !path.endsWith('/oauth2/token')) {
		issues.push({level: 'warning', code: path.endsWith('/scim/v2') ? 'token-is-base' : 'token-path'});
	}
	return sortByLevel(issues);
}

const rank = {error: 0, warning: 1, notice: 2} as const;

export function sortByLevel(issues: Issue[]): Issue[] {
	return issues.sort((a, b) => rank[a.level] - rank[b.level]);
}
