import {CancelledError, NetworkError, type AppError} from '../errors/app-error.js';
import {cancelledText, netText} from '../i18n/text.js';
import type {Dispatcher} from './dispatcher.js';
import {abandonDispatcher, isProxyHop, proxyRoute} from './dispatcher-state.js';
import type {HttpHeaders, HttpRequest, HttpResponse} from './http-exchange.js';
import type {HttpTrace} from './http-trace.js';
import {networkError, timeoutError, type FailureContext} from './network-errors.js';

/** An answer larger than this is not an API answer (a token response is a few KiB). */
export const defaultMaxBytes = 1024 * 1024;

export type SendDeps = Readonly<{
	dispatcher: Dispatcher;
	/** Deadline for the whole exchange: connect, TLS, request and the complete answer. */
	timeoutMs: number;
	/** The user's cancel (Ctrl+C, Esc): rejects with CancelledError. */
	signal?: AbortSignal;
	/** Stop reading past this many bytes. */
	maxBytes?: number;
	/** --verbose: the exchange as curl -v shows it, credentials redacted. */
	trace?: HttpTrace;
}>;

type Controller = Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestStart']>>[0];

/**
 * One HTTP exchange with the limits the design asks for: no redirect followed (undici's dispatch
 * follows none), a deadline that tells a connect timeout from a response timeout, a size cap
 * that stops reading, and every failure turned into a typed error. When it gives up before the
 * connection is up (deadline or cancel) it closes the dispatcher's sockets and destroys it,
 * because undici has no other way to abandon a connect or TLS handshake in progress: use one
 * dispatcher per request (createDispatcher's, so its sockets are known).
 */
export async function sendRequest(request: HttpRequest, deps: SendDeps): Promise<HttpResponse> {
	const {url} = request;
	const {dispatcher, timeoutMs, signal} = deps;
	const maxBytes = deps.maxBytes ?? defaultMaxBytes;
	const proxy = proxyRoute(dispatcher, url);
	if (signal?.aborted) throw cancelledError(signal.reason);
	// Loaded only for --verbose: a plain `get` does not read it (nor node:tls for an http:// URL).
	const trace = deps.trace ? (await import('./http-trace.js')).traceExchange(deps.trace, request, {dispatcher, ...(proxy ? {proxy} : {})}) : undefined;

	return new Promise<HttpResponse>((resolve, reject) => {
		let connected = false;
		let settled = false;
		let controller: Controller | undefined;
		let status = 0;
		let statusText = '';
		let headers: HttpHeaders = {};
		let size = 0;
		const chunks: Buffer[] = [];
		const context = (): FailureContext => ({url, timeoutMs, connected, ...(proxy ? {proxy} : {})});

		const settle = (outcome: {error: AppError} | {response: HttpResponse}) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
			trace?.finish(outcome);
			if ('error' in outcome) reject(outcome.error);
			else resolve(outcome.response);
		};
		const giveUp = (error: AppError) => {
			settle({error});
			if (controller) {
				if (!controller.aborted) controller.abort(error);
			} else {
				void abandonDispatcher(dispatcher, error);
			}
		};
		const onAbort = () => giveUp(cancelledError(signal?.reason));
		const tooLarge = () => new NetworkError(netText.tooLarge(url.host, formatBytes(maxBytes)), {reason: 'too_large'});

		const timer = setTimeout(() => giveUp(timeoutError(context())), timeoutMs);
		signal?.addEventListener('abort', onAbort, {once: true});

		const handler: Dispatcher.DispatchHandler = {
			onRequestStart(requestController) {
				controller = requestController;
				connected = true;
				if (settled) requestController.abort(new Error('abandoned'));
			},
			onResponseStart(_controller, statusCode, responseHeaders, statusMessage) {
				if (statusCode < 200) return;
				status = statusCode;
				statusText = statusMessage ?? '';
				headers = responseHeaders;
				trace?.responseStart(status, statusText, headers);
				const declared = Number(responseHeaders['content-length']);
				if (Number.isFinite(declared) && declared > maxBytes) giveUp(tooLarge());
			},
			onResponseData(_controller, chunk) {
				if (settled) return;
				size += chunk.length;
				if (size > maxBytes) giveUp(tooLarge());
				else chunks.push(chunk);
			},
			onResponseEnd() {
				settle({response: {status, statusText, headers, body: Buffer.concat(chunks), proxied: proxy !== undefined}});
			},
			onResponseError(_controller, error) {
				settle({error: networkError(error, {...context(), atProxy: isProxyHop(error)})});
			},
		};

		const send = () => {
			dispatcher.dispatch(
				{
					origin: url.origin,
					path: `${url.pathname}${url.search}`,
					method: request.method,
					headers: {...request.headers},
					...(request.body === undefined ? {} : {body: request.body}),
				},
				handler,
			);
		};
		try {
			if (trace) trace.dispatch(send);
			else send();
		} catch (error) {
			settle({error: networkError(error, context())});
		}
	});
}

/** The user asked to stop (Ctrl+C, Esc). */
export function cancelledError(cause: unknown): CancelledError {
	return new CancelledError(cancelledText, {cause, reason: 'cancelled'});
}

/** 1048576 → "1 MiB"; the cap is shown to people, not machines. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
	if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
	return `${bytes} bytes`;
}
