import {subscribe, unsubscribe} from 'node:diagnostics_channel';
import type {Socket} from 'node:net';
import {type DetailedPeerCertificate, TLSSocket} from 'node:tls';
import type {AppError} from '../errors/app-error.js';
import type {Lang} from '../i18n/lang.js';
import {traceText} from '../i18n/text.js';
import {displayLine, displayText} from '../text/display.js';
import type {Dispatcher} from './dispatcher.js';
import {bypassedProxy, type Hop, observeSockets} from './dispatcher-state.js';
import type {ProxyUrl} from './proxy-env.js';
import type {HttpHeaders, HttpRequest, HttpResponse} from './http-exchange.js';
import {certificateLines, milliseconds, type Moments, requestLines, responseBodyLines, responseHeadLines, timingLines, tlsDetails} from './trace-format.js';
import {headerValue} from './read-answer.js';
import {Redactor} from './trace-redact.js';

/**
 * Where --verbose goes: one line at a time, each already redacted and display-safe, without its
 * line break. The language is the one of the words around the protocol.
 */
export type HttpTrace = Readonly<{lang: Lang; write: (line: string) => void}>;

/** What sendRequest tells the trace of one exchange; the rest it hears from undici and the sockets. */
export type ExchangeTrace = Readonly<{
	/** Runs undici's dispatch, marking the request undici makes for it as this exchange's. */
	dispatch(send: () => void): void;
	responseStart(status: number, statusText: string, headers: HttpHeaders): void;
	finish(outcome: Readonly<{error: AppError}> | Readonly<{response: HttpResponse}>): void;
}>;

// undici's diagnostics channels: the request it made (published inside dispatch), the request
// line and headers as it wrote them (with the socket, connected by then), and a proxy tunnel.
const channels = {create: 'undici:request:create', sendHeaders: 'undici:client:sendHeaders', tunnel: 'undici:proxy:connected'} as const;

type SendHeaders = Readonly<{request: object; headers: string; socket: Socket}>;

// Sockets an exchange has described: another exchange that sends on one re-uses the connection.
const described = new WeakSet<Socket>();

const phasesOf = {
	server: {dns: 'dns', connect: 'connect', tls: 'tls'},
	proxy: {dns: 'proxyDns', connect: 'proxyConnect', tls: 'proxyTls'},
} as const;

/**
 * The trace of one exchange as `curl -v` shows it, written as it happens: the route (proxy or
 * none), DNS, the connection, TLS with the certificate chain, the request, the answer, and a
 * table of how long each phase took. Credentials are redacted (trace-redact.ts). It stops
 * listening when finish is called.
 */
