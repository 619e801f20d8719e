import {VerifyError} from '../errors/app-error.js';
import {notScimFound, scimText} from '../i18n/text.js';
import type {ClientRoute} from '../model/client-route.js';
import {type Answer, headerValue, isRecord, rawText, redirectLocation, type Scrub, serverLine} from '../net/read-answer.js';
import type {HttpResponse} from '../net/http-exchange.js';
import {type NotList, readListResponse} from './list-response.js';

export type VerifyContext = Readonly<{
	url: URL;
	/** Masks the token in anything the server sent back. */
	scrub: Scrub;
	route?: ClientRoute;
}>;

/** The typed error for an answer that is not a ListResponse, by status first, then by body. */
export function answerError(response: HttpResponse, answer: Answer, context: VerifyContext): VerifyError {
	const {status} = response;
	const {scrub} = context;
	const words = serverWords(response, answer, scrub);
	const statusText = serverLine(response.statusText, scrub, 100) ?? '';
	if (status >= 300 && status < 400) return new VerifyError(scimText.redirect(status, redirectLocation(response, context)), {reason: 'redirect'});
	if (status === 401) return new VerifyError(scimText.unauthorized(words), {reason: 'unauthorized'});
	if (status === 403) return new VerifyError(scimText.forbidden(words, context.route ?? {kind: 'unknown'}), {reason: 'forbidden'});
	if (status === 404) return new VerifyError(scimText.notFound(serverLine(context.url.href, scrub) ?? ''), {reason: 'not_found'});
	if (status >= 500) return new VerifyError(scimText.serverError(status, statusText, words), {reason: 'server_error'});
	if (answer.kind === 'html') return htmlError(status, answer, scrub);
	if (status >= 200 && status < 300 && answer.kind !== 'json') return notScimError(status, response, answer, scrub);
	if (status >= 200 && status < 300 && answer.kind === 'json') {
		const list = readListResponse(answer.value);
		if ('problem' in list) return notListError(status, list, scrub);
	}
	// A ListResponse with another 2xx status lands here too: Okta wants a 200.
	return new VerifyError(scimText.httpStatus(status, statusText, words), {reason: 'http_status'});
}

/** A 200 whose body is JSON but not a ListResponse. */
export function notListError(status: number, notList: NotList, scrub: Scrub): VerifyError {
	const found =
		notList.problem === 'not_object'
			? notScimFound.notObject
			: notList.problem === 'no_total'
				? notScimFound.noTotal
				: notScimFound.fields(listed(notList.schemas, scrub), listed(notList.fields, scrub) ?? '');
	return new VerifyError(scimText.notScim(status, found), {reason: 'not_scim'});
}

function htmlError(status: number, answer: Answer & {kind: 'html'}, scrub: Scrub): VerifyError {
	return new VerifyError(scimText.html(status, serverLine(answer.title, scrub, 120)), {reason: 'html'});
}

function notScimError(status: number, response: HttpResponse, answer: Answer & {kind: 'empty' | 'other'}, scrub: Scrub): VerifyError {
	if (answer.kind === 'empty') return new VerifyError(scimText.notScim(status, notScimFound.empty), {reason: 'not_scim'});
	const contentType = headerValue(response, 'content-type');
	const shown = serverLine(contentType, scrub, 100);
	return new VerifyError(scimText.notScim(status, notScimFound.notJson(shown)), {reason: 'not_scim'});
}

function listed(values: readonly string[] | undefined, scrub: Scrub): string | undefined {
	if (!values || values.length === 0) return undefined;
	return serverLine(values.slice(0, 10).join(', '), scrub, 200);
}

/**
 * What the server said went wrong: a SCIM Error's detail (RFC 7644 §3.12), another API's
 * message, or the error_description of the Bearer challenge (RFC 6750 §3).
 */
function serverWords(response: HttpResponse, answer: Answer, scrub: Scrub): string | undefined {
	let words: string | undefined;
	if (answer.kind === 'json' && isRecord(answer.value)) {
		const body = answer.value;
		words = rawText(body.detail) ?? rawText(body.error_description) ?? rawText(body.message) ?? rawText(body.error);
	}
	words ??= challengeDescription(headerValue(response, 'www-authenticate'));
	return serverLine(words, scrub);
}

function challengeDescription(challenge: string | undefined): string | undefined {
	if (!challenge) return undefined;
	const match = /error_description="((?:[^"\\]|\\.)*)"/i.exec(challenge) ?? /error="((?:[^"\\]|\\.)*)"/i.exec(challenge);
	return match?.[1] === undefined ? undefined : rawText(match[1].replace(/\\(.)/g, '$1'));
}

