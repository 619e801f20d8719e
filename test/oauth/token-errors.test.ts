import {pollUntil} from '../helpers/poll.js';
import type http from 'node:http';
import {afterEach, describe, expect, test} from 'vitest';
import {CancelledError, ConfigError, errorText, NetworkError, OAuthError} from '../../source/errors/app-error.js';
import type {TokenRequest} from '../../source/oauth/types.js';
import {allText, caught, expectBothLanguages, expectClean} from '../helpers/app-errors.js';
import {serverPool, type RequestHandler, type RunningServer} from '../helpers/servers.js';
import {getToken} from './token-client.js';

// Every way a token endpoint can answer wrongly, each from a real server on 127.0.0.1.

const secret = 'S3cr3t+with%20odd:chars and spaces';
const {serve, closeAll} = serverPool();

afterEach(closeAll);

function tokenRequest(server: RunningServer, overrides: Partial<TokenRequest> = {}): TokenRequest {
	return {tokenUrl: `${server.origin}/iso/oauth2/token`, clientId: 'okta-scim', clientSecret: secret, auth: 'basic', encoding: 'rfc', ...overrides};
}

function json(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	response.writeHead(status, {'Content-Type': 'application/json', ...headers});
	response.end(JSON.stringify(body));
}

/** Fails the request against a server that always gives the same answer. */
async function failWith(handler: RequestHandler, overrides: Partial<TokenRequest> = {}) {
	const server = await serve(handler);
	const error = await caught(async () => getToken(tokenRequest(server, overrides)));
	expectClean(error, secret, encodeURIComponent(secret));
	expectBothLanguages(error);
	return {error, server};
}

