import http from 'node:http';
import https from 'node:https';
import {isIP, type Socket} from 'node:net';
import {AppError, NetworkError} from '../errors/app-error.js';
import {doctorText, netText} from '../i18n/text.js';
import {describeProxy, proxyFor, type ProxySettings, type ProxyUrl} from '../net/proxy-env.js';
import {displayLine} from '../text/display.js';
import {hostOf, portOf, seconds} from './check-dns.js';
import {elapsed, tryLink} from './deadline.js';
import {failure, type Outcome} from './links.js';

/** The way to the server: straight, or through a proxy; and the proxy NO_PROXY set aside, if any. */
export type Route = Readonly<{proxy?: ProxyUrl; bypassed?: ProxyUrl}>;

/** Which proxy a request to `url` takes, by the rules the requests themselves follow (proxyFor). */
export function routeFor(settings: ProxySettings, url: URL): Route {
	const proxy = proxyFor(settings, url);
	if (proxy) return {proxy};
	// The proxy that NO_PROXY turned away: the same rule, without NO_PROXY.
	const bypassed = proxyFor({...settings, noProxy: ''}, url);
	return bypassed ? {bypassed} : {};
}

/** "none: no HTTPS_PROXY or HTTP_PROXY is set", or "none: NO_PROXY lists the host". */
export function directRoute(url: URL, route: Route): Outcome {
	const host = displayLine(hostOf(url));
	if (route.bypassed) {
		return {status: 'ok', summary: doctorText.proxyBypassed(host, route.bypassed.variable), details: [], data: {proxy: null, bypassedBy: 'NO_PROXY', variable: route.bypassed.variable}};
	}
	return {status: 'ok', summary: doctorText.proxyNone(url.protocol === 'https:'), details: [], data: {proxy: null}};
}

export type TunnelOptions = Readonly<{ca: string[] | undefined; insecure: boolean; timeoutMs: number; signal?: AbortSignal}>;

export type Tunnel = Readonly<{outcome: Outcome; socket?: Socket}>;

/**
 * The proxy link when there is a proxy: a connection to it (TLS too for an https:// proxy, with
 * the CAs the requests trust) and a CONNECT to the server's host and port, as undici's proxy
 * agent sends it. A 200 leaves the tunnel open for the TCP and TLS links; any other answer, or a
 * proxy that cannot be reached, is this link's failure, named after the proxy.
 */
export async function openTunnel(url: URL, proxy: ProxyUrl, options: TunnelOptions): Promise<Tunnel> {
	const target = `${url.hostname}:${portOf(url)}`;
	const named = describeProxy(proxy);
	const proxyHost = hostOf(proxy.url);
	const isSecure = proxy.url.protocol === 'https:';
	const headers: Record<string, string> = {host: target};
	if (proxy.url.username !== '' || proxy.url.password !== '') {
		const login = `${decodeURIComponent(proxy.url.username)}:${decodeURIComponent(proxy.url.password)}`;
		headers['proxy-authorization'] = `Basic ${Buffer.from(login).toString('base64')}`;
	}
	const request = (isSecure ? https : http).request({
		host: proxyHost,
		port: portOf(proxy.url),
		method: 'CONNECT',
		path: target,
		headers,
		agent: false,
		...(isSecure
			? {...(options.ca ? {ca: options.ca} : {}), rejectUnauthorized: !options.insecure, ...(isIP(proxyHost) === 0 ? {servername: proxyHost} : {})}
			: {}),
	});
	const start = performance.now();
	let reachedMs: number | undefined;
	request.once('socket', (socket: Socket) => socket.once(isSecure ? 'secureConnect' : 'connect', () => (reachedMs = elapsed(start))));
	const answered = new Promise<{status: number; socket: Socket}>((resolve, reject) => {
		request.once('connect', (response: http.IncomingMessage, socket: Socket, head: Buffer) => {
			if (head.length > 0) socket.unshift(head);
			resolve({status: response.statusCode ?? 0, socket});
		});
		request.once('error', reject);
	});
	request.end();
	const data = {proxy: named, variable: proxy.variable, target};
	const limits = {
		timeoutMs: options.timeoutMs,
		...(options.signal ? {signal: options.signal} : {}),
		onTimeout: () => new NetworkError(netText.connectTimeout(proxyHost, String(portOf(proxy.url)), seconds(options.timeoutMs)), {reason: 'connect_timeout'}),
		cleanup: () => request.destroy(),
	};
	const tunnel = await tryLink(answered, limits, {url, proxy, timeoutMs: options.timeoutMs, connected: false, atProxy: true});
	if (tunnel instanceof AppError) return {outcome: failure(tunnel, {data})};
	const {status, socket} = tunnel;
	const tunnelMs = elapsed(start);
	if (status !== 200) {
		socket.destroy();
		const error =
			status === 407
				? new NetworkError(netText.proxyAuth(named), {reason: 'proxy_auth'})
				: new NetworkError(netText.proxyRefused(named, target, String(status)), {reason: 'proxy_refused'});
		return {outcome: failure(error, {data: {...data, status}})};
	}
	const summary = doctorText.proxyTunnel(named, proxy.variable, target, reachedMs);
	return {outcome: {status: 'ok', summary, details: [], data: {...data, status, connectMs: reachedMs ?? null, tunnelMs}}, socket};
}