export function traceExchange(trace: HttpTrace, request: HttpRequest, route: Readonly<{dispatcher: Dispatcher; proxy?: ProxyUrl}>): ExchangeTrace {
	const {lang} = trace;
	const redactor = new Redactor(traceText.redacted[lang]);
	const start = performance.now();
	const since = () => performance.now() - start;
	const moments: Moments = {};
	const say = (...lines: string[]) => {
		for (const line of lines) trace.write(displayText(line));
	};
	// The request undici made for this exchange: the first one made inside dispatch (a proxy's
	// CONNECT may be made there too, right after it).
	let claimed: object | undefined;
	const seen = new WeakSet<Socket>();
	const proxySockets = new WeakSet<Socket>();
	// Chains read during a handshake that failed before it could be shown (see finish).
	const unshown = new Map<Socket, {hop: Hop; chain: DetailedPeerCertificate}>();
	let isClaiming = false;
	let isFinished = false;
	let head: Readonly<{status: number; statusText: string; headers: HttpHeaders}> | undefined;
	// Learnt from what sendRequest was given, whatever undici later reports of it.
	for (const [name, value] of Object.entries(request.headers)) redactor.header(name, value);
	if (request.body) redactor.form(request.body);

	const hopName = (hop: Hop) => (hop === 'proxy' ? traceText.theProxy : traceText.theServer)[lang];
	const describeTls = (socket: TLSSocket, hop: Hop, chain: DetailedPeerCertificate | undefined) => {
		unshown.delete(socket);
		say(`* ${traceText.tls[lang](hopName(hop), tlsDetails(socket, lang))}`, ...certificateLines(chain, lang, new Date()));
	};

	const onSocket = (socket: Socket, hop: Hop) => {
		seen.add(socket);
		described.add(socket);
		if (hop === 'proxy') proxySockets.add(socket);
		const phase = phasesOf[hop];
		// Prepended: undici's own listeners send the request at once, and this comes first.
		socket.prependOnceListener('lookup', (error: Error | null, address: string, _family: unknown, host: string) => {
			if (isFinished) return;
			moments[phase.dns] = since();
			if (!error) say(`* ${traceText.dns[lang](displayLine(host), displayLine(String(address)))}`);
		});
		socket.prependOnceListener('connect', () => {
			if (isFinished) return;
			moments[phase.connect] = since();
			const [address, port] = [displayLine(socket.remoteAddress ?? '?'), String(socket.remotePort ?? '?')];
			say(`* ${hop === 'proxy' ? traceText.connectedProxy[lang](address, port) : traceText.connected[lang](address, port, displayLine(socket.localAddress ?? '?'))}`);
		});
		if (!(socket instanceof TLSSocket)) return;
		// Before Node checks the certificate (its listener is already there): a chain that fails
		// the check is still shown.
		socket.prependOnceListener('secure', () => {
			const chain = socket.getPeerCertificate(true) as DetailedPeerCertificate | null;
			if (chain && !isFinished) unshown.set(socket, {hop, chain});
		});
		socket.prependOnceListener('secureConnect', () => {
			if (isFinished) return;
			moments[phase.tls] = since();
			describeTls(socket, hop, unshown.get(socket)?.chain);
		});
	};

	const onCreate = (message: unknown) => {
		if (isClaiming && !claimed) claimed = (message as {request: object}).request;
	};
	const onSendHeaders = (message: unknown) => {
		const {request: sent, headers, socket} = message as SendHeaders;
		if (isFinished) return;
		if (proxySockets.has(socket) && headers.startsWith('CONNECT ')) {
			say(...requestLines(headers, undefined, redactor, lang));
		} else if (sent === claimed) {
			if (!seen.has(socket)) {
				seen.add(socket);
				if (described.has(socket)) {
					moments.reused = true;
					say(`* ${traceText.reused[lang](displayLine(socket.remoteAddress ?? request.url.hostname), String(socket.remotePort ?? request.url.port))}`);
				} else if (socket instanceof TLSSocket) {
					// The TLS to the server inside a proxy tunnel: undici makes it, so it is first seen here.
					described.add(socket);
					moments.tls = since();
					describeTls(socket, 'server', socket.getPeerCertificate(true));
				}
			}
			say(...requestLines(headers, request.body, redactor, lang));
		}
	};
	const onTunnel = (message: unknown) => {
		const {socket} = message as {socket: Socket};
		if (isFinished || !proxySockets.has(socket)) return;
		moments.tunnel = since();
		say(`* ${traceText.tunnel[lang](displayLine(request.url.host))}`);
	};

	const stopObserving = observeSockets(route.dispatcher, onSocket);
	subscribe(channels.create, onCreate);
	subscribe(channels.sendHeaders, onSendHeaders);
	subscribe(channels.tunnel, onTunnel);

	say(`* ${request.method} ${redactor.mask(redactor.url(request.url))}`);
	const bypassed = route.proxy ? undefined : bypassedProxy(route.dispatcher, request.url);
	if (route.proxy) say(`* ${traceText.proxy[lang](redactor.url(route.proxy.url), route.proxy.variable)}`);
	else say(`* ${bypassed ? traceText.bypassed[lang](displayLine(request.url.hostname), bypassed.variable) : traceText.noProxy[lang]}`);

	return {
		dispatch(send) {
			isClaiming = true;
			try {
				send();
			} finally {
				isClaiming = false;
			}
		},
		responseStart(status, statusText, headers) {
			if (isFinished) return;
			moments.firstByte = since();
			head = {status, statusText, headers};
		},
		finish(outcome) {
			if (isFinished) return;
			// The answer is shown whole at its end: a token in its body is then known, and masked,
			// wherever else the answer repeats it (a header).
			const body = 'response' in outcome ? responseBodyLines(outcome.response.body, headerValue(outcome.response, 'content-type') ?? '', lang, redactor) : [];
			if (head) say(...responseHeadLines(head.status, head.statusText, head.headers, redactor), ...body);
			if ('error' in outcome) {
				for (const [socket, {hop, chain}] of unshown) {
					say(`* ${traceText.handshakeFailed[lang](hopName(hop))}`, ...certificateLines(chain, lang, new Date()));
					unshown.delete(socket);
				}
				say(`* ${traceText.failed[lang](milliseconds(since()), failureDetail(outcome.error, redactor))}`);
			}
			moments.total = since();
			// A blank line ends the exchange: apart from the next one, and from what the command says.
			say(...timingLines(moments, lang), '');
			isFinished = true;
			stopObserving();
			unsubscribe(channels.create, onCreate);
			unsubscribe(channels.sendHeaders, onSendHeaders);
			unsubscribe(channels.tunnel, onTunnel);
		},
	};
}

/** "tls_self_signed (DEPTH_ZERO_SELF_SIGNED_CERT: self-signed certificate)": the reason, and what Node or undici said. */
function failureDetail(error: AppError, redactor: Redactor): string {
	const details: string[] = [];
	for (let cause: unknown = error.cause, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
		const code = (cause as NodeJS.ErrnoException).code;
		details.push(code ? `${code}: ${cause.message}` : cause.message);
	}
	const detail = details.find(text => text !== '') ?? '';
	const reason = error.reason ?? error.name;
	return displayLine(redactor.mask(detail ? `${reason} (${detail})` : reason), 300);
}
