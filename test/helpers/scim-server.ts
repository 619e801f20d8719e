import {createPublicKey, type JsonWebKey, type KeyObject, verify as verifySignature} from 'node:crypto';
import {once} from 'node:events';
import http from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import SCIMMY from 'scimmy';
import {scimResource} from './oidc-server.js';

/** A SCIM 2.0 service provider on loopback, guarded by one OAuth 2.0 issuer. */
export type ScimServer = Readonly<{
	/** `http://127.0.0.1:PORT/scim/v2`: what Okta (and segura-token) calls the Base URL. */
	baseUrl: string;
	/** How many users were created through scimmy at start. */
	userCount: number;
	/** The Authorization headers the server received, for asserting what was sent. */
	seen: Array<{authorization: string | undefined; accept: string | undefined; url: string}>;
	close(): Promise<void>;
}>;

export type ScimServerOptions = Readonly<{
	/** The oidc-provider whose JWT access tokens this server accepts (and no other issuer's). */
	issuer: string;
	/** The audience the token must carry; oidc-server's SCIM resource by default. */
	audience?: string;
	/** userName of each user to create; three by default. */
	userNames?: readonly string[];
}>;

type StoredUser = Omit<SCIMMY.Schemas.User, 'id' | 'schemas' | 'meta'> & {id: string; meta: {created: Date; lastModified: Date}};
/** What scimmy hands back to the handlers: each server's own users, so servers never share. */
type Context = {users: StoredUser[]};

const basePath = '/scim/v2';
const userSchema = 'urn:ietf:params:scim:schemas:core:2.0:User';

// scimmy keeps its declarations in a singleton: declared once, and the handlers find each
// server's users through the context every call passes.
let declared = false;
function declareUsers(): void {
	if (declared) return;
	declared = true;
	SCIMMY.Resources.declare(SCIMMY.Resources.User)
		.ingress((_resource, instance, ctx?: Context) => {
			if (!ctx) throw new Error('scimmy called the handler without the server context');
			const now = new Date();
			const {id: _id, schemas: _schemas, meta: _meta, ...data} = instance;
			const user: StoredUser = {...data, id: String(ctx.users.length + 1), meta: {created: now, lastModified: now}};
			ctx.users.push(user);
			return user;
		})
		.egress((resource, ctx?: Context) => {
			const users = ctx?.users ?? [];
			return resource.id === undefined ? users : users.filter(user => user.id === resource.id);
		});
}

/**
 * A real SCIM service built with scimmy: users are created through scimmy's User resource and
 * listed by it (ListResponse, pagination). Every request needs a Bearer JWT signed by `issuer`'s
 * key (read from its JWKS), issued by it, for `audience`, and unexpired: RFC 9068 as a resource
 * server checks it, with node:crypto. Anything else gets a SCIM 401 with a Bearer challenge.
 */
export async function startScimServer(options: ScimServerOptions): Promise<ScimServer> {
	declareUsers();
	const audience = options.audience ?? scimResource;
	const context: Context = {users: []};
	for (const userName of options.userNames ?? ['ana.souza@example.com', 'bruno.carvalho@example.com', 'carla.mendes@example.com']) {
		await new SCIMMY.Resources.User().write({schemas: [userSchema], userName, active: true}, context);
	}
	const keys = await issuerKeys(options.issuer);
	const seen: ScimServer['seen'] = [];

	const server = http.createServer((request, response) => {
		seen.push({authorization: request.headers.authorization, accept: request.headers.accept, url: request.url ?? ''});
		handle(request, {keys, issuer: options.issuer, audience, context})
			.then(({status, body, headers}) => send(response, status, body, headers))
			.catch((error: unknown) => send(response, 500, errorBody(500, String(error))));
	});
	const sockets = new Set<Socket>();
	server.on('connection', socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const {port} = server.address() as AddressInfo;
	return {
		baseUrl: `http://127.0.0.1:${port}${basePath}`,
		userCount: context.users.length,
		seen,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}

type Reply = {status: number; body: unknown; headers?: Record<string, string>};
type Guard = {keys: ReadonlyMap<string, KeyObject>; issuer: string; audience: string; context: Context};

async function handle(request: http.IncomingMessage, guard: Guard): Promise<Reply> {
	const problem = checkBearer(request.headers.authorization, guard);
	if (problem) {
		return {
			status: 401,
			body: errorBody(401, problem),
			headers: {'www-authenticate': `Bearer realm="scimmy", error="invalid_token", error_description="${problem}"`},
		};
	}
	const url = new URL(request.url ?? '/', 'http://127.0.0.1');
	if (request.method !== 'GET' || url.pathname !== `${basePath}/Users`) return {status: 404, body: errorBody(404, 'Resource not found')};
	const startIndex = positiveInteger(url.searchParams.get('startIndex'));
	const count = positiveInteger(url.searchParams.get('count'));
	try {
		const list = await new SCIMMY.Resources.User(undefined, {
			...(startIndex === undefined ? {} : {startIndex}),
			...(count === undefined ? {} : {count}),
		}).read(guard.context);
		return {status: 200, body: list};
	} catch (error) {
		const scimError = new SCIMMY.Messages.ErrorResponse(error as Error);
		return {status: Number(scimError.status), body: scimError};
	}
}

/** Why the token is refused, or undefined when it is good. */
function checkBearer(authorization: string | undefined, guard: Guard): string | undefined {
	const token = /^Bearer ([\w\-.~+/]+=*)$/i.exec(authorization ?? '')?.[1];
	if (!token) return 'A Bearer token is required';
	const [header, payload, signature] = token.split('.');
	if (!header || !payload || signature === undefined || token.split('.').length !== 3) return 'The token is not a JWT';
	let head: Record<string, unknown>;
	let claims: Record<string, unknown>;
	try {
		head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>;
		claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
	} catch {
		return 'The token is not a JWT';
	}
	const key = typeof head.kid === 'string' ? guard.keys.get(head.kid) : undefined;
	if (head.alg !== 'RS256' || !key) return 'The token was not signed by a known key';
	if (!verifySignature('RSA-SHA256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))) {
		return 'The token signature is invalid';
	}
	if (claims.iss !== guard.issuer) return 'The token was issued by another server';
	const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
	if (!audiences.includes(guard.audience)) return 'The token is not meant for this SCIM service';
	if (typeof claims.exp !== 'number' || claims.exp <= Date.now() / 1000) return 'The token has expired';
	return undefined;
}

/** The issuer's signing keys, found through its discovery document as any resource server would. */
async function issuerKeys(issuer: string): Promise<ReadonlyMap<string, KeyObject>> {
	const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {jwks_uri?: string};
	if (!discovery.jwks_uri) throw new Error(`${issuer} publishes no jwks_uri`);
	const jwks = (await (await fetch(discovery.jwks_uri)).json()) as {keys?: Array<JsonWebKey & {kid?: string; use?: string}>};
	const keys = new Map<string, KeyObject>();
	for (const jwk of jwks.keys ?? []) {
		if (jwk.kid && jwk.kty === 'RSA' && (jwk.use === undefined || jwk.use === 'sig')) keys.set(jwk.kid, createPublicKey({key: jwk, format: 'jwk'}));
	}
	return keys;
}

function errorBody(status: number, detail: string) {
	return {schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(status), detail};
}

function positiveInteger(text: string | null): number | undefined {
	if (text === null || !/^\d{1,6}$/.test(text)) return undefined;
	return Number(text);
}

function send(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	const text = JSON.stringify(body);
	response.writeHead(status, {'content-type': 'application/scim+json', 'content-length': Buffer.byteLength(text), ...headers});
	response.end(text);
}
