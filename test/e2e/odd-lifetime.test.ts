import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {keys, startPty, type PtySession} from '../helpers/pty.js';
import {runCli} from '../helpers/run-cli.js';
import {profileInput, saveProfiles} from '../helpers/saved-profile.js';
import {type RunningServer, startHttpServer} from '../helpers/servers.js';
import {childEnv, removeChildEnvDirs, typeToCopyStep} from '../helpers/wizard-walk.js';

// A token server whose expires_in no clock can hold (1e20 seconds): the token must still reach
// the user, in every way it can be asked for, with its lifetime said to be unknown.

let server: RunningServer;
const sessions: PtySession[] = [];
const token = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJva3RhIn0.c2ln';

beforeAll(async () => {
	server = await startHttpServer((_request, response) => {
		response.writeHead(200, {'content-type': 'application/json'});
		response.end(JSON.stringify({access_token: token, token_type: 'Bearer', expires_in: 1e20}));
	});
});

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

afterAll(async () => {
	await server?.close();
	removeChildEnvDirs();
});

const tokenUrl = () => `${server.origin}/iso/oauth2/token`;

describe('get', () => {
	it('--json: the token, with expires_in and expires_at null, and the lifetime said unknown once', async () => {
		const result = await runCli(['get', '--json', '--token-url', tokenUrl(), '--client-id', 'okta'], {env: childEnv({SEGURA_CLIENT_SECRET: 'x'})});
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual({access_token: token, token_type: 'Bearer', expires_in: null, expires_at: null, scope: null});
		expect(result.stderr.match(/lifetime is unknown/g)).toHaveLength(1);
	});

	it('--profile: the token, recorded in the profile without an expiry', async () => {
		const env = childEnv({SEGURA_CLIENT_SECRET: 'x'});
		await saveProfiles(env, [profileInput({name: 'odd', seguraUrl: server.origin, baseUrl: `${server.origin}/iso/scim/v2`, tokenUrl: tokenUrl(), clientId: 'okta'})]);
		const result = await runCli(['get', '--profile', 'odd'], {env});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`${token}\n`);
		const shown = await runCli(['profiles', 'show', 'odd', '--json'], {env});
		const history = (JSON.parse(shown.stdout) as {history: Array<Record<string, unknown>>}).history;
		expect(history).toHaveLength(1);
		expect(history[0]?.expiresAt).toBeUndefined();
	});
});

it('the wizard shows the lifetime as unknown and ends with the token', async () => {
	const s = startPty({args: [], env: childEnv()});
	sessions.push(s);
	await typeToCopyStep(s, server.origin, {claim: 'unknown (the server sent expires_'});
	s.write('u');
	await s.waitFor('Token added');
	s.write(keys.enter);
	expect(await s.exit).toBe(0);
	expect(s.lines().map(line => line.trimEnd())).toContain(token);
});
