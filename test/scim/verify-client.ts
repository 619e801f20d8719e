import {fetchToken} from '../../source/oauth/fetch-token.js';
import {verify} from '../../source/scim/verify.js';
import type {VerifyResult} from '../../source/scim/verify-token.js';
import type {NetOptions} from '../../source/model/net-options.js';

/** The check as the app runs it, with no proxy variables from the machine running the tests. */
export async function check(
	baseUrl: string,
	token: string,
	options: NetOptions & {env?: NodeJS.ProcessEnv; signal?: AbortSignal} = {},
): Promise<VerifyResult> {
	const {env = {}, signal, timeoutMs = 5000, ...net} = options;
	return verify(baseUrl, token, {...net, timeoutMs}, {env, ...(signal ? {signal} : {})});
}

/** A client-credentials token from a token URL, Basic auth, no proxy. */
export async function tokenFrom(tokenUrl: string, clientId: string, clientSecret: string): Promise<string> {
	const result = await fetchToken({tokenUrl, clientId, clientSecret, auth: 'basic', encoding: 'rfc'}, {timeoutMs: 5000}, {env: {}});
	return result.accessToken;
}
