import type {Dispatcher} from './dispatcher.js';
import {proxyFor, type ProxySettings, type ProxyUrl} from './proxy-env.js';

// What createDispatcher decided about proxies, kept beside the dispatcher so a failed request
// can say whether the proxy or the server failed, and skip probes that a proxy would falsify.
const routes = new WeakMap<Dispatcher, ProxySettings>();

export function rememberProxySettings(dispatcher: Dispatcher, settings: ProxySettings): void {
	routes.set(dispatcher, settings);
}

/** The proxy a request to `url` goes through, or undefined when it goes direct (or is unknown). */
export function proxyRoute(dispatcher: Dispatcher, url: URL): ProxyUrl | undefined {
	const settings = routes.get(dispatcher);
	return settings ? proxyFor(settings, url) : undefined;
}
