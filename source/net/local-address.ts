import net from 'node:net';

/**
 * The address this machine uses to reach `url`'s host, read from a TCP connection opened to the
 * same host and port and closed at once. It is this side's view: NAT on the way may change what
 * the server sees. Undefined when the connection cannot be made in time, or on cancel.
 */
export async function localAddressTowards(url: URL, timeoutMs: number, signal?: AbortSignal): Promise<string | undefined> {
	const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
	const host = url.hostname.replace(/^\[|\]$/g, '');
	if (signal?.aborted) return undefined;
	return new Promise(resolve => {
		const socket = net.connect({host, port});
		const done = (address: string | undefined) => {
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
			socket.destroy();
			resolve(address);
		};
		const timer = setTimeout(() => done(undefined), timeoutMs);
		const onAbort = () => done(undefined);
		signal?.addEventListener('abort', onAbort, {once: true});
		socket.once('connect', () => done(socket.localAddress?.replace(/^::ffff:/, '')));
		socket.once('error', () => done(undefined));
	});
}
