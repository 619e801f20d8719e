import {pollUntil} from '../helpers/poll.js';
import {once} from 'node:events';
import {afterEach, describe, expect, test} from 'vitest';
import {CancelledError, errorText, NetworkError, TlsError} from '../../source/errors/app-error.js';
import {formatBytes} from '../../source/net/send-request.js';
import {caught, expectBothLanguages} from '../helpers/app-errors.js';
import {freePort, startHttpServer, startTcpServer, type RunningServer} from '../helpers/servers.js';
import {send} from './send.js';

const servers: RunningServer[] = [];

async function track<T extends RunningServer>(server: Promise<T>): Promise<T> {
	const running = await server;
	servers.push(running);
	return running;
}

afterEach(async () => {
	await Promise.all(servers.splice(0).map(async server => server.close()));
});

describe('answers', () => {
	test('returns status, lowercase headers and the whole body; follows no redirect', async () => {
		const server = await track(
			startHttpServer((_request, response) => {
				response.writeHead(302, {Location: '/elsewhere', 'X-Custom': 'yes'});
				response.end('moved');
			}),
		);
		const response = await send(`${server.origin}/start`);
		expect(response.status).toBe(302);
		expect(response.headers.location).toBe('/elsewhere');
		expect(response.headers['x-custom']).toBe('yes');
		expect(response.body.toString()).toBe('moved');
		expect(response.proxied).toBe(false);
		expect(server.stats.requests).toBe(1);
	});
});

describe('network failures', () => {
	test('a name that does not resolve is dns, exit 3', async () => {
		// RFC 2606 reserves .invalid: it never resolves.
		const error = await caught(async () => send('https://segura.invalid/iso/oauth2/token'));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('dns');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe('The name segura.invalid could not be found (DNS).');
		expect(errorText(error, 'pt-BR').message).toBe('O nome segura.invalid não foi encontrado (DNS).');
		expectBothLanguages(error);
	});

	test('a port where nothing listens is refused', async () => {
		const port = await freePort();
		const error = await caught(async () => send(`http://127.0.0.1:${port}/`));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('refused');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe(`127.0.0.1 refused the connection on port ${port}: nothing is listening there.`);
		expectBothLanguages(error);
	});

	test('a server that closes the connection without answering is reset', async () => {
		const server = await track(startTcpServer(socket => socket.once('data', () => socket.destroy())));
		const error = await caught(async () => send(`${server.origin}/`));
		expect(error.reason).toBe('reset');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toContain('was closed before the answer arrived');
		expectBothLanguages(error);
	});

	test('a TLS handshake that never completes is a connect timeout, well before undici\'s own timer', async () => {
		// No test may send traffic off the machine, so a "real" unroutable address is out: a
		// server that accepts TCP and never answers the TLS ClientHello holds the connect phase
		// open the same way.
		const server = await track(startTcpServer(() => {}, 'https'));
		const started = Date.now();
		const error = await caught(async () => send(`${server.origin}/`, {timeoutMs: 300}));
		expect(Date.now() - started).toBeLessThan(3000);
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('connect_timeout');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe(`Could not connect to 127.0.0.1:${server.port} within 0.3 s (connection or TLS handshake).`);
		expect(errorText(error, 'en').hint).toContain('--timeout');
		expectBothLanguages(error);
		// Closed by the deadline itself, before undici's own connect timer (1.3 s here) would.
		await pollUntil(() => server.openConnections() === 0, 'the condition', 900);
	});

	test('a server that takes the request and never answers is a response timeout', async () => {
		const server = await track(startHttpServer(() => new Promise(() => {})));
		const error = await caught(async () => send(`${server.origin}/`, {timeoutMs: 300}));
		expect(error.reason).toBe('response_timeout');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe('127.0.0.1 accepted the connection but did not answer within 0.3 s.');
		expectBothLanguages(error);
	});

	test('an answer that stops halfway is a response timeout too', async () => {
		const server = await track(
			startHttpServer((_request, response) => {
				response.writeHead(200, {'Content-Type': 'application/json', 'Content-Length': '100'});
				response.write('{"access_token":');
			}),
		);
		const error = await caught(async () => send(`${server.origin}/`, {timeoutMs: 300}));
		expect(error.reason).toBe('response_timeout');
	});

	test('https:// to a plain HTTP port is a TLS handshake failure that suggests http://', async () => {
		const server = await track(startHttpServer((_request, response) => response.end('plain')));
		const error = await caught(async () => send(server.origin.replace('http:', 'https:')));
		expect(error).toBeInstanceOf(TlsError);
		expect(error.reason).toBe('tls_handshake');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe('The secure (TLS) connection to 127.0.0.1 failed: wrong version number.');
		expect(errorText(error, 'en').hint).toContain('http://');
	});
});

