import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {scimGet, tokenFor} from './practice-client.js';

const listSchema = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const errorSchema = 'urn:ietf:params:scim:api:messages:2.0:Error';
const userSchema = 'urn:ietf:params:scim:schemas:core:2.0:User';

let clock = Date.UTC(2025, 0, 15, 12, 0, 0);
let server: PracticeServer;
let internal: PracticeServer['providers'][number];
let thirdParty: PracticeServer['providers'][number];
let internalAuth: string;
let thirdPartyAuth: string;

beforeAll(async () => {
	server = await startPracticeServer({now: () => clock});
	internal = server.providers.find(p => p.kind === 'internal')!;
	thirdParty = server.providers.find(p => p.kind === 'third-party')!;
	internalAuth = `Bearer ${await tokenFor(internal)}`;
	thirdPartyAuth = `Bearer ${await tokenFor(thirdParty)}`;
});
afterAll(() => server.close());

function expectScimError(call: Awaited<ReturnType<typeof scimGet>>, status: number): void {
	expect(call.status).toBe(status);
	expect(call.headers.get('content-type')).toBe('application/scim+json');
	expect(call.body).toMatchObject({schemas: [errorSchema], status: String(status)});
	expect(typeof call.body['detail']).toBe('string');
}

describe('SCIM /Users', () => {
	it('answers Okta\'s "Test API Credentials" request with a ListResponse', async () => {
		const call = await scimGet(`${internal.baseUrl}/Users?startIndex=1&count=2`, internalAuth);
		expect(call.status).toBe(200);
		expect(call.headers.get('content-type')).toBe('application/scim+json');
		expect(call.body).toMatchObject({schemas: [listSchema], totalResults: 5, startIndex: 1, itemsPerPage: 2});
		expect(call.body['Resources']).toHaveLength(2);
		for (const user of call.body['Resources']) {
			expect(user.schemas).toContain(userSchema);
			expect(user).toMatchObject({active: true, meta: {resourceType: 'User'}});
			expect(user.userName).toMatch(/@example\.com$/);
			expect(user.meta.location).toBe(`${internal.baseUrl}/Users/${user.id}`);
		}
	});

	it('pages through all users with startIndex and count', async () => {
		const all = await scimGet(`${internal.baseUrl}/Users`, internalAuth);
		expect(all.body).toMatchObject({totalResults: 5, startIndex: 1, itemsPerPage: 5});
		const ids: string[] = all.body['Resources'].map((user: {id: string}) => user.id);
		expect(new Set(ids).size).toBe(5);

		const pages: string[] = [];
		for (let startIndex = 1; startIndex <= 5; startIndex += 2) {
			const page = await scimGet(`${internal.baseUrl}/Users?startIndex=${startIndex}&count=2`, internalAuth);
			expect(page.body).toMatchObject({totalResults: 5, startIndex});
			pages.push(...page.body['Resources'].map((user: {id: string}) => user.id));
		}
		expect(pages).toEqual(ids);
		const last = await scimGet(`${internal.baseUrl}/Users?startIndex=5&count=10`, internalAuth);
		expect(last.body).toMatchObject({itemsPerPage: 1, startIndex: 5});
		const beyond = await scimGet(`${internal.baseUrl}/Users?startIndex=9`, internalAuth);
		expect(beyond.body).toMatchObject({totalResults: 5, itemsPerPage: 0, Resources: []});
	});

	it('reads startIndex below 1 as 1 and a negative count as 0 (RFC 7644 §3.4.2.4)', async () => {
		const zero = await scimGet(`${internal.baseUrl}/Users?startIndex=0&count=1`, internalAuth);
		expect(zero.body).toMatchObject({startIndex: 1, itemsPerPage: 1});
		const negative = await scimGet(`${internal.baseUrl}/Users?count=-3`, internalAuth);
		expect(negative.body).toMatchObject({totalResults: 5, itemsPerPage: 0, Resources: []});
	});

	it('400 invalidValue for a startIndex or count that is not a number', async () => {
		const call = await scimGet(`${internal.baseUrl}/Users?startIndex=one`, internalAuth);
		expectScimError(call, 400);
		expect(call.body['scimType']).toBe('invalidValue');
		expectScimError(await scimGet(`${internal.baseUrl}/Users?count=2.5`, internalAuth), 400);
	});

	it('filters on userName eq, as Okta does before creating a user', async () => {
		const all = await scimGet(`${internal.baseUrl}/Users`, internalAuth);
		const userName: string = all.body['Resources'][2].userName;
		const filter = encodeURIComponent(`userName eq "${userName.toUpperCase()}"`);
		const call = await scimGet(`${internal.baseUrl}/Users?filter=${filter}`, internalAuth);
		expect(call.body).toMatchObject({totalResults: 1, Resources: [{userName}]});
		const none = await scimGet(`${internal.baseUrl}/Users?filter=${encodeURIComponent('userName eq "nobody@example.com"')}`, internalAuth);
		expect(none.body).toMatchObject({totalResults: 0, Resources: []});
		const unsupported = await scimGet(`${internal.baseUrl}/Users?filter=${encodeURIComponent('title co "a"')}`, internalAuth);
		expectScimError(unsupported, 400);
		expect(unsupported.body['scimType']).toBe('invalidFilter');
	});

	it('GET /Users/{id} returns the user, 404 for an unknown id', async () => {
		const all = await scimGet(`${internal.baseUrl}/Users`, internalAuth);
		const first = all.body['Resources'][0];
		const one = await scimGet(`${internal.baseUrl}/Users/${first.id}`, internalAuth);
		expect(one.status).toBe(200);
		expect(one.body).toEqual(first);
		expectScimError(await scimGet(`${internal.baseUrl}/Users/does-not-exist`, internalAuth), 404);
	});

	it('shows each provider only its own users', async () => {
		const mine = await scimGet(`${thirdParty.baseUrl}/Users`, thirdPartyAuth);
		expect(mine.body['totalResults']).toBe(4);
		for (const user of mine.body['Resources']) expect(user.userName).toMatch(/@partner\.example\.net$/);
		const theirs = await scimGet(`${internal.baseUrl}/Users`, internalAuth);
		const internalId: string = theirs.body['Resources'][0].id;
		expectScimError(await scimGet(`${thirdParty.baseUrl}/Users/${internalId}`, thirdPartyAuth), 404);
	});
});

