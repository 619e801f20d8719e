import {once} from 'node:events';
import http from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {createProxy} from 'proxy';

export type RunningProxy = Readonly<{
	/** http://127.0.0.1:PORT, or with user:password when the proxy asks for a login. */
	url: string;
	/** host:port of every CONNECT the proxy received, in order. */
	connects: string[];
	close(): Promise<void>;
}>;

/** A real CONNECT proxy on 127.0.0.1 (the `proxy` package), optionally asking for a login. */
export async function startProxy(login?: {user: string; password: string}): Promise<RunningProxy> {
	const server = createProxy(http.createServer());
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
		url: `http://127.0.0.1:${port}`,
		connects,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}
