import {type AppError, NetworkError, TlsError} from '../errors/app-error.js';
import type {ErrorReason} from '../errors/reasons.js';
import {netText} from '../i18n/text.js';
import {describeProxy, type ProxyUrl} from './proxy-env.js';

/** Where a request stood when it failed: enough to tell the user which hop and which phase. */
export type FailureContext = Readonly<{
	url: URL;
	/** The proxy the request went through, if any. */
	proxy?: ProxyUrl;
	timeoutMs: number;
	/** True once the connection (TCP, proxy tunnel and TLS) was up and the request was being sent. */
	connected: boolean;
	/** The failure was on the connection to the proxy itself, not to the server behind it. */
	atProxy?: boolean;
}>;

type Found = {code: string; error: NodeJS.ErrnoException & {cert?: {subjectaltname?: string}; reason?: string}};

// undici wraps (SecureProxyConnectionError), Node aggregates (happy eyeballs): look everywhere.
function codesOf(error: unknown, seen = new Set<unknown>()): Found[] {
	if (typeof error !== 'object' || error === null || seen.has(error)) return [];
	seen.add(error);
	const found: Found[] = [];
	const candidate = error as Found['error'] & {errors?: unknown[]};
	if (typeof candidate.code === 'string') found.push({code: candidate.code, error: candidate});
	if (Array.isArray(candidate.errors)) for (const inner of candidate.errors) found.push(...codesOf(inner, seen));
	found.push(...codesOf(candidate.cause, seen));
	return found;
}

function hostOf(url: URL): string {
	return url.hostname.replace(/^\[|\]$/g, '');
}

function portOf(url: URL): string {
	return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function seconds(ms: number): string {
	return String(Math.round(ms / 100) / 10);
}

const unknownCa = new Set([
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UNABLE_TO_GET_ISSUER_CERT',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'CERT_UNTRUSTED',
	'CERT_CHAIN_TOO_LONG',
]);
const dns = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const unreachable = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL']);
const reset = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED']);
const connectTimeout = new Set(['UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);
const responseTimeout = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** The deadline ran out: before the connection was up, or while waiting for the answer. */
export function timeoutError(context: FailureContext, cause?: unknown): NetworkError {
	const host = hostOf(context.url);
	const options = {cause, reason: context.connected ? ('response_timeout' as const) : ('connect_timeout' as const)};
	return context.connected
		? new NetworkError(netText.responseTimeout(host, seconds(context.timeoutMs)), options)
		: new NetworkError(netText.connectTimeout(host, portOf(context.url), seconds(context.timeoutMs)), options);
}

/**
 * Turns what Node or undici threw into one of the typed errors, by error code. Generic on
 * purpose: the token request and the SCIM check both go through it.
 */
export function networkError(error: unknown, context: FailureContext): AppError {
	const {url, proxy} = context;
	// A certificate problem of an https:// proxy is about the proxy: name it.
	const host = proxy && context.atProxy ? describeProxy(proxy) : hostOf(url);
	for (const {code, error: found} of codesOf(error)) {
		const options = {cause: error};
		const tls = (reason: ErrorReason, text: ConstructorParameters<typeof TlsError>[0]) => new TlsError(text, {...options, reason});
		const net = (reason: ErrorReason, text: ConstructorParameters<typeof NetworkError>[0]) => new NetworkError(text, {...options, reason});
		if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT') return tls('tls_self_signed', netText.tlsSelfSigned(host));
		if (unknownCa.has(code)) return tls('tls_unknown_ca', netText.tlsUnknownCa(host));
		if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return tls('tls_hostname', netText.tlsHostname(host, certificateNames(found)));
		if (code === 'CERT_HAS_EXPIRED') return tls('tls_expired', netText.tlsExpired(host));
		if (code === 'CERT_NOT_YET_VALID') return tls('tls_not_yet_valid', netText.tlsNotYetValid(host));
		if (code.startsWith('ERR_SSL_') || code === 'EPROTO' || code.startsWith('CERT_') || code.startsWith('ERR_TLS_')) {
			return tls('tls_handshake', netText.tlsOther(host, found.reason ?? code));
		}
		const proxyStatus = proxyStatusOf(found);
		if (proxy && proxyStatus === 407) return net('proxy_auth', netText.proxyAuth(describeProxy(proxy)));
		if (proxy && proxyStatus !== undefined) {
			return net('proxy_refused', netText.proxyRefused(describeProxy(proxy), `${host}:${portOf(url)}`, String(proxyStatus)));
		}
		// Through a CONNECT proxy the proxy resolves and dials the server itself, so a DNS or
		// connect failure seen here is about the proxy.
		if (proxy && !context.connected && (dns.has(code) || unreachable.has(code) || code === 'ECONNREFUSED')) {
			return net('proxy_unreachable', netText.proxyUnreachable(describeProxy(proxy), proxy.variable));
		}
		if (dns.has(code)) return net('dns', netText.dns(host));
		if (code === 'ECONNREFUSED') return net('refused', netText.refused(host, portOf(url)));
		if (unreachable.has(code)) return net('unreachable', netText.unreachable(host));
		if (connectTimeout.has(code)) return timeoutError({...context, connected: false}, error);
		if (responseTimeout.has(code)) return timeoutError({...context, connected: true}, error);
		if (reset.has(code)) return net('reset', netText.reset(proxy && !context.connected ? describeProxy(proxy) : host));
	}
	const detail = codesOf(error)[0]?.code ?? (error instanceof Error ? error.message : String(error));
	return new NetworkError(netText.other(host, detail), {cause: error, reason: 'network'});
}

function certificateNames(error: Found['error']): string {
	const names = error.cert?.subjectaltname;
	if (!names) return '';
	return names
		.split(/,\s*/)
		.map(name => name.replace(/^(DNS|IP Address):/, ''))
		.join(', ');
}

// undici reports a refused CONNECT as "Proxy response (407) !== 200 when HTTP Tunneling".
function proxyStatusOf(error: Found['error']): number | undefined {
	const match = /Proxy response \((\d{3})\)|Proxy Authentication Required \((\d{3})\)/.exec(error.message ?? '');
	const status = match?.[1] ?? match?.[2];
	return status ? Number(status) : undefined;
}
