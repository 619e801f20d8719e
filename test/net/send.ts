import {createDispatcher} from '../../source/net/create-dispatcher.js';
import type {NetOptions} from '../../source/model/net-options.js';
import {sendRequest} from '../../source/net/send-request.js';
import type {HttpResponse} from '../../source/net/http-exchange.js';

export type SendOptions = NetOptions & {env?: NodeJS.ProcessEnv; signal?: AbortSignal; maxBytes?: number; method?: 'GET' | 'POST'};

/** One GET the way the app sends it: a fresh dispatcher, destroyed afterwards. */
export async function send(url: string, options: SendOptions = {}): Promise<HttpResponse> {
	const {env = {}, timeoutMs = 5000, signal, maxBytes, method = 'GET', ...net} = options;
	const dispatcher = await createDispatcher({...net, timeoutMs}, env);
	try {
		return await sendRequest(
			{url: new URL(url), method, headers: {accept: 'application/json'}},
			{dispatcher, timeoutMs, ...(signal ? {signal} : {}), ...(maxBytes === undefined ? {} : {maxBytes})},
		);
	} finally {
		await dispatcher.destroy().catch(() => undefined);
	}
}
