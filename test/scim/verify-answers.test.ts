import type http from 'node:http';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {ConfigError, errorText, VerifyError} from '../../source/errors/app-error.js';
import {usersUrl} from '../../source/scim/verify-token.js';
import {allText, caught, expectBothLanguages, expectClean} from '../helpers/app-errors.js';
import {startHttpServer, type RunningServer} from '../helpers/servers.js';
import {check} from './verify-client.js';

// Every answer a Base URL can give besides a ListResponse, from small real servers. The token is
// a JWT-looking string, and several servers echo it back: it must never reach a message.

const token = 'eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3QifQ.eyJzdWIiOiJva3RhLXNjaW0iLCJleHAiOjE5MDAwMDAwMDB9.c2lnbmF0dXJlLWJ5dGVzLXRoYXQtYXJlLXNlY3JldA';
const [, payloadPart = '', signaturePart = ''] = token.split('.');
const scimType = 'application/scim+json';
const listSchema = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const errorSchema = 'urn:ietf:params:scim:api:messages:2.0:Error';

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

const routes: Record<string, Handler> = {
	list: (_request, response) => json(response, 200, {schemas: [listSchema], totalResults: 1, itemsPerPage: 1, startIndex: 1, Resources: [{id: '1'}]}),
	'list-no-items': (_request, response) => json(response, 200, {schemas: [listSchema.toUpperCase()], totalResults: 0}),
	'echo-401': (request, response) =>
		json(response, 401, {schemas: [errorSchema], status: '401', detail: `Rejected ${request.headers.authorization ?? ''}`}, {
			'www-authenticate': 'Bearer error="invalid_token"',
		}),
	'challenge-401': (request, response) => {
		response.writeHead(401, {'www-authenticate': `Bearer realm="x", error="invalid_token", error_description="token ${payloadPart} expired"`});
		response.end();
	},
	'403': (_request, response) => json(response, 403, {schemas: [errorSchema], status: '403', detail: 'IP not allowed'}),
	'404-html': (_request, response) => html(response, 404, '<html><head><title>Not Found</title></head></html>'),
	'login-page': (_request, response) => html(response, 200, `<!doctype html><html><head><title>Sign in &amp; ${signaturePart}</title></head><body>login</body></html>`),
	'proxy-page-403': (_request, response) => html(response, 403, '<html><head><title>Access denied by proxy</title></head></html>'),
	'not-scim': (_request, response) => json(response, 200, {users: [], count: 0, echoed: token}),
	'wrong-schema': (_request, response) => json(response, 200, {schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: '1'}),
	'no-total': (_request, response) => json(response, 200, {schemas: [listSchema], Resources: []}),
	'array': (_request, response) => json(response, 200, [1, 2]),
	'plain-text': (_request, response) => {
		response.writeHead(200, {'content-type': 'text/plain'});
		response.end('OK');
	},
	empty: (_request, response) => {
		response.writeHead(200, {'content-type': scimType});
		response.end();
	},
	'created-list': (_request, response) => json(response, 201, {schemas: [listSchema], totalResults: 1}),
	'500': (request, response) => json(response, 500, {schemas: [errorSchema], status: '500', detail: `boom for ${request.headers.authorization ?? ''}`}),
	'503': (_request, response) => {
		response.writeHead(503, 'Service Unavailable');
		response.end();
	},
	redirect: (_request, response) => {
		response.writeHead(302, {location: 'https://segura.example.com/iso/scim/v2/Users'});
		response.end();
	},
	'400': (_request, response) => json(response, 400, {schemas: [errorSchema], status: '400', scimType: 'invalidValue', detail: 'count is not supported'}),
};

let server: RunningServer;
const seen: Array<{path: string; authorization?: string; accept?: string}> = [];

beforeAll(async () => {
	server = await startHttpServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://x');
		seen.push({path: `${url.pathname}${url.search}`, ...(request.headers.authorization ? {authorization: request.headers.authorization} : {}), ...(request.headers.accept ? {accept: request.headers.accept} : {})});
		const route = url.pathname.split('/')[1] ?? '';
		const handler = routes[route];
		if (handler) handler(request, response);
		else json(response, 418, {detail: 'no such test route'});
	});
});

