import {type AppError, NetworkError, OAuthError} from '../errors/app-error.js';
import {oauthText} from '../i18n/text.js';
import type {ClientRoute} from '../model/client-route.js';
import type {HttpResponse} from '../net/http-exchange.js';
import {type Answer, headerValue, isRecord, redirectLocation, type Scrub, serverLine} from '../net/read-answer.js';
import {errorWords} from './error-words.js';

export type ResponseContext = Readonly<{
	url: URL;
	/** Masks the secret in anything the server sent back. */
	scrub: Scrub;
	route?: ClientRoute;
	/** Both Basic encodings were tried and this is the answer to report. */
	triedBoth?: boolean;
}>;

/** 401, or an invalid_client error at any status: the server read the credentials and said no. */
export function isInvalidClient(response: HttpResponse, answer: Answer): boolean {
	return response.status === 401 || errorWords(answer).error === 'invalid_client';
}

/**
 * An answer that a different encoding of the Basic header could change: invalid_client, or a
 * 400 invalid_request (oidc-provider's answer to a header whose %-escapes do not decode).
 */
export function isCredentialRejection(response: HttpResponse, answer: Answer): boolean {
	return isInvalidClient(response, answer) || (response.status === 400 && errorWords(answer).error === 'invalid_request');
}

/** The typed error for an answer that is not a token: by status first, then by body. */
export function responseError(response: HttpResponse, answer: Answer, context: ResponseContext): AppError {
	const {status} = response;
	const {scrub} = context;
	const words = errorWords(answer);
	const error = serverLine(words.error, scrub, 100);
	const description = serverLine(words.description, scrub);
	const statusText = serverLine(response.statusText, scrub, 100) ?? '';

	if (status >= 300 && status < 400) {
		return new NetworkError(oauthText.redirect(status, redirectLocation(response, context)), {reason: 'redirect'});
	}
	if (isInvalidClient(response, answer)) {
		return new OAuthError(oauthText.invalidClient(status, error, description, context.triedBoth ?? false), {reason: 'invalid_client'});
	}
	if (status === 403) {
		return new OAuthError(oauthText.forbidden(error && description ? `${error}: ${description}` : (description ?? error), context.route ?? {kind: 'unknown'}), {
			reason: 'forbidden',
		});
	}
	if (status === 404) return new NetworkError(oauthText.notFound(context.url.href), {reason: 'not_found'});
	if (status >= 500) return new NetworkError(oauthText.serverError(status, statusText, description ?? error), {reason: 'server_error'});
	if (error) {
		// invalid_scope has a reason of its own: it points at one field, the scope.
		return new OAuthError(oauthText.oauthError(status, error, description), {reason: words.error === 'invalid_scope' ? 'invalid_scope' : 'oauth_error'});
	}
	if (answer.kind === 'html') return new NetworkError(oauthText.html(status, titleOf(answer, scrub)), {reason: 'html'});
	return new NetworkError(oauthText.httpStatus(status, statusText, description), {reason: 'http_status'});
}

/** A 2xx answer without an RFC 6749 error in it; anything else goes to responseError. */
export function isSuccess(response: HttpResponse, answer: Answer): boolean {
	return response.status >= 200 && response.status < 300 && errorWords(answer).error === undefined;
}

/** The errors a successful answer can still be: a page, not JSON, or JSON without a token. */
export function successShapeError(response: HttpResponse, answer: Answer, context: ResponseContext): AppError | undefined {
	const {scrub} = context;
	if (answer.kind === 'html') return new NetworkError(oauthText.html(response.status, titleOf(answer, scrub)), {reason: 'html'});
	if (answer.kind !== 'json') {
		const contentType = headerValue(response, 'content-type');
		return new NetworkError(oauthText.invalidJson(response.status, serverLine(contentType, scrub, 100)), {
			reason: 'invalid_json',
		});
	}
	const token = isRecord(answer.value) ? answer.value.access_token : undefined;
	if (typeof token !== 'string' || token === '') {
		const fields = isRecord(answer.value) ? Object.keys(answer.value).slice(0, 10) : [];
		return new NetworkError(oauthText.noAccessToken(serverLine(fields.join(', '), scrub, 200) ?? ''), {reason: 'no_access_token'});
	}
	return undefined;
}

function titleOf(answer: Answer, scrub: Scrub): string | undefined {
	return answer.kind === 'html' ? serverLine(answer.title, scrub, 120) : undefined;
}

