import {type AppError, CancelledError} from '../errors/app-error.js';
import {cancelledText} from '../i18n/text.js';
import {clientRoute} from '../net/client-route.js';
import {parseHttpUrl} from '../net/http-url.js';
import {readAnswer} from '../net/read-answer.js';
import {type SendDeps, sendRequest} from '../net/send-request.js';
import type {HttpResponse} from '../net/http-exchange.js';
import {readListResponse} from './list-response.js';
import {tokenScrubber} from '../text/secret-masker.js';
import {answerError, notListError} from './verify-errors.js';

/** What a check needs: one dispatcher per check (see createDispatcher), as for any exchange. */
export type VerifyDeps = SendDeps;

export type VerifyResult = Readonly<{
	status: number;
	/** How many users the server says it has (the ListResponse's totalResults). */
	totalResults: number | undefined;
	/** How many came back in this page (at most 2). */
	itemsPerPage?: number;
	/** The URL that was asked, without the token. */
	url: string;
}>;

/**
 * Okta's "Test API Credentials": GET {Base URL}/Users?startIndex=1&count=2 with the bare token as
 * a Bearer token and `Accept: application/scim+json`; it passes on a 200 SCIM ListResponse.
 * Any other answer is a VerifyError (exit 5) whose text never holds the token; a network, TLS
 * or timeout failure stays a NetworkError or TlsError (exit 3). No redirect is followed.
 */
export async function verifyToken(baseUrl: string, token: string, deps: VerifyDeps): Promise<VerifyResult> {
	const url = usersUrl(baseUrl);
	const scrub = tokenScrubber(token);
	const response = await sendRequest(
		{
			url,
			method: 'GET',
			headers: {authorization: `Bearer ${token}`, accept: 'application/scim+json', 'user-agent': 'segura-token'},
		},
		deps,
	);
	const answer = readAnswer(response);
	if (response.status === 200 && answer.kind === 'json') {
		const list = readListResponse(answer.value);
		if ('problem' in list) throw notListError(response.status, list, scrub);
		return {status: response.status, ...list, url: url.href};
	}
	throw await failure(response, url, scrub, deps);
}

/** The Base URL with `/Users?startIndex=1&count=2` after its path, one slash between. */
export function usersUrl(baseUrl: string): URL {
	const base = parseHttpUrl(baseUrl);
	const url = new URL(base.href);
	url.pathname = `${base.pathname.replace(/\/+$/, '')}/Users`;
	url.search = '?startIndex=1&count=2';
	url.hash = '';
	return url;
}

async function failure(response: HttpResponse, url: URL, scrub: (text: string) => string, deps: VerifyDeps): Promise<AppError> {
	const route = response.status === 403 ? await clientRoute(response, url, deps) : undefined;
	const error = answerError(response, readAnswer(response), {url, scrub, ...(route ? {route} : {})});
	// A cancel during the address probe still means the user asked to stop.
	return deps.signal?.aborted ? new CancelledError(cancelledText, {cause: error, reason: 'cancelled'}) : error;
}
