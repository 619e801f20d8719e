import {AppError, VerifyError} from '../errors/app-error.js';
import {claimedKind} from '../model/provider-claims.js';
import {doctorErrors, doctorText, verifyText} from '../i18n/text.js';
import {formatExpiry} from '../i18n/time.js';
import type {NetOptions} from '../model/net-options.js';
import type {ProviderKind} from '../model/provider-kind.js';
import {fetchToken} from '../oauth/fetch-token.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import {verify} from '../scim/verify.js';
import type {RequestDeps} from './check-http.js';
import {failure, type Outcome} from './links.js';
import {inEveryLanguage} from '../i18n/lang.js';

/** A typed failure of the request is the link's; a cancel (or a bug) goes up. */
function caught(thrown: unknown): Outcome {
	if (thrown instanceof AppError && thrown.reason !== 'cancelled') return failure(thrown);
	throw thrown;
}

/** The token link: the request `get` would send, with the same words for every refusal. */
export async function checkToken(request: TokenRequest, net: NetOptions, deps: RequestDeps): Promise<{outcome: Outcome; token?: TokenResult}> {
	let result: TokenResult;
	try {
		result = await fetchToken(request, net, deps);
	} catch (thrown) {
		return {outcome: caught(thrown)};
	}
	const {expiresAt} = result;
	const summary = inEveryLanguage(lang => doctorText.tokenIssued[lang](result.tokenType, expiresAt ? formatExpiry(expiresAt, lang) : undefined, result.claims !== undefined));
	const details = result.retriedWith ? [doctorText.tokenRetried(result.retriedWith)] : [];
	const data = {tokenType: result.tokenType, expiresIn: result.expiresIn ?? null, expiresAt: expiresAt?.toISOString() ?? null, jwt: result.claims !== undefined, retriedWith: result.retriedWith ?? null};
	return {outcome: {status: 'ok', summary, details, data}, token: result};
}

/** The SCIM link: Okta's "Test API Credentials" with the token just issued. */
export async function checkScim(baseUrl: string, token: string, net: NetOptions, deps: RequestDeps): Promise<Outcome> {
	try {
		const result = await verify(baseUrl, token, net, deps);
		const users = result.totalResults ?? 0;
		return {status: 'ok', summary: verifyText.works(users), details: [], data: {status: result.status, totalResults: users}};
	} catch (thrown) {
		return caught(thrown);
	}
}

/**
 * The provider-kind link: the kind the token's claims name (claimedKind) against the kind the
 * profile (or --kind) says. Okta groups pushed with a token of the other kind land in the other
 * menu: that is a token that fails Okta's purpose, exit 5.
 */
export function checkKind(token: TokenResult, expected: ProviderKind | undefined): Outcome {
	const claimed = claimedKind(token.claims);
	const data = {claimed: claimed ?? null, expected: expected ?? null};
	if (claimed === undefined) return {status: 'skip', summary: doctorText.kindUnclaimed, details: [], data};
	if (expected === undefined) return {status: 'skip', summary: doctorText.kindNotCompared(claimed), details: [], data};
	if (claimed === expected) return {status: 'ok', summary: doctorText.kindMatches(claimed), details: [], data};
	return failure(new VerifyError(doctorErrors.kindMismatch(claimed, expected), {reason: 'provider_kind'}), {data});
}
