import {type AppError, NetworkError} from '../errors/app-error.js';
import {oauthText} from '../i18n/text.js';
import {failureWithRoute} from '../net/client-route.js';
import {parseHttpUrl} from '../net/http-url.js';
import {sendRequest, type SendDeps} from '../net/send-request.js';
import type {HttpResponse} from '../net/http-exchange.js';
import {basicAuthorization, encodingsDiffer, otherEncoding} from './form-encoding.js';
import {isCredentialRejection, isInvalidClient, isSuccess, responseError, successShapeError} from './http-errors.js';
import {bearerTokenProblem, maxTokenLength} from './bearer-token.js';
import {isRecord, isUtf8, readAnswer, serverLine, type Answer, type Scrub} from '../net/read-answer.js';
import {tokenResult} from './token-response.js';
import {credentialScrubber} from '../text/secret-masker.js';
import type {BasicEncoding} from '../model/client-auth.js';
import type {TokenRequest, TokenResult} from './types.js';

/** One dispatcher per request (see createDispatcher: a timeout or cancel may destroy it), and the clock. */
export type RequestTokenDeps = SendDeps & Readonly<{now?: () => Date}>;

type Attempt = {result: TokenResult} | {response: HttpResponse; answer: Answer};

/**
 * The manual's "Get New Access Token": a client-credentials POST as Postman's OAuth 2.0 form
 * makes it. No redirect is followed and no cookie is kept. When the server rejects a Basic
 * header whose two encodings differ, it tries the other encoding once and says so in
 * `retriedWith`. Every failure is a typed AppError whose text never holds the secret.
 */
export async function requestToken(request: TokenRequest, deps: RequestTokenDeps): Promise<TokenResult> {
	const url = parseHttpUrl(request.tokenUrl);
	const scrub = credentialScrubber(request.clientId, request.clientSecret);
	const first = await attempt(request, request.encoding, {url, scrub}, deps);
	if ('result' in first) return first.result;

	const canRetry = request.auth === 'basic' && encodingsDiffer(request.clientId, request.clientSecret);
	if (!canRetry || !isCredentialRejection(first.response, first.answer)) {
		throw await failure(first, {url, scrub, deps, triedBoth: false});
	}
	const retryEncoding = otherEncoding(request.encoding);
	const second = await attempt(request, retryEncoding, {url, scrub}, deps);
	if ('result' in second) return {...second.result, retriedWith: retryEncoding};
	// An invalid_client says the server read the credentials and refused them: the most useful
	// answer to show, whichever attempt gave it.
	const shown = isInvalidClient(second.response, second.answer) ? second : first;
	throw await failure(shown, {url, scrub, deps, triedBoth: true});
}

async function attempt(
	request: TokenRequest,
	encoding: BasicEncoding,
	{url, scrub}: Readonly<{url: URL; scrub: Scrub}>,
	deps: RequestTokenDeps,
): Promise<Attempt> {
	const start = (deps.now ?? (() => new Date()))();
	const response = await sendRequest(
		{url, method: 'POST', headers: headersFor(request, encoding), body: formBody(request)},
		deps,
	);
	const answer = readAnswer(response);
	if (isSuccess(response, answer) && answer.kind === 'json' && isRecord(answer.value)) {
		const token = answer.value.access_token;
		if (typeof token === 'string' && token !== '') {
			// Refused before it is shown, copied or recorded: a token is text a header can carry.
			if (!isUtf8(response.body)) throw new NetworkError(oauthText.notUtf8(url.host), {reason: 'invalid_utf8'});
			const problem = bearerTokenProblem(token);
			if (problem) throw new NetworkError(oauthText.badToken(problem, maxTokenLength, serverLine(token, scrub, 60) ?? ''), {reason: 'bad_token'});
			return {result: tokenResult(answer.value, start)};
		}
	}
	return {response, answer};
}

function headersFor(request: TokenRequest, encoding: BasicEncoding): Record<string, string> {
	return {
		'content-type': 'application/x-www-form-urlencoded',
		accept: 'application/json',
		'user-agent': 'segura-token',
		...(request.auth === 'basic' ? {authorization: basicAuthorization(request.clientId, request.clientSecret, encoding)} : {}),
	};
}

function formBody(request: TokenRequest): string {
	const form = new URLSearchParams({grant_type: 'client_credentials'});
	if (request.auth === 'body') {
		form.append('client_id', request.clientId);
		form.append('client_secret', request.clientSecret);
	}
	const scope = request.scope?.trim();
	if (scope) form.append('scope', scope);
	for (const [name, value] of request.params ?? []) form.append(name, value);
	return form.toString();
}

async function failure(
	{response, answer}: {response: HttpResponse; answer: Answer},
	context: {url: URL; scrub: Scrub; deps: RequestTokenDeps; triedBoth: boolean},
): Promise<AppError> {
	const base = {url: context.url, scrub: context.scrub, triedBoth: context.triedBoth};
	// A 2xx that is no token is never a 403: no route is looked for.
	const shape = isSuccess(response, answer) ? successShapeError(response, answer, base) : undefined;
	return failureWithRoute(response, context.url, context.deps, route => shape ?? responseError(response, answer, {...base, ...(route ? {route} : {})}));
}
