import {once} from 'node:events';
import http from 'node:http';
import https from 'node:https';
import type {AddressInfo, Socket} from 'node:net';
import {createProxy} from 'proxy';
import type {Pem} from './certificates.js';

export type RunningProxy = Readonly<{
	/** http://127.0.0.1:PORT, or with user:password when the proxy asks for a login. */
	url: string;
	/** host:port of every CONNECT the proxy received, in order. */
	connects: string[];
	close(): Promise<void>;
}>;

/**
 * A real CONNECT proxy on 127.0.0.1 (the `proxy` package), optionally asking for a login, and
 * optionally spoken to over TLS (an https:// proxy) with the given certificate.
 */
export async function startProxy(options: {login?: {user: string; password: string}; tls?: Pem} = {}): Promise<RunningProxy> {
	const {login, tls} = options;
	const server = createProxy(tls ? https.createServer({cert: tls.cert, key: tls.key}) : http.createServer());
	const connects: string[] = [];
	const sockets = new Set<Socket>();
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('connect', (request: http.IncomingMessage) => connects.push(request.url ?? ''));
	if (login) {
		const expected = `Basic ${Buffer.from(`${login.user}:${login.password}`).toString('base64')}`;
		server.authenticate = request => request.headers['proxy-authorization'] === expected;
	}
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const {port} = server.address() as AddressInfo;
	return {
		url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
		connects,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}
