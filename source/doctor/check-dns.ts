import {lookup} from 'node:dns/promises';
import {isIP} from 'node:net';
import {AppError, NetworkError} from '../errors/app-error.js';
import {doctorErrors, doctorText} from '../i18n/text.js';
import {describeProxy, type ProxyUrl} from '../net/proxy-env.js';
import {displayLine} from '../text/display.js';
import {tryLink} from './deadline.js';
import {failure, type Outcome} from './links.js';

export type Resolved = Readonly<{address: string; family: number}>;

/** The host of a URL as the resolver and a socket take it: without an IPv6 address's brackets. */
export function hostOf(url: URL): string {
	return url.hostname.replace(/^\[|\]$/g, '');
}

export function portOf(url: URL): number {
	return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}

/**
 * DNS: every address this machine's resolver gives for the host, in the order Node will try them.
 * Through a proxy the proxy resolves the name itself, so a name this machine cannot resolve is
 * then only a note.
 */
export async function checkDns(url: URL, proxy: ProxyUrl | undefined, limits: Readonly<{timeoutMs: number; signal?: AbortSignal}>): Promise<Outcome> {
	const host = hostOf(url);
	if (isIP(host) !== 0) return {status: 'ok', summary: doctorText.dnsLiteral(host), details: [], data: {host, addresses: [host]}};
	const found = await tryLink(
		lookup(host, {all: true}),
		{...limits, onTimeout: () => new NetworkError(doctorErrors.dnsTimeout(displayLine(host), seconds(limits.timeoutMs)), {reason: 'dns'})},
		{url, timeoutMs: limits.timeoutMs, connected: false},
	);
	if (found instanceof AppError) {
		if (proxy && found.reason === 'dns') {
			return {status: 'ok', summary: doctorText.dnsByProxy(displayLine(host), describeProxy(proxy)), details: [], data: {host, addresses: [], resolvedBy: 'proxy'}};
		}
		return failure(found, {data: {host, addresses: []}});
	}
	const addresses = found.map(entry => entry.address);
	return {status: 'ok', summary: doctorText.dnsFound(displayLine(host), addresses.map(address => displayLine(address))), details: [], data: {host, addresses}};
}

export function seconds(ms: number): string {
	return String(Math.round(ms / 100) / 10);
}
