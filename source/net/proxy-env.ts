import {ConfigError} from '../errors/app-error.js';
import {netText} from '../i18n/text.js';

/** The proxy variables as read from one environment, lowercase first like curl and undici. */
export type ProxySettings = Readonly<{
	httpProxy?: ProxyUrl;
	httpsProxy?: ProxyUrl;
	/** The NO_PROXY list as written; '' when unset. */
	noProxy: string;
}>;

/** A proxy URL and the variable that set it, for messages that name it. */
export type ProxyUrl = Readonly<{url: URL; variable: string}>;

function pick(env: NodeJS.ProcessEnv, lower: string, upper: string): {value: string; variable: string} | undefined {
	const value = env[lower] ?? env[upper];
	if (!value) return undefined;
	return {value, variable: env[lower] === undefined ? upper : lower};
}

type ProxyProblem = Parameters<typeof netText.proxyInvalid>[1];

// A host name or an IP address, as a proxy variable names it; anything else (a quote, a space)
// would reach undici, which throws on it.
const hostName = /^(?:[a-z\d](?:[a-z\d_-]*[a-z\d])?\.?)+$|^\[[\da-f:.]+\]$/i;

/** Whether a %-escaped user or password decodes (undici decodes them and throws if not). */
function decodes(text: string): boolean {
	try {
		decodeURIComponent(text);
		return true;
	} catch {
		return false;
	}
}

/** What is wrong with a proxy URL, or undefined: never the value itself, which may hold a password. */
function proxyProblem(value: string, url: URL | undefined): ProxyProblem | undefined {
	if (/^\s*["'\u2018\u2019\u201C\u201D]|["'\u2018\u2019\u201C\u201D]\s*$/.test(value)) return 'quotes';
	if (!url) return 'invalid';
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
	if (!hostName.test(url.hostname)) return 'invalid';
	if (!decodes(url.username) || !decodes(url.password)) return 'escape';
	if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '') return 'path';
	return undefined;
}

function parseProxy(value: string, variable: string): ProxyUrl {
	// curl accepts HOST:PORT without a scheme and means http://; many jump hosts are set up that way.
	const written = /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
	let url: URL | undefined;
	try {
		url = new URL(written);
	} catch {
		url = undefined;
	}
	const problem = proxyProblem(value, url);
	if (problem || !url) throw new ConfigError(netText.proxyInvalid(variable, problem ?? 'invalid'), {reason: 'proxy_invalid'});
	return {url, variable};
}

export function readProxySettings(env: NodeJS.ProcessEnv): ProxySettings {
	const http = pick(env, 'http_proxy', 'HTTP_PROXY');
	const https = pick(env, 'https_proxy', 'HTTPS_PROXY');
	return {
		...(http ? {httpProxy: parseProxy(http.value, http.variable)} : {}),
		...(https ? {httpsProxy: parseProxy(https.value, https.variable)} : {}),
		noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
	};
}

const defaultPorts: Record<string, number> = {'http:': 80, 'https:': 443};

/**
 * The proxy undici's EnvHttpProxyAgent will use for `url`, by its own rules (mirrored here so
 * errors can say whether the proxy or the server failed): https falls back to HTTP_PROXY;
 * NO_PROXY holds host names or suffixes, optionally with :PORT, and '*' for all. Loopback is
 * NOT exempt by itself: with a proxy set and no NO_PROXY, 127.0.0.1 and localhost go through it.
 */
export function proxyFor(settings: ProxySettings, url: URL): ProxyUrl | undefined {
	const proxy = url.protocol === 'https:' ? (settings.httpsProxy ?? settings.httpProxy) : settings.httpProxy;
	if (!proxy) return undefined;
	const hostname = url.host.replace(/:\d*$/, '').toLowerCase();
	const port = Number.parseInt(url.port, 10) || defaultPorts[url.protocol] || 0;
	return bypasses(settings.noProxy, hostname, port) ? undefined : proxy;
}

function bypasses(noProxy: string, hostname: string, port: number): boolean {
	if (noProxy === '*') return true;
	for (const entry of noProxy.split(/[,\s]/)) {
		if (!entry) continue;
		const parsed = /^(.+):(\d+)$/.exec(entry);
		const entryHost = (parsed?.[1] ?? entry).replace(/^\*?\./, '').toLowerCase();
		const entryPort = parsed?.[2] ? Number.parseInt(parsed[2], 10) : 0;
		if (entryPort && entryPort !== port) continue;
		if (hostname === entryHost || hostname.endsWith(`.${entryHost}`)) return true;
	}
	return false;
}

/** host:port of a proxy, without any user or password it carries. */
export function describeProxy(proxy: ProxyUrl): string {
	return proxy.url.host;
}