afterAll(async () => {
	await server?.close();
});

function json(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	response.writeHead(status, {'content-type': scimType, ...headers});
	response.end(JSON.stringify(body));
}

function html(response: http.ServerResponse, status: number, body: string): void {
	response.writeHead(status, {'content-type': 'text/html; charset=utf-8'});
	response.end(body);
}

function base(route: string): string {
	return `${server.origin}/${route}/scim/v2`;
}

async function failure(route: string) {
	const error = await caught(async () => check(base(route), token));
	expect(error).toBeInstanceOf(VerifyError);
	expect(error.exitCode).toBe(5);
	expectBothLanguages(error);
	expectClean(error, token, payloadPart, signaturePart);
	return error;
}

describe('the request', () => {
	test('GET {Base URL}/Users?startIndex=1&count=2, one slash whatever the Base URL ends with', () => {
		expect(usersUrl('https://h/iso/scim/v2').href).toBe('https://h/iso/scim/v2/Users?startIndex=1&count=2');
		expect(usersUrl('https://h/iso/scim/v2//').href).toBe('https://h/iso/scim/v2/Users?startIndex=1&count=2');
		expect(usersUrl(' https://h:8443/iso/scim/v2?x=1#top ').href).toBe('https://h:8443/iso/scim/v2/Users?startIndex=1&count=2');
		expect(usersUrl('http://h').href).toBe('http://h/Users?startIndex=1&count=2');
	});

	test('a Base URL that is not an http(s) URL is a usage error, exit 2, before any request', async () => {
		const before = server.stats.requests;
		for (const bad of ['segura.example.com/iso/scim/v2', 'ftp://h/iso/scim/v2']) {
			const error = await caught(async () => check(bad, token));
			expect(error).toBeInstanceOf(ConfigError);
			expect(error.exitCode).toBe(2);
		}
		expect(server.stats.requests).toBe(before);
	});

	test('a ListResponse passes, with Okta\'s headers sent', async () => {
		const result = await check(base('list'), token);
		expect(result).toEqual({status: 200, totalResults: 1, itemsPerPage: 1, url: `${base('list')}/Users?startIndex=1&count=2`});
		expect(seen.at(-1)).toEqual({path: '/list/scim/v2/Users?startIndex=1&count=2', authorization: `Bearer ${token}`, accept: scimType});
	});

	test('the schema URN is compared without case, and itemsPerPage may be missing', async () => {
		const result = await check(base('list-no-items'), token);
		expect(result.totalResults).toBe(0);
		expect(result.itemsPerPage).toBeUndefined();
	});
});

describe('401', () => {
	test('with a SCIM Error that echoes the Authorization header: unauthorized, the token masked', async () => {
		const error = await failure('echo-401');
		expect(error.reason).toBe('unauthorized');
		expect(errorText(error, 'en').message).toBe('The SCIM server rejected the token (HTTP 401 Unauthorized): Rejected Bearer ••••.');
	});

	test('with only a Bearer challenge: its error_description, the JWT part masked', async () => {
		const error = await failure('challenge-401');
		expect(error.reason).toBe('unauthorized');
		expect(errorText(error, 'en').message).toBe('The SCIM server rejected the token (HTTP 401 Unauthorized): token •••• expired.');
	});
});

test('403: forbidden, with the address this machine leaves from and the allowed-IPs hint', async () => {
	const error = await failure('403');
	expect(error.reason).toBe('forbidden');
	expect(errorText(error, 'en').message).toBe(
		'The SCIM server refused access (HTTP 403 Forbidden): IP not allowed. This machine reaches 127.0.0.1 from the address 127.0.0.1 (as seen from here: NAT on the way may change what Segura sees).',
	);
	expect(errorText(error, 'en').hint).toMatch(/^Add this machine's address to the provider's list of allowed IPs in Segura/);
	expect(errorText(error, 'pt-BR').message).toContain('Esta máquina acessa 127.0.0.1 a partir do endereço 127.0.0.1');
	expect(errorText(error, 'pt-BR').hint).toMatch(/^Inclua o endereço desta máquina na lista de IPs permitidos do provedor no Segura/);
});