describe('size cap', () => {
	test('an endless body is cut at the cap: too_large, and the reading stops', async () => {
		let serverFinished = false;
		let serverClosed = false;
		const server = await track(
			startHttpServer(async (_request, response) => {
				const closed = once(response, 'close').then(() => (serverClosed = true));
				response.writeHead(200, {'Content-Type': 'application/json'});
				const chunk = Buffer.alloc(64 * 1024, 'a');
				// 64 MiB if nobody stops it; waits for drain so it cannot race ahead of the reader.
				for (let i = 0; i < 1024 && !serverClosed; i++) {
					if (!response.write(chunk)) await Promise.race([once(response, 'drain'), closed]);
				}
				if (!serverClosed) {
					response.end();
					serverFinished = true;
				}
			}),
		);
		const error = await caught(async () => send(`${server.origin}/`, {maxBytes: 256 * 1024}));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('too_large');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe(`The answer from 127.0.0.1:${server.port} is larger than 256 KiB; reading stopped there.`);
		expectBothLanguages(error);
		await pollUntil(() => serverClosed);
		expect(serverFinished).toBe(false);
	});

	test('a Content-Length over the cap fails before the body is read', async () => {
		const server = await track(
			startHttpServer((_request, response) => {
				response.writeHead(200, {'Content-Length': String(2 * 1024 * 1024)});
				response.write('x');
			}),
		);
		const error = await caught(async () => send(`${server.origin}/`));
		expect(error.reason).toBe('too_large');
		expect(errorText(error, 'en').message).toContain('larger than 1 MiB');
	});

	test('an answer exactly at the cap is read whole', async () => {
		const server = await track(startHttpServer((_request, response) => response.end(Buffer.alloc(1024, 'b'))));
		const response = await send(`${server.origin}/`, {maxBytes: 1024});
		expect(response.body).toHaveLength(1024);
	});

	test('formatBytes', () => {
		expect(formatBytes(1024 * 1024)).toBe('1 MiB');
		expect(formatBytes(2048)).toBe('2 KiB');
		expect(formatBytes(1000)).toBe('1000 bytes');
	});
});

describe('cancel', () => {
	test('cancel during a hanging TLS handshake ends at once with CancelledError (130)', async () => {
		const server = await track(startTcpServer(() => {}, 'https'));
		const controller = new AbortController();
		const started = Date.now();
		const pending = caught(async () => send(`${server.origin}/`, {timeoutMs: 30_000, signal: controller.signal}));
		await pollUntil(() => server.stats.connections > 0);
		controller.abort();
		const error = await pending;
		expect(Date.now() - started).toBeLessThan(5000);
		expect(error).toBeInstanceOf(CancelledError);
		expect(error.reason).toBe('cancelled');
		expect(error.exitCode).toBe(130);
		// The half-made connection is closed now, not when undici's own 31 s timer would fire:
		// a cancelled CLI must be able to exit.
		await pollUntil(() => server.openConnections() === 0, 'the condition', 2000);
	});

	test('cancel while waiting for the answer ends with CancelledError and closes the connection', async () => {
		let closed = false;
		const server = await track(
			startHttpServer(request => {
				request.socket.on('close', () => (closed = true));
				return new Promise(() => {});
			}),
		);
		const controller = new AbortController();
		const pending = caught(async () => send(`${server.origin}/`, {timeoutMs: 30_000, signal: controller.signal}));
		await pollUntil(() => server.stats.requests > 0);
		controller.abort();
		const error = await pending;
		expect(error).toBeInstanceOf(CancelledError);
		await pollUntil(() => closed);
	});

	test('an already cancelled signal sends nothing', async () => {
		const server = await track(startHttpServer((_request, response) => response.end('{}')));
		const error = await caught(async () => send(`${server.origin}/`, {signal: AbortSignal.abort()}));
		expect(error).toBeInstanceOf(CancelledError);
		expect(server.stats.connections).toBe(0);
	});
});