describe('SCIM discovery and groups', () => {
	it('GET /ServiceProviderConfig advertises OAuth bearer tokens', async () => {
		const call = await scimGet(`${internal.baseUrl}/ServiceProviderConfig`, internalAuth);
		expect(call.status).toBe(200);
		expect(call.headers.get('content-type')).toBe('application/scim+json');
		expect(call.body).toMatchObject({
			schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
			patch: {supported: false},
			filter: {supported: true},
			authenticationSchemes: [{type: 'oauthbearertoken', primary: true}],
			meta: {resourceType: 'ServiceProviderConfig', location: `${internal.baseUrl}/ServiceProviderConfig`},
		});
	});

	it('GET /Groups is an empty ListResponse until Okta pushes groups', async () => {
		const call = await scimGet(`${internal.baseUrl}/Groups?startIndex=1&count=10`, internalAuth);
		expect(call.body).toEqual({schemas: [listSchema], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: []});
		expectScimError(await scimGet(`${internal.baseUrl}/Groups/abc`, internalAuth), 404);
	});

	it('404 for an unknown SCIM resource type, 501 for writes', async () => {
		expectScimError(await scimGet(`${internal.baseUrl}/Widgets`, internalAuth), 404);
		expectScimError(await scimGet(`${internal.baseUrl}/Users`, internalAuth, 'POST'), 501);
	});
});

describe('SCIM bearer authentication', () => {
	async function expectUnauthorized(authorization: string | undefined, error?: string): Promise<void> {
		const call = await scimGet(`${internal.baseUrl}/Users?startIndex=1&count=2`, authorization);
		expectScimError(call, 401);
		const challenge = call.headers.get('www-authenticate') ?? '';
		expect(challenge).toMatch(/^Bearer realm=/);
		if (error) expect(challenge).toContain(`error="${error}"`);
		else expect(challenge).not.toContain('error=');
	}

	it('401 without a token, or with another scheme', async () => {
		await expectUnauthorized(undefined);
		await expectUnauthorized('Basic dXNlcjpwYXNz');
		await expectUnauthorized('Bearer');
	});

	it('401 invalid_token for garbage and for a tampered token', async () => {
		await expectUnauthorized('Bearer garbage', 'invalid_token');
		await expectUnauthorized('Bearer a.b.c', 'invalid_token');
		const [header, payload, signature] = internalAuth.slice('Bearer '.length).split('.');
		const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
		const forged = Buffer.from(JSON.stringify({...claims, provider_kind: 'third-party'})).toString('base64url');
		await expectUnauthorized(`Bearer ${header}.${forged}.${signature}`, 'invalid_token');
		const unsigned = Buffer.from(JSON.stringify({alg: 'none', typ: 'JWT'})).toString('base64url');
		await expectUnauthorized(`Bearer ${unsigned}.${payload}.`, 'invalid_token');
	});

	it('401 invalid_token for a token from another practice server', async () => {
		const other = await startPracticeServer();
		try {
			const foreign = await tokenFor(other.providers[0]!);
			await expectUnauthorized(`Bearer ${foreign}`, 'invalid_token');
		} finally {
			await other.close();
		}
	});

	it('accepts the token until it expires, then 401 invalid_token', async () => {
		const issuedAt = clock;
		const auth = `Bearer ${await tokenFor(internal, {ttl: '1'})}`;
		try {
			clock = issuedAt + 59_000;
			expect((await scimGet(`${internal.baseUrl}/Users`, auth)).status).toBe(200);
			clock = issuedAt + 60_000;
			await expectUnauthorized(auth, 'invalid_token');
		} finally {
			clock = issuedAt;
		}
	});

	it('a default token still works after 59 minutes and not after an hour', async () => {
		const issuedAt = clock;
		try {
			clock = issuedAt + 3_599_000;
			expect((await scimGet(`${internal.baseUrl}/Users`, internalAuth)).status).toBe(200);
			clock = issuedAt + 3_600_000;
			await expectUnauthorized(internalAuth, 'invalid_token');
		} finally {
			clock = issuedAt;
		}
	});
});

describe('the rest of the appliance', () => {
	it('answers GET / with a login page, like a real Segura', async () => {
		const response = await fetch(`${server.seguraUrl}/`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await response.text()).toMatch(/<title>Segura - Login<\/title>/);
	});

	it('404 for unknown paths', async () => {
		for (const path of ['/iso/oauth2/authorize', '/nothing', '/iso/scim']) {
			const response = await fetch(`${server.seguraUrl}${path}`);
			expect(response.status, path).toBe(404);
			await response.text();
		}
	});

	it('close() frees the port and may be called twice', async () => {
		const other = await startPracticeServer();
		const tokenUrl = other.providers[0]!.tokenUrl;
		expect((await fetch(other.seguraUrl)).status).toBe(200);
		await other.close();
		await other.close();
		await expect(fetch(tokenUrl, {method: 'POST'})).rejects.toThrow();
	});
});
