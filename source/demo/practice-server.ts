import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Lang} from '../i18n/lang.js';
import {practiceText} from '../i18n/text.js';
import {providerKinds, type ProviderKind} from '../model/provider-kind.js';
import {newClientCredentials} from './credentials.js';
import {sendHtml, sendJson} from './http-io.js';
import {createJwtSigner} from './jwt.js';
import {paths, type PracticeContext, type PracticeProvider} from './practice-context.js';
import {handleScimRequest} from './scim-endpoints.js';
import {seedUsers} from './seed-users.js';
import {handleTokenRequest} from './token-endpoint.js';
import {loginPage, notFoundPage} from './web-pages.js';

export type {PracticeProvider} from './practice-context.js';

export type PracticeServer = Readonly<{
	/** Like `http://127.0.0.1:PORT`, the "Segura server address" of the manual. */
	seguraUrl: string;
	providers: readonly PracticeProvider[];
	close(): Promise<void>;
}>;

export type PracticeServerOptions = Readonly<{
	/** 0 (the default) takes any free port. */
	port?: number;
	/** 127.0.0.1 by default: the practice server is for this computer only. */
	host?: string;
	/** Milliseconds since the epoch, for token times; Date.now by default. */
	now?: () => number;
	/** The language of its refusals (error_description, SCIM detail): English by default. */
	lang?: Lang;
	/** Fixed credentials instead of random ones, for example a secret with characters that need encoding. */
	credentials?: Partial<Record<ProviderKind, Readonly<{clientId: string; clientSecret: string}>>>;
}>;

/**
 * A Segura-like appliance on loopback with two IGA providers (internal and third-party users):
 * an OAuth 2.0 token endpoint and the read side of SCIM 2.0. Rejects with Node's listen error
 * (code EADDRINUSE, EACCES…) when the port cannot be taken.
 */
export async function startPracticeServer(options: PracticeServerOptions = {}): Promise<PracticeServer> {
	const server = createServer();
	// Loopback only, but still no request may hang forever.
	server.requestTimeout = 30_000;
	server.headersTimeout = 10_000;
	await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
	const {address, port} = server.address() as AddressInfo;
	const seguraUrl = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
	const baseUrl = `${seguraUrl}${paths.scim}`;
	const tokenUrl = `${seguraUrl}${paths.token}`;
	const providers = providerKinds.map(
		(kind): PracticeProvider => ({kind, baseUrl, tokenUrl, ...(options.credentials?.[kind] ?? newClientCredentials())}),
	);
	if (new Set(providers.map(p => p.clientId)).size !== providers.length) {
		server.close();
		throw new Error('Each practice provider needs its own client ID');
	}
	const started = new Date(options.now?.() ?? Date.now());
	const context: PracticeContext = {
		seguraUrl,
		baseUrl,
		providers,
		signer: createJwtSigner(),
		now: options.now ?? Date.now,
		users: {internal: seedUsers('internal', baseUrl, started), 'third-party': seedUsers('third-party', baseUrl, started)},
		startedAt: started.toISOString(),
		text: practiceText[options.lang ?? 'en'],
	};
	server.on('request', (req: IncomingMessage, res: ServerResponse) => {
		route(req, res, context).catch(() => {
			if (res.headersSent) res.destroy();
			else sendJson(res, 500, {error: 'server_error'}, 'application/json');
		});
	});

	let closing: Promise<void> | undefined;
	return {
		seguraUrl,
		providers,
		close() {
			closing ??= new Promise(resolve => {
				server.close(() => resolve());
				// Keep-alive connections (fetch keeps them) would hold close() open otherwise.
				server.closeAllConnections();
			});
			return closing;
		},
	};
}

async function route(req: IncomingMessage, res: ServerResponse, context: PracticeContext): Promise<void> {
	const url = new URL(req.url ?? '/', context.seguraUrl);
	const path = url.pathname;
	if (path === paths.token) return handleTokenRequest(req, res, context);
	if (path === paths.scim || path.startsWith(`${paths.scim}/`)) {
		handleScimRequest(req, res, context, path.slice(paths.scim.length), url.searchParams);
		return;
	}
	const isRead = req.method === 'GET' || req.method === 'HEAD';
	if (path === paths.jwks && isRead) {
		sendJson(res, 200, {keys: [context.signer.publicJwk]}, 'application/json');
		return;
	}
	if ((path === '/' || path === '/login') && isRead) {
		sendHtml(res, 200, loginPage);
		return;
	}
	sendHtml(res, 404, notFoundPage);
}

async function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		const onError = (error: Error) => reject(error);
		server.once('error', onError);
		server.listen(port, host, () => {
			server.off('error', onError);
			resolve();
		});
	});
}