describe('status answers', () => {
	test('a redirect is reported with where it points, and not followed', async () => {
		const target = await serve((_request, response) => json(response, 200, {access_token: 'x', token_type: 'Bearer'}));
		const {error, server} = await failWith((_request, response) => {
			response.writeHead(301, {Location: `${target.origin}/iso/oauth2/token`});
			response.end();
		});
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('redirect');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe(
			`The Token URL answered with a redirect (HTTP 301) to ${target.origin}/iso/oauth2/token; the request was not repeated there, so the secret was not sent to it.`,
		);
		expect(server.stats.requests).toBe(1);
		expect(target.stats.connections).toBe(0);
	});

	test('a relative Location is shown as a full address', async () => {
		const {error, server} = await failWith((_request, response) => {
			response.writeHead(307, {Location: '/login?next=token'});
			response.end();
		});
		expect(errorText(error, 'en').message).toContain(`to ${server.origin}/login?next=token;`);
		expect(errorText(error, 'pt-BR').message).toContain('redirecionamento (HTTP 307)');
	});

	test('400 with RFC 6749 error JSON shows error and error_description', async () => {
		const {error} = await failWith((_request, response) =>
			json(response, 400, {error: 'invalid_request', error_description: 'ttl must be a number of minutes'}),
		);
		expect(error).toBeInstanceOf(OAuthError);
		expect(error.reason).toBe('oauth_error');
		expect(error.exitCode).toBe(4);
		expect(errorText(error, 'en').message).toBe('The token server refused the request (HTTP 400): invalid_request: ttl must be a number of minutes.');
		expect(errorText(error, 'pt-BR').message).toBe('O servidor de token recusou a requisição (HTTP 400): invalid_request: ttl must be a number of minutes.');
		expect(errorText(error, 'en').hint).toContain('ttl');
	});

	test('400 unsupported_grant_type points at the Token URL', async () => {
		const {error} = await failWith((_request, response) => json(response, 400, {error: 'unsupported_grant_type'}));
		expect(errorText(error, 'en').message).toBe('The token server refused the request (HTTP 400): unsupported_grant_type.');
		expect(errorText(error, 'en').hint).toContain('/iso/oauth2/token');
	});

	test('a bare 401 is invalid_client with the three things to check', async () => {
		const {error} = await failWith((_request, response) => {
			response.writeHead(401, {'WWW-Authenticate': 'Basic realm="segura"'});
			response.end();
		});
		expect(error).toBeInstanceOf(OAuthError);
		expect(error.reason).toBe('invalid_client');
		expect(error.exitCode).toBe(4);
		expect(errorText(error, 'en').message).toMatch(/^The token server did not accept the Client ID and Client Secret \(HTTP 401\)\./);
		expect(errorText(error, 'en').hint).toMatch(/^Copy the Client ID and Client Secret again.*internal users or third-party users.*change Client Authentication/);
		// Three short sentences, in the order to try them: copy again, check the kind, then change Client Authentication.
		expect(errorText(error, 'pt-BR').hint?.split('. ')).toEqual([
			'Copie de novo o ID do Cliente e o Client Secret em Detalhes do provider',
			'Confira se eles são do provedor do tipo certo (usuários internos ou usuários terceiros)',
			'Se ainda falhar, troque a Client Authentication (passo 3 do assistente, ou --auth).',
		]);
	});

	test('invalid_client at 400 is invalid_client too', async () => {
		const {error} = await failWith((_request, response) => json(response, 400, {error: 'invalid_client', error_description: 'unknown client'}), {
			auth: 'body',
		});
		expect(error.reason).toBe('invalid_client');
		expect(errorText(error, 'en').message).toContain('(HTTP 400, invalid_client: unknown client)');
	});

	test('a non-standard error body still gives its words', async () => {
		const {error} = await failWith((_request, response) => json(response, 401, {response: {status: 401, message: 'Invalid credentials', error: true}}));
		expect(error.reason).toBe('invalid_client');
		expect(errorText(error, 'en').message).toContain('(HTTP 401, Invalid credentials)');
	});

	test('403 names the allowed-IP list and this machine\'s outgoing address', async () => {
		const {error} = await failWith((_request, response) => json(response, 403, {error: 'access_denied', error_description: 'IP not allowed'}));
		expect(error).toBeInstanceOf(OAuthError);
		expect(error.reason).toBe('forbidden');
		expect(error.exitCode).toBe(4);
		expect(errorText(error, 'en').message).toBe(
			'The token server refused access (HTTP 403 Forbidden): access_denied: IP not allowed. This machine reaches 127.0.0.1 from the address 127.0.0.1 (as seen from here: NAT on the way may change what Segura sees).',
		);
		expect(errorText(error, 'pt-BR').message).toContain('a partir do endereço 127.0.0.1');
		expect(errorText(error, 'en').hint).toContain('allowed IPs');
		expect(errorText(error, 'pt-BR').hint).toContain('lista de IPs permitidos do provedor');
	});

	test('404 points at the usual Token URL path', async () => {
		const {error, server} = await failWith((_request, response) => {
			response.writeHead(404, {'Content-Type': 'text/html'});
			response.end('<html><head><title>404 Not Found</title></head><body>nginx</body></html>');
		});
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('not_found');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe(`Nothing answers at ${server.origin}/iso/oauth2/token (HTTP 404 Not Found).`);
		expect(errorText(error, 'en').hint).toContain('https://HOST/iso/oauth2/token');
	});

	for (const status of [500, 502, 503]) {
		test(`${status} is a server error`, async () => {
			const {error} = await failWith((_request, response) => {
				response.writeHead(status);
				response.end('upstream down');
			});
			expect(error).toBeInstanceOf(NetworkError);
			expect(error.reason).toBe('server_error');
			expect(error.exitCode).toBe(3);
			expect(errorText(error, 'en').message).toMatch(new RegExp(`^The token server failed with HTTP ${status} [A-Z]`));
		});
	}

	test('another status (405) is reported as it is', async () => {
		const {error} = await failWith((_request, response) => {
			response.writeHead(405, {Allow: 'GET'});
			response.end();
		});
		expect(error.reason).toBe('http_status');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe('The token server answered HTTP 405 Method Not Allowed.');
	});
});

