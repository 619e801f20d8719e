import {isIP, Socket} from 'node:net';
import {buildConnector, EnvHttpProxyAgent, Pool} from 'undici';
import type {Dispatcher} from './dispatcher.js';
import {type DispatcherState, type Hop, markProxyHop, rememberDispatcher} from './dispatcher-state.js';
import {defaultTimeoutMs, type NetOptions} from '../model/net-options.js';
import {readProxySettings} from './proxy-env.js';
import type {HttpTrace} from './http-trace.js';
import type {SendDeps} from './send-request.js';
import {trustedCas} from './trusted-cas.js';

// undici's own timers are a backstop: sendRequest's deadline should fire first and say which
// phase ran out, so undici's are set a little later.
const backstopMs = 1000;

// Node reads NODE_EXTRA_CA_CERTS into its default trust store when it starts (and warns there if
// the file is unusable). While `env` holds that same file and there is no --ca, that store is
// already the list trustedCas would rebuild, so keep it: rebuilding checked 144 certificates in
// ~30 ms here, and a TLS context given 288 CAs took ~90 ms more to make than Node's own store.
const startupExtraCas = process.env.NODE_EXTRA_CA_CERTS;

/**
 * A connection pool for one request: the manual's "Clear cookies" step is a fresh dispatcher
 * (undici keeps no cookies; a new pool reuses no connection). HTTPS_PROXY / HTTP_PROXY /
 * NO_PROXY of `env` pick the route; the trusted CAs are Node's roots plus NODE_EXTRA_CA_CERTS
 * plus --ca, applied to the direct connection, to the TLS inside a proxy tunnel and to an
 * https:// proxy itself. Throws ConfigError for an unusable proxy variable, --ca file, or
 * NODE_EXTRA_CA_CERTS file other than the one Node loaded (and checked) at start-up.
 */
export async function createDispatcher(options: NetOptions, env: NodeJS.ProcessEnv = process.env): Promise<Dispatcher> {
	const settings = readProxySettings(env);
	const nodeHasThem = !options.caFile && env.NODE_EXTRA_CA_CERTS === startupExtraCas;
	const ca = nodeHasThem ? undefined : await trustedCas(options, env);
	const timeout = (options.timeoutMs ?? defaultTimeoutMs) + backstopMs;
	const tls = {
		...(ca ? {ca} : {}),
		...(options.insecure ? {rejectUnauthorized: false} : {}),
		timeout,
	};
	const state: DispatcherState = {settings, sockets: new Set(), observers: new Set()};
	const dispatcher = new EnvHttpProxyAgent({
		// Passed explicitly, even when empty, so undici never falls back to process.env.
		httpProxy: settings.httpProxy?.url.href ?? '',
		httpsProxy: settings.httpsProxy?.url.href ?? '',
		noProxy: settings.noProxy,
		// Direct connections.
		connect: tracked(buildConnector(tls), state, 'server'),
		// The connection to the proxy, which carries the tunnel.
		clientFactory: (origin: URL) => new Pool(origin, {connect: tracked(noIpServername(buildConnector(tls)), state, 'proxy', markProxyHop)}),
		// The TLS to the server inside the tunnel.
		requestTls: tls,
		headersTimeout: timeout,
		bodyTimeout: timeout,
	});
	rememberDispatcher(dispatcher, state);
	return dispatcher;
}

/** What a caller of one exchange may pass: its environment, the user's cancel, --verbose's trace. */
export type ExchangeDeps = Readonly<{env?: NodeJS.ProcessEnv; signal?: AbortSignal; trace?: HttpTrace}>;

/**
 * Runs `exchange` with a connection pool of its own, destroyed afterwards (not closed: a
 * cancelled exchange must not keep the process waiting). Nothing of one exchange (connection,
 * cookie) carries over to the next, as the manual's "Clear cookies" step asks.
 */
export async function withOwnDispatcher<T>(net: NetOptions, deps: ExchangeDeps, exchange: (send: SendDeps) => Promise<T>): Promise<T> {
	const dispatcher = await createDispatcher(net, deps.env);
	try {
		return await exchange({
			dispatcher,
			timeoutMs: net.timeoutMs ?? defaultTimeoutMs,
			...(deps.signal ? {signal: deps.signal} : {}),
			...(deps.trace ? {trace: deps.trace} : {}),
		});
	} finally {
		await dispatcher.destroy().catch(() => undefined);
	}
}

/**
 * undici names the proxy's host as the TLS server name (SNI) of an https:// proxy even when that
 * host is an IP address, which RFC 6066 forbids and Node warns about on screen (DEP0123). An IP
 * host gets no server name; the certificate is still checked against the IP address.
 */
function noIpServername(connect: buildConnector.connector): buildConnector.connector {
	return (options, callback) => {
		if (!options.servername || isIP(options.servername) === 0) return connect(options, callback);
		const {servername: _ip, ...rest} = options;
		return connect(rest, callback);
	};
}

/** A connector that records each socket it opens until the socket closes, and tells the observers of it. */
function tracked(connect: buildConnector.connector, state: DispatcherState, hop: Hop, onError?: (error: Error) => void): buildConnector.connector {
	const {sockets, observers} = state;
	return (options, callback) => {
		const reported: buildConnector.Callback = (...args) => {
			if (args[0] && onError) onError(args[0]);
			callback(...args);
		};
		// undici's connector returns the socket it made, though its type says void.
		const socket: unknown = connect(options, reported);
		if (socket instanceof Socket) {
			sockets.add(socket);
			socket.once('close', () => sockets.delete(socket));
			for (const observe of observers) observe(socket, hop);
		}
	};
}
