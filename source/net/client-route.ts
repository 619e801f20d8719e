import type {ClientRoute} from '../model/client-route.js';
import type {Dispatcher} from './dispatcher.js';
import {proxyRoute} from './dispatcher-state.js';
import {localAddressTowards} from './local-address.js';
import {describeProxy} from './proxy-env.js';
import type {HttpResponse} from './http-exchange.js';


// The address probe only adds a line to a message: it must stay quick.
const probeLimitMs = 3000;

export async function clientRoute(
	response: HttpResponse,
	url: URL,
	deps: Readonly<{dispatcher: Dispatcher; timeoutMs: number; signal?: AbortSignal}>,
): Promise<ClientRoute> {
	const proxy = proxyRoute(deps.dispatcher, url);
	if (proxy) return {kind: 'proxy', proxy: describeProxy(proxy)};
	if (response.proxied) return {kind: 'unknown'};
	const address = await localAddressTowards(url, Math.min(deps.timeoutMs, probeLimitMs), deps.signal);
	return address ? {kind: 'direct', host: url.hostname, address} : {kind: 'unknown'};
}
