import {ConfigError} from '../errors.js';
import {netText} from '../i18n/net.js';

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

function parseProxy(value: string, variable: string): ProxyUrl {
	// curl accepts HOST:PORT without a scheme and means http://; many jump hosts are set up that way.
	const written = /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
	let url: URL;
	try {
		url = new URL(written);
	} catch (error) {
		throw new ConfigError(netText.proxyInvalid(variable), {cause: error, reason: 'proxy_invalid'});
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new ConfigError(netText.proxyInvalid(variable), {reason: 'proxy_invalid'});
	}
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