describe('answers that are not a token', () => {
	test('a 200 HTML page: says so and shows its title', async () => {
		const {error} = await failWith((_request, response) => {
			response.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'});
			response.end('<!DOCTYPE html><html><head><title>\n  Segura &amp; Co \u2013 Login\n</title></head><body>sign in</body></html>');
		});
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('html');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe('The Token URL answered with a web page (HTML, HTTP 200, titled "Segura & Co – Login") instead of a token.');
		expect(errorText(error, 'pt-BR').message).toContain('com o título "Segura & Co – Login"');
		expect(errorText(error, 'en').hint).toMatch(/proxy or login page, or a wrong URL/);
	});

	test('an HTML page without a content type or title is still a page', async () => {
		const {error} = await failWith((_request, response) => response.end('<html><body>hello</body></html>'));
		expect(error.reason).toBe('html');
		expect(errorText(error, 'en').message).toBe('The Token URL answered with a web page (HTML, HTTP 200) instead of a token.');
	});

	test('a 400 HTML page (plain HTTP sent to an HTTPS port) is html with its title', async () => {
		const {error} = await failWith((_request, response) => {
			response.writeHead(400, {'Content-Type': 'text/html'});
			response.end('<html><head><title>400 The plain HTTP request was sent to HTTPS port</title></head></html>');
		});
		expect(error.reason).toBe('html');
		expect(errorText(error, 'en').message).toContain('HTTP 400, titled "400 The plain HTTP request was sent to HTTPS port"');
	});

	test('JSON without access_token lists the fields it has', async () => {
		const {error} = await failWith((_request, response) => json(response, 200, {token: 'abc', type: 'Bearer'}));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('no_access_token');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe('The token server answered JSON without an access_token (fields: token, type).');
		expect(errorText(error, 'pt-BR').message).toBe('O servidor de token respondeu com um JSON sem access_token (campos: token, type).');
	});

	test('a JSON array is no token either', async () => {
		const {error} = await failWith((_request, response) => json(response, 200, [1, 2]));
		expect(error.reason).toBe('no_access_token');
	});

	test('invalid JSON says so with the content type', async () => {
		const {error} = await failWith((_request, response) => {
			response.writeHead(200, {'Content-Type': 'application/json'});
			response.end('{"access_token": "abc",');
		});
		expect(error.reason).toBe('invalid_json');
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe("The token server's answer is not valid JSON (HTTP 200, application/json).");
	});

	test('an empty 200 is not JSON', async () => {
		const {error} = await failWith((_request, response) => response.end());
		expect(error.reason).toBe('invalid_json');
	});

	test('a body over the cap is too_large', async () => {
		const server = await serve((_request, response) => json(response, 200, {access_token: 'a'.repeat(5000), token_type: 'Bearer'}));
		const error = await caught(async () => getToken(tokenRequest(server), {maxBytes: 4096}));
		expect(error.reason).toBe('too_large');
		expect(error.exitCode).toBe(3);
	});

	test('a 200 with an RFC 6749 error in it is that error', async () => {
		const {error} = await failWith((_request, response) => json(response, 200, {error: 'invalid_scope'}));
		expect(error.reason).toBe('invalid_scope');
	});
});

