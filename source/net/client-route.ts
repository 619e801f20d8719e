import net from 'node:net';
import type {AppError} from '../errors/app-error.js';
import type {ClientRoute} from '../model/client-route.js';
import {proxyRoute} from './dispatcher-state.js';
import type {HttpResponse} from './http-exchange.js';
import {describeProxy} from './proxy-env.js';
import {cancelledError, type SendDeps} from './send-request.js';

// The address probe only adds a line to a message: it must stay quick.
const probeLimitMs = 3000;

/** How this machine reached the server that answered: through a proxy, or from which address (a 403 is often an allow-list). */
export async function clientRoute(response: HttpResponse, url: URL, deps: Pick<SendDeps, 'dispatcher' | 'timeoutMs' | 'signal'>): Promise<ClientRoute> {
	const proxy = proxyRoute(deps.dispatcher, url);
	if (proxy) return {kind: 'proxy', proxy: describeProxy(proxy)};
	if (response.proxied) return {kind: 'unknown'};
	const address = await localAddressTowards(url, Math.min(deps.timeoutMs, probeLimitMs), deps.signal);
	return address ? {kind: 'direct', host: url.hostname, address} : {kind: 'unknown'};
}

/** The error `describe` makes of an answer, given the route for a 403; a cancel during the address probe still means the user asked to stop. */
export async function failureWithRoute(response: HttpResponse, url: URL, deps: SendDeps, describe: (route: ClientRoute | undefined) => AppError): Promise<AppError> {
	const error = describe(response.status === 403 ? await clientRoute(response, url, deps) : undefined);
	return deps.signal?.aborted ? cancelledError(error) : error;
}

/**
 * The address this machine uses to reach `url`'s host, read from a TCP connection opened to the
 * same host and port and closed at once. It is this side's view: NAT on the way may change what
 * the server sees. Undefined when the connection cannot be made in time, or on cancel.
 */
async function localAddressTowards(url: URL, timeoutMs: number, signal?: AbortSignal): Promise<string | undefined> {
	const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
	const host = url.hostname.replace(/^\[|\]$/g, '');
	if (signal?.aborted) return undefined;
	return new Promise(resolve => {
		const socket = net.connect({host, port});
		const done = (address: string | undefined) => {
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
			socket.destroy();
			resolve(address);
		};
		const timer = setTimeout(() => done(undefined), timeoutMs);
		const onAbort = () => done(undefined);
		signal?.addEventListener('abort', onAbort, {once: true});
		socket.once('connect', () => done(socket.localAddress?.replace(/^::ffff:/, '')));
		socket.once('error', () => done(undefined));
	});
}
