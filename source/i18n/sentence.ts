import type {ClientRoute} from '../model/client-route.js';

// How a sentence is put together, the same in every language: the words come from the catalog
// (the word for "and", "or"), the joining is done here once.

/** "a, b and c": the items in a sentence, with the language's word for "and" (or "or"). */
export function listOf(items: readonly string[], and: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`;
}

/** ": the server's words" after a sentence, or nothing when it said none. */
export function detail(value: string | undefined): string {
	return value ? `: ${value}` : '';
}

/** The server's error code and description, to follow the status: ", invalid_client: bad secret". */
export function serverWords(error: string | undefined, description: string | undefined): string {
	if (error && description) return `, ${error}: ${description}`;
	if (error || description) return `, ${error ?? description}`;
	return '';
}

/** "HTTP 503 Service Unavailable", or "HTTP 503" when the reason phrase is empty. */
export function statusLine(status: number, statusText: string): string {
	return `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
}

/** Where a command's options are told. */
export function helpCommand(command: string): string {
	return command ? `segura-token help ${command}` : 'segura-token --help';
}

/** The route's sentence, in the words given: nothing when the route is not known. */
export function routeOf(route: ClientRoute, words: Readonly<{direct: (host: string, address: string) => string; proxy: (proxy: string) => string}>): string {
	if (route.kind === 'direct') return words.direct(route.host, route.address);
	return route.kind === 'proxy' ? words.proxy(route.proxy) : '';
}
