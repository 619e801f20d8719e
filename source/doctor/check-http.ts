import {AppError} from '../errors/app-error.js';
import {doctorText} from '../i18n/text.js';
import {defaultTimeoutMs, type NetOptions} from '../model/net-options.js';
import {errorWords} from '../oauth/error-words.js';
import {isSuccess, responseError, successShapeError} from '../oauth/http-errors.js';
import {clientRoute} from '../net/client-route.js';
import {createDispatcher} from '../net/create-dispatcher.js';
import type {Dispatcher} from '../net/dispatcher.js';
import type {HttpTrace} from '../net/http-trace.js';
import {headerValue, readAnswer, redirectLocation, serverLine} from '../net/read-answer.js';
import {sendRequest} from '../net/send-request.js';
import {failure, type Outcome} from './links.js';

export type RequestDeps = Readonly<{env: NodeJS.ProcessEnv; signal?: AbortSignal; trace?: HttpTrace}>;

const asIs = (text: string) => text;

/**
 * HTTP to the Token URL, the way the token request goes (undici, the proxy, the CAs): a
 * client-credentials POST without any credentials. A token endpoint refuses it with an OAuth
 * error (400 or 401, `invalid_client` or `invalid_request`): that answer is the link holding.
 * A redirect (never followed), a page, a 404 or a 5xx is this link broken, said as the token
 * request would say it; a 403 is the server refusing this machine (its allowed-IP list). A
 * token for no credentials at all holds, with a warning.
 */
export async function checkHttp(url: URL, net: NetOptions, deps: RequestDeps): Promise<Outcome> {
	const timeoutMs = net.timeoutMs ?? defaultTimeoutMs;
	let dispatcher: Dispatcher | undefined;
	try {
		dispatcher = await createDispatcher(net, deps.env);
		const response = await sendRequest(
			{
				url,
				method: 'POST',
				headers: {'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'user-agent': 'segura-token'},
				body: 'grant_type=client_credentials',
			},
			{dispatcher, timeoutMs, ...(deps.signal ? {signal: deps.signal} : {}), ...(deps.trace ? {trace: deps.trace} : {})},
		);
		const answer = readAnswer(response);
		const words = errorWords(answer);
		const server = serverLine(headerValue(response, 'server'), asIs, 80);
		const data = {
			status: response.status,
			server: server ?? null,
			error: serverLine(words.error, asIs, 80) ?? null,
			location: response.status >= 300 && response.status < 400 ? (redirectLocation(response, {url, scrub: asIs}) ?? null) : null,
		};
		const status = `${response.status}${response.statusText ? ` ${serverLine(response.statusText, asIs, 60) ?? ''}` : ''}`.trimEnd();
		const isRefusal = response.status === 401 || (response.status === 400 && words.error !== undefined);
		if (isRefusal) return {status: 'ok', summary: doctorText.httpTokenEndpoint(status, server, data.error ?? undefined), details: [], data};
		// A success without credentials: a page (a login or a proxy's portal) is this link broken; a token is a warning.
		const shapeError = isSuccess(response, answer) ? successShapeError(response, answer, {url, scrub: asIs}) : undefined;
		if (shapeError) return failure(shapeError, {details: [doctorText.httpAnswer(status, server)], data});
		if (isSuccess(response, answer)) return {status: 'warn', summary: doctorText.httpNoCredentialsAccepted(status, server), details: [], data};
		const route = response.status === 403 ? await clientRoute(response, url, {dispatcher, timeoutMs, ...(deps.signal ? {signal: deps.signal} : {})}) : undefined;
		const error = responseError(response, answer, {url, scrub: asIs, ...(route ? {route} : {})});
		return failure(error, {details: [doctorText.httpAnswer(status, server)], data});
	} catch (thrown) {
		if (thrown instanceof AppError && thrown.reason !== 'cancelled') return failure(thrown);
		throw thrown;
	} finally {
		await dispatcher?.destroy().catch(() => undefined);
	}
}
