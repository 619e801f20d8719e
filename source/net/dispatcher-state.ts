import type {Socket} from 'node:net';
import type {Dispatcher} from './dispatcher.js';
import {proxyFor, type ProxySettings, type ProxyUrl} from './proxy-env.js';

/** Which connection a socket is: to the server itself, or to the proxy that tunnels to it. */
export type Hop = 'server' | 'proxy';

/** Told of each socket as soon as it is made, before it connects (so it may listen to every step). */
export type SocketObserver = (socket: Socket, hop: Hop) => void;

// What createDispatcher knows about a dispatcher, kept beside it: the proxy decision (so a
// failure can say whether the proxy or the server failed), the sockets it opened (so a cancel
// can end a connect or TLS handshake that undici itself would let run to its timeout), and who
// wants to hear of new sockets (--verbose).
export type DispatcherState = Readonly<{settings: ProxySettings; sockets: Set<Socket>; observers: Set<SocketObserver>}>;

const states = new WeakMap<Dispatcher, DispatcherState>();

export function rememberDispatcher(dispatcher: Dispatcher, state: DispatcherState): void {
	states.set(dispatcher, state);
}

/** Calls `observer` for each socket the dispatcher makes from now on, until the returned function is called. */
export function observeSockets(dispatcher: Dispatcher, observer: SocketObserver): () => void {
	const observers = states.get(dispatcher)?.observers;
	observers?.add(observer);
	return () => observers?.delete(observer);
}

/** The proxy a request to `url` goes through, or undefined when it goes direct (or is unknown). */
export function proxyRoute(dispatcher: Dispatcher, url: URL): ProxyUrl | undefined {
	const state = states.get(dispatcher);
	return state ? proxyFor(state.settings, url) : undefined;
}

/** The proxy a request to `url` would take but for NO_PROXY, which names its host. */
export function bypassedProxy(dispatcher: Dispatcher, url: URL): ProxyUrl | undefined {
	const settings = states.get(dispatcher)?.settings;
	if (!settings || proxyFor(settings, url)) return undefined;
	return url.protocol === 'https:' ? (settings.httpsProxy ?? settings.httpProxy) : settings.httpProxy;
}

/**
 * Ends every connection of the dispatcher at once, connecting ones included, then destroys it.
 * undici's own destroy waits for a connect in progress to finish or time out.
 */
export async function abandonDispatcher(dispatcher: Dispatcher, reason: Error): Promise<void> {
	for (const socket of states.get(dispatcher)?.sockets ?? []) socket.destroy(reason);
	await dispatcher.destroy(reason).catch(() => undefined);
}

// Errors met on the way to the proxy itself (its DNS, its port, its own TLS certificate), so a
// message can name the proxy rather than the server behind it.
const proxyHopErrors = new WeakSet<object>();

export function markProxyHop(error: Error): void {
	proxyHopErrors.add(error);
}

/** Whether `error`, or an error it wraps, happened on the connection to the proxy. */
export function isProxyHop(error: unknown): boolean {
	for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
		if (proxyHopErrors.has(current)) return true;
		current = (current as {cause?: unknown}).cause;
	}
	return false;
}
