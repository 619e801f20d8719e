import net, {type Socket} from 'node:net';
import {AppError} from '../errors/app-error.js';
import {doctorText} from '../i18n/text.js';
import {timeoutError} from '../net/network-errors.js';
import {displayLine} from '../text/display.js';
import {hostOf, portOf} from './check-dns.js';
import {tryLink} from './deadline.js';
import {failure, type Outcome} from './links.js';

export type Connected = Readonly<{outcome: Outcome; socket?: Socket}>;

/**
 * TCP straight to the server: the host's addresses tried as Node tries them (both families, one
 * after the other), and which one answered, from which local address. A refused port, an
 * unreachable network or a silent firewall is this link's failure.
 */
export async function connectTcp(url: URL, limits: Readonly<{timeoutMs: number; signal?: AbortSignal}>): Promise<Connected> {
	const host = hostOf(url);
	const port = portOf(url);
	const socket = net.connect({host, port, autoSelectFamily: true});
	socket.setNoDelay(true);
	const context = {url, timeoutMs: limits.timeoutMs, connected: false};
	// The error listener stays after the connect (events.once would remove it): an error of the
	// open socket before the next link takes it must not go unheard.
	const connecting = new Promise<void>((resolve, reject) => {
		socket.once('connect', () => resolve());
		socket.once('error', reject);
	});
	const connected = await tryLink(connecting, {...limits, onTimeout: () => timeoutError(context), cleanup: () => socket.destroy()}, context);
	if (connected instanceof AppError) return {outcome: failure(connected, {data: {host, port}})};
	const address = (socket.remoteAddress ?? '?').replace(/^::ffff:/, '');
	const local = (socket.localAddress ?? '?').replace(/^::ffff:/, '');
	return {
		outcome: {
			status: 'ok',
			summary: doctorText.tcpConnected(displayLine(address), port, displayLine(local)),
			details: [],
			data: {host, port, address, localAddress: local},
		},
		socket,
	};
}

/** The TCP link when a proxy carries the connection: the tunnel the proxy link opened. */
export function tunnelledTcp(url: URL, proxy: string): Outcome {
	return {status: 'ok', summary: doctorText.tcpTunnel(`${displayLine(url.hostname)}:${portOf(url)}`, proxy), details: [], data: {host: hostOf(url), port: portOf(url), through: proxy}};
}