describe('the secret never shows', () => {
	test('a server that echoes the secret and the Authorization header back has them masked', async () => {
		let authorization = '';
		const {error} = await failWith((request, response) => {
			authorization = request.headers.authorization ?? '';
			json(response, 400, {
				error: 'invalid_request',
				error_description: `bad secret ${secret} / ${encodeURIComponent(secret)} / ${authorization}`,
			});
		});
		expect(authorization).toMatch(/^Basic /);
		expect(allText(error)).not.toContain(authorization.slice('Basic '.length));
		expect(errorText(error, 'en').message).toContain('bad secret •••• / •••• / Basic ••••');
	});

	test('an echo in the form body, a title or a redirect is masked too', async () => {
		const form = new URLSearchParams({client_secret: secret}).toString().split('=')[1] ?? '';
		const cases: RequestHandler[] = [
			(_request, response) => json(response, 400, {error: 'invalid_request', error_description: `got client_secret=${form}`}),
			(_request, response) => response.end(`<html><title>${secret}</title></html>`),
			(_request, response) => {
				response.writeHead(302, {Location: `/x?s=${encodeURIComponent(secret)}`});
				response.end();
			},
		];
		for (const handler of cases) {
			const {error} = await failWith(handler, {auth: 'body'});
			expect(allText(error)).toContain('••••');
		}
	});

	test('control characters from the server do not reach the terminal', async () => {
		const {error} = await failWith((_request, response) =>
			json(response, 400, {error: 'invalid_request', error_description: 'bad\u001b]0;pwned\u0007 value\r\nnext'}),
		);
		expect(errorText(error, 'en').message).toBe('The token server refused the request (HTTP 400): invalid_request: bad\\x1b]0;pwned\\x07 value next.');
	});
});