test('403 as a proxy\'s HTML page is still the 403 (the status decides)', async () => {
	const error = await failure('proxy-page-403');
	expect(error.reason).toBe('forbidden');
});

test('404 with an HTML page: not_found, with the URL asked', async () => {
	const error = await failure('404-html');
	expect(error.reason).toBe('not_found');
	expect(errorText(error, 'en').message).toBe(`Nothing answers at ${base('404-html')}/Users?startIndex=1&count=2 (HTTP 404 Not Found).`);
});

test('200 with a login page: html, with its <title> (entities decoded, the token masked)', async () => {
	const error = await failure('login-page');
	expect(error.reason).toBe('html');
	expect(errorText(error, 'en').message).toBe('The Base URL answered with a web page (HTML, HTTP 200, titled "Sign in & ••••") instead of SCIM data.');
	expect(errorText(error, 'pt-BR').message).toBe('A Base URL respondeu com uma página web (HTML, HTTP 200, com o título "Sign in & ••••") em vez de dados SCIM.');
});

describe('200 that is not a ListResponse: not_scim', () => {
	test('JSON of another API: its fields are named', async () => {
		const error = await failure('not-scim');
		expect(error.reason).toBe('not_scim');
		expect(errorText(error, 'en').message).toBe('The Base URL answered HTTP 200, but not with the SCIM ListResponse Okta expects (JSON with the fields users, count, echoed).');
	});

	test('a single SCIM resource: its schemas are named', async () => {
		const error = await failure('wrong-schema');
		expect(errorText(error, 'en').message).toContain('(schemas: urn:ietf:params:scim:schemas:core:2.0:User)');
	});

	test('a ListResponse without totalResults', async () => {
		const error = await failure('no-total');
		expect(error.reason).toBe('not_scim');
		expect(errorText(error, 'en').message).toContain('(a ListResponse without a numeric totalResults)');
	});

	test('a JSON array', async () => {
		expect(errorText(await failure('array'), 'en').message).toContain('(JSON that is not an object)');
	});

	test('plain text', async () => {
		const error = await failure('plain-text');
		expect(error.reason).toBe('not_scim');
		expect(errorText(error, 'en').message).toContain('(the answer is not JSON, text/plain)');
	});

	test('an empty body', async () => {
		expect(errorText(await failure('empty'), 'pt-BR').message).toContain('(a resposta veio vazia)');
	});
});

test('a ListResponse with 201 instead of 200: http_status (Okta wants a 200)', async () => {
	const error = await failure('created-list');
	expect(error.reason).toBe('http_status');
	expect(errorText(error, 'en').message).toContain('HTTP 201');
});

describe('5xx: server_error', () => {
	test('500 with a SCIM detail that echoes the header', async () => {
		const error = await failure('500');
		expect(error.reason).toBe('server_error');
		expect(errorText(error, 'en').message).toBe('The SCIM server failed with HTTP 500 Internal Server Error: boom for Bearer ••••.');
	});

	test('503 without a body', async () => {
		const error = await failure('503');
		expect(error.reason).toBe('server_error');
		expect(errorText(error, 'en').message).toBe('The SCIM server failed with HTTP 503 Service Unavailable.');
	});
});

test('a redirect is reported, not followed: the token goes nowhere else', async () => {
	const before = server.stats.requests;
	const error = await failure('redirect');
	expect(error.reason).toBe('redirect');
	expect(errorText(error, 'en').message).toBe(
		'The Base URL answered with a redirect (HTTP 302) to https://segura.example.com/iso/scim/v2/Users; it was not followed, so the token was not sent there.',
	);
	expect(server.stats.requests).toBe(before + 1);
});

test('another 4xx: http_status with the SCIM detail', async () => {
	const error = await failure('400');
	expect(error.reason).toBe('http_status');
	expect(errorText(error, 'en').message).toBe('The SCIM server answered HTTP 400 Bad Request instead of a list of users: count is not supported.');
	expect(allText(error)).not.toContain(token);
});
