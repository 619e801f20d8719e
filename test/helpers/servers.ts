import {once} from 'node:events';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type {AddressInfo} from 'node:net';
import type {Pem} from './certificates.js';

/** A server listening on 127.0.0.1 with a port the system chose. */
export type RunningServer = Readonly<{
	/** `http://127.0.0.1:PORT` or `https://127.0.0.1:PORT`. */
	origin: string;
	port: number;
	/** Requests and connections seen so far. */
	stats: {requests: number; connections: number};
	/** Connections open right now. */
	openConnections(): number;
	close(): Promise<void>;
}>;

export type RequestHandler = (request: http.IncomingMessage, response: http.ServerResponse, body: string) => unknown;

function track(server: net.Server): {sockets: Set<net.Socket>; stats: {requests: number; connections: number}} {
	const sockets = new Set<net.Socket>();
	const stats = {requests: 0, connections: 0};
	// 'connection' fires for the raw TCP socket on http, https and net servers alike.
	server.on('connection', (socket: net.Socket) => {
		stats.connections++;
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return {sockets, stats};
}

async function listen(server: net.Server, scheme: string): Promise<RunningServer> {
	const {sockets, stats} = track(server);
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const {port} = server.address() as AddressInfo;
	if (server instanceof http.Server) {
		server.on('request', () => stats.requests++);
	}
	return {
		origin: `${scheme}://127.0.0.1:${port}`,
		port,
		stats,
		openConnections: () => sockets.size,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}

async function readBody(request: http.IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

function wrap(handler: RequestHandler): http.RequestListener {
	return (request, response) => {
		void readBody(request)
			.then(body => handler(request, response, body))
			.catch((error: unknown) => {
				if (!response.headersSent) response.writeHead(500);
				response.end(String(error));
			});
	};
}

/** Plain HTTP on 127.0.0.1; the handler gets the whole request body. */
export async function startHttpServer(handler: RequestHandler): Promise<RunningServer> {
	return listen(http.createServer(wrap(handler)), 'http');
}

/** HTTPS on 127.0.0.1 with the given certificate. */
export async function startHttpsServer(pem: Pem, handler: RequestHandler): Promise<RunningServer> {
	return listen(https.createServer({cert: pem.cert, key: pem.key}, wrap(handler)), 'https');
}

/**
 * A TCP server that hands each socket to `onSocket` and nothing else: for servers that hang,
 * reset, or never answer a TLS handshake.
 */
export async function startTcpServer(onSocket: (socket: net.Socket) => void, scheme = 'http'): Promise<RunningServer> {
	const server = net.createServer(socket => {
		socket.on('error', () => {});
		onSocket(socket);
		// Read (and drop) what the client sends, so the server notices when the client goes away.
		if (socket.listenerCount('data') === 0) socket.resume();
	});
	return listen(server, scheme);
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export async function freePort(): Promise<number> {
	const server = net.createServer();
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const {port} = server.address() as AddressInfo;
	await new Promise<void>(resolve => server.close(() => resolve()));
	return port;
}


/** Servers a test file starts as it goes, all closed at once by `closeAll` (for afterEach). */
export function serverPool(): Readonly<{serve: (handler: RequestHandler) => Promise<RunningServer>; closeAll: () => Promise<void>}> {
	const servers: RunningServer[] = [];
	return {
		serve: async handler => {
			const server = await startHttpServer(handler);
			servers.push(server);
			return server;
		},
		closeAll: async () => {
			await Promise.all(servers.splice(0).map(async server => server.close()));
		},
	};
}
