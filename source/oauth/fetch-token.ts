import {createDispatcher} from '../net/create-dispatcher.js';
import type {HttpTrace} from '../net/http-trace.js';
import {defaultTimeoutMs, type NetOptions} from '../model/net-options.js';
import {requestToken} from './request-token.js';
import type {TokenRequest, TokenResult} from './types.js';

/**
 * The manual's "Clear cookies" then "Get New Access Token": every fetch gets a connection pool
 * of its own, closed afterwards, so no cookie, cached token or reused connection carries over.
 */
export async function fetchToken(
	request: TokenRequest,
	net: NetOptions,
	deps: Readonly<{env?: NodeJS.ProcessEnv; signal?: AbortSignal; now?: () => Date; trace?: HttpTrace}> = {},
): Promise<TokenResult> {
	const dispatcher = await createDispatcher(net, deps.env);
	try {
		return await requestToken(request, {
			dispatcher,
			timeoutMs: net.timeoutMs ?? defaultTimeoutMs,
			...(deps.signal ? {signal: deps.signal} : {}),
			...(deps.now ? {now: deps.now} : {}),
			...(deps.trace ? {trace: deps.trace} : {}),
		});
	} finally {
		// destroy, not close: a cancelled request must not keep the process waiting.
		await dispatcher.destroy().catch(() => undefined);
	}
}