describe('the request', () => {
	type Seen = {headers: http.IncomingHttpHeaders; body: URLSearchParams; method: string; url: string};

	async function capture(overrides: Partial<TokenRequest> = {}, answer: Record<string, unknown> = {access_token: 'tok', token_type: 'bearer'}) {
		const seen: Seen[] = [];
		const server = await serve((request, response, body) => {
			seen.push({headers: request.headers, body: new URLSearchParams(body), method: request.method ?? '', url: request.url ?? ''});
			json(response, 200, answer);
		});
		const result = await getToken(tokenRequest(server, overrides));
		return {seen, result};
	}

	test('Basic (RFC 6749): POST form, grant_type, Accept JSON, form-encoded ID and secret, no scope when empty', async () => {
		const {seen} = await capture({scope: '  '});
		expect(seen).toHaveLength(1);
		const [first] = seen;
		expect(first?.method).toBe('POST');
		expect(first?.url).toBe('/iso/oauth2/token');
		expect(first?.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(first?.headers.accept).toBe('application/json');
		expect(first?.headers.cookie).toBeUndefined();
		expect([...(first?.body.keys() ?? [])]).toEqual(['grant_type']);
		expect(first?.body.get('grant_type')).toBe('client_credentials');
		const decoded = Buffer.from((first?.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
		expect(decoded).toBe(`okta-scim:${new URLSearchParams({s: secret}).toString().slice(2)}`);
	});

	test('Basic (raw, Postman): ID and secret as typed', async () => {
		const {seen} = await capture({encoding: 'raw'});
		const decoded = Buffer.from((seen[0]?.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
		expect(decoded).toBe(`okta-scim:${secret}`);
	});

	test('form body: client_id and client_secret in the form, no Authorization header; scope and extra params in order', async () => {
		const {seen} = await capture({auth: 'body', scope: 'scim', params: [['ttl', '60'], ['audience', 'okta']]});
		const [first] = seen;
		expect(first?.headers.authorization).toBeUndefined();
		expect([...(first?.body.entries() ?? [])]).toEqual([
			['grant_type', 'client_credentials'],
			['client_id', 'okta-scim'],
			['client_secret', secret],
			['scope', 'scim'],
			['ttl', '60'],
			['audience', 'okta'],
		]);
	});

	test('the answer: token type kept as written, expires_in as a string, expiry from the request start', async () => {
		const start = new Date('2031-05-01T08:00:00Z');
		const server = await serve((_request, response) => json(response, 200, {access_token: 'opaque-token', token_type: 'bearer', expires_in: '1800', scope: 'a b'}));
		const result = await getToken(tokenRequest(server), {now: () => start});
		expect(result).toEqual({
			accessToken: 'opaque-token',
			tokenType: 'bearer',
			expiresIn: 1800,
			expiresAt: new Date('2031-05-01T08:30:00Z'),
			scope: 'a b',
		});
	});

	test('a JWT answer is decoded for display', async () => {
		const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
		const jwt = `${part({alg: 'RS256', typ: 'JWT'})}.${part({sub: 'okta-scim', provider: 'interno', exp: 2_000_000_000})}.c2lnbmF0dXJl`;
		const server = await serve((_request, response) => json(response, 200, {access_token: jwt, token_type: 'Bearer', expires_in: 3600}));
		const result = await getToken(tokenRequest(server));
		expect(result.claims).toEqual({sub: 'okta-scim', provider: 'interno', exp: 2_000_000_000});
	});

	test('no cookie is sent back, even on the retry after a 401 that set one', async () => {
		const seen: http.IncomingHttpHeaders[] = [];
		const server = await serve((request, response) => {
			seen.push(request.headers);
			if (seen.length === 1) {
				response.writeHead(401, {'Set-Cookie': 'session=abc; Path=/'});
				response.end();
			} else {
				json(response, 200, {access_token: 'tok', token_type: 'Bearer'});
			}
		});
		const result = await getToken(tokenRequest(server));
		expect(result.retriedWith).toBe('raw');
		expect(seen).toHaveLength(2);
		expect(seen.map(headers => headers.cookie)).toEqual([undefined, undefined]);
	});
});

describe('retry with the other Basic encoding', () => {
	// A Postman-style server: it compares the Basic header's halves to the secret as sent raw.
	const rawOnly: RequestHandler = (request, response) => {
		const decoded = Buffer.from((request.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
		if (decoded === `okta-scim:${secret}`) json(response, 200, {access_token: 'tok', token_type: 'Bearer'});
		else json(response, 401, {error: 'invalid_client'});
	};

	test('RFC first, refused, raw works: retriedWith raw, two requests', async () => {
		const server = await serve(rawOnly);
		const result = await getToken(tokenRequest(server));
		expect(result.retriedWith).toBe('raw');
		expect(server.stats.requests).toBe(2);
	});

	test('no retry when the two encodings are the same bytes', async () => {
		const server = await serve((_request, response) => json(response, 401, {error: 'invalid_client'}));
		const error = await caught(async () => getToken(tokenRequest(server, {clientSecret: 'PlainSecret123'})));
		expect(error.reason).toBe('invalid_client');
		expect(server.stats.requests).toBe(1);
	});

	test('no retry for a 403 or a 500', async () => {
		for (const status of [403, 500]) {
			const server = await serve((_request, response) => json(response, status, {}));
			await caught(async () => getToken(tokenRequest(server)));
			expect(server.stats.requests).toBe(1);
		}
	});

	test('no retry with the credentials in the body', async () => {
		const server = await serve((_request, response) => json(response, 401, {error: 'invalid_client'}));
		await caught(async () => getToken(tokenRequest(server, {auth: 'body'})));
		expect(server.stats.requests).toBe(1);
	});
});

describe('limits and cancel', () => {
	test('a token endpoint that never answers: response_timeout, exit 3', async () => {
		const server = await serve(() => new Promise(() => {}));
		const error = await caught(async () => getToken(tokenRequest(server), {timeoutMs: 300}));
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe('response_timeout');
		expect(error.exitCode).toBe(3);
		expectClean(error, secret);
	});

	test('the user cancels while waiting: CancelledError, exit 130', async () => {
		const server = await serve(() => new Promise(() => {}));
		const controller = new AbortController();
		const pending = caught(async () => getToken(tokenRequest(server), {timeoutMs: 30_000, signal: controller.signal}));
		await pollUntil(() => server.stats.requests > 0);
		controller.abort();
		const error = await pending;
		expect(error).toBeInstanceOf(CancelledError);
		expect(error.exitCode).toBe(130);
	});

	test('a Token URL that is not http(s) is a ConfigError before any traffic', async () => {
		const error = await caught(async () => getToken({tokenUrl: 'ftp://segura.example/token', clientId: 'a', clientSecret: secret, auth: 'basic', encoding: 'rfc'}));
		expect(error).toBeInstanceOf(ConfigError);
		expect(error.reason).toBe('invalid_url');
		expect(error.exitCode).toBe(2);
	});
});
