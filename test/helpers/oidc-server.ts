import {generateKeyPairSync} from 'node:crypto';
import {once} from 'node:events';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import Provider from 'oidc-provider';

/** A client of the certified server, as a test uses it. */
export type OidcClient = Readonly<{
	clientId: string;
	clientSecret: string;
	auth: 'client_secret_basic' | 'client_secret_post';
	/** JWT access tokens (through a resource indicator) or opaque ones. */
	tokenFormat: 'jwt' | 'opaque';
	/** Space-separated scopes the client may ask for. */
	scope?: string;
}>;

export type OidcServer = Readonly<{
	issuer: string;
	tokenUrl: string;
	close(): Promise<void>;
}>;

/** The resource a JWT client's tokens are for, as Okta's SCIM app would be. */
export const scimResource = 'urn:segura-token:scim';

/**
 * oidc-provider (a certified OAuth 2.0 server) on 127.0.0.1 with the client-credentials grant:
 * the reference for how a standard server reads a Basic header (RFC 6749 §2.3.1 encoding).
 */
export async function startOidcServer(clients: readonly OidcClient[]): Promise<OidcServer> {
	const server = http.createServer();
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const {port} = server.address() as AddressInfo;
	const issuer = `http://127.0.0.1:${port}`;
	const {privateKey} = generateKeyPairSync('rsa', {modulusLength: 2048});
	const jwtClients = new Set(clients.filter(client => client.tokenFormat === 'jwt').map(client => client.clientId));

	const provider = new Provider(issuer, {
		clients: clients.map(client => ({
			client_id: client.clientId,
			client_secret: client.clientSecret,
			grant_types: ['client_credentials'],
			redirect_uris: [],
			response_types: [],
			token_endpoint_auth_method: client.auth,
			...(client.scope ? {scope: client.scope} : {}),
		})),
		jwks: {keys: [{...privateKey.export({format: 'jwk'}), kid: 'test', use: 'sig', alg: 'RS256'}]},
		features: {
			clientCredentials: {enabled: true},
			devInteractions: {enabled: false},
			resourceIndicators: {
				enabled: true,
				defaultResource: (_ctx, client) => (jwtClients.has(client.clientId) ? scimResource : undefined),
				useGrantedResource: () => true,
				getResourceServerInfo: () => ({scope: 'scim:read scim:write', accessTokenFormat: 'jwt', accessTokenTTL: 3600}),
			},
		},
		scopes: ['scim:read', 'scim:write'],
		ttl: {ClientCredentials: 3600},
		// Quiet: the default renderer and cookies are for interactive flows, unused here.
		cookies: {keys: ['segura-token-tests']},
	});
	provider.on('server_error', () => {});
	server.on('request', provider.callback());

	const sockets = new Set<import('node:net').Socket>();
	server.on('connection', socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return {
		issuer,
		tokenUrl: `${issuer}/token`,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}
