import {type ExchangeDeps, withOwnDispatcher} from '../net/create-dispatcher.js';
import type {NetOptions} from '../model/net-options.js';
import {requestToken} from './request-token.js';
import type {TokenRequest, TokenResult} from './types.js';

/** The manual's "Clear cookies" then "Get New Access Token": a connection pool of its own for each fetch. */
export async function fetchToken(request: TokenRequest, net: NetOptions, deps: ExchangeDeps & Readonly<{now?: () => Date}> = {}): Promise<TokenResult> {
	return withOwnDispatcher(net, deps, send => requestToken(request, {...send, ...(deps.now ? {now: deps.now} : {})}));
}
