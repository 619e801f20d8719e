import {createDispatcher} from '../net/create-dispatcher.js';
import type {HttpTrace} from '../net/http-trace.js';
import {defaultTimeoutMs, type NetOptions} from '../model/net-options.js';
import {type VerifyResult, verifyToken} from './verify-token.js';

/**
 * The Okta-style check with a connection pool of its own, closed afterwards: nothing from the
 * token request (connection, cookie) carries over, as nothing carries over to Okta.
 */
export async function verify(
	baseUrl: string,
	token: string,
	net: NetOptions,
	deps: Readonly<{env?: NodeJS.ProcessEnv; signal?: AbortSignal; trace?: HttpTrace}> = {},
): Promise<VerifyResult> {
	const dispatcher = await createDispatcher(net, deps.env);
	try {
		return await verifyToken(baseUrl, token, {
			dispatcher,
			timeoutMs: net.timeoutMs ?? defaultTimeoutMs,
			...(deps.signal ? {signal: deps.signal} : {}),
			...(deps.trace ? {trace: deps.trace} : {}),
		});
	} finally {
		// destroy, not close: a cancelled check must not keep the process waiting.
		await dispatcher.destroy().catch(() => undefined);
	}
}
