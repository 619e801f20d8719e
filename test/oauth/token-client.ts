import {createDispatcher} from '../../source/net/create-dispatcher.js';
import type {NetOptions} from '../../source/model/net-options.js';
import {type RequestTokenDeps, requestToken} from '../../source/oauth/request-token.js';
import type {TokenRequest, TokenResult} from '../../source/oauth/types.js';

/** One token request the way the app makes it: a fresh dispatcher, destroyed afterwards. */
export async function getToken(
	request: TokenRequest,
	options: NetOptions & {env?: NodeJS.ProcessEnv} & Partial<Omit<RequestTokenDeps, 'dispatcher'>> = {},
): Promise<TokenResult> {
	const {env = {}, timeoutMs = 5000, ...rest} = options;
	const dispatcher = await createDispatcher({...rest, timeoutMs}, env);
	try {
		return await requestToken(request, {
			dispatcher,
			timeoutMs,
			...(rest.signal ? {signal: rest.signal} : {}),
			...(rest.now ? {now: rest.now} : {}),
			...(rest.maxBytes === undefined ? {} : {maxBytes: rest.maxBytes}),
		});
	} finally {
		await dispatcher.destroy().catch(() => undefined);
	}
}
