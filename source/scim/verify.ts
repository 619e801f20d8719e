import {type ExchangeDeps, withOwnDispatcher} from '../net/create-dispatcher.js';
import type {NetOptions} from '../model/net-options.js';
import {type VerifyResult, verifyToken} from './verify-token.js';

/** The Okta-style check with a connection pool of its own: nothing from the token request carries over, as nothing carries over to Okta. */
export async function verify(baseUrl: string, token: string, net: NetOptions, deps: ExchangeDeps = {}): Promise<VerifyResult> {
	return withOwnDispatcher(net, deps, send => verifyToken(baseUrl, token, send));
}
