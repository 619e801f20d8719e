import {spawn} from 'node:child_process';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {startOidcServer, type OidcServer} from '../helpers/oidc-server.js';
import {cliPath, keys, startPty, type PtySession} from '../helpers/pty.js';
import {runCli, type CliResult} from '../helpers/run-cli.js';
import {practiceProfile, profileInput, saveProfiles} from '../helpers/saved-profile.js';
import {startScimServer, type ScimServer} from '../helpers/scim-server.js';
import {freePort} from '../helpers/servers.js';
import {removeChildEnvDirs, terminalEnv} from '../helpers/wizard-walk.js';

// Issue 5's `verify`, end to end: Okta's "Test API Credentials" (GET {Base URL}/Users) from the
// built CLI, fed by `get` through a real pipe, against oidc-provider and a scimmy SCIM service
// that trusts only oidc-provider's JWTs; and the wizard's v key against the practice server.

const oidcClient = {clientId: 'e2e-verify-oidc', clientSecret: 'VerifyOidc0Secret1Never2Shown3'};
const practiceCredentials = {
	internal: {clientId: 'e2e-verify-internal', clientSecret: 'VerifyInternal4Secret5Hidden6'},
	'third-party': {clientId: 'e2e-verify-third', clientSecret: 'VerifyThird7Party8Secret9'},
} as const;
const secrets = [oidcClient.clientSecret, practiceCredentials.internal.clientSecret, practiceCredentials['third-party'].clientSecret];

let oidc: OidcServer;
let scim: ScimServer;
let practice: PracticeServer;
let session: PtySession | undefined;

beforeAll(async () => {
	[oidc, practice] = await Promise.all([
		startOidcServer([{...oidcClient, auth: 'client_secret_basic', tokenFormat: 'jwt'}]),
		startPracticeServer({credentials: practiceCredentials}),
	]);
	scim = await startScimServer({issuer: oidc.issuer});
});

afterEach(() => {
	session?.kill();
	session = undefined;
});

afterAll(async () => {
	await Promise.all([oidc?.close(), scim?.close(), practice?.close()]);
	removeChildEnvDirs();
});

/** A config folder of its own, English, and nothing from this shell that changes the program. */
function newEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	return terminalEnv(extra).env;
}

function expectNoSecret(text: string, where: string): void {
	for (const secret of secrets) expect(text.includes(secret), `a client secret in ${where}`).toBe(false);
}

/** `sh -c 'segura-token get … | segura-token verify …'`: a real pipe, each side's exit code kept. */
function pipeline(getArgs: readonly string[], verifyArgs: readonly string[], env: NodeJS.ProcessEnv): Promise<CliResult & {getCode: number}> {
	const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;
	const cli = `${quote(process.execPath)} ${quote(cliPath)}`;
	// The exit code of `get` comes out on fd 3, as `pipefail` is not in every sh.
	const script = `{ ${cli} get ${getArgs.map(quote).join(' ')}; echo $? >&3; } | ${cli} verify ${verifyArgs.map(quote).join(' ')}`;
	return new Promise((resolve, reject) => {
		const fullEnv = {...process.env, ...env};
		for (const [name, value] of Object.entries(env)) if (value === undefined) delete fullEnv[name];
		const child = spawn('sh', ['-c', script], {env: fullEnv, stdio: ['ignore', 'pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		let getCode = '';
		child.stdout!.on('data', (data: Buffer) => (stdout += data.toString()));
		child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
		(child.stdio[3] as NodeJS.ReadableStream).on('data', (data: Buffer) => (getCode += data.toString()));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`the pipeline did not finish\nstdout: ${stdout}\nstderr: ${stderr}`));
		}, 20_000);
		child.on('error', reject);
		child.on('close', code => {
			clearTimeout(timer);
			resolve({code, stdout, stderr, getCode: Number(getCode.trim())});
		});
	});
}

async function verify(args: readonly string[], token: string, env = newEnv()): Promise<CliResult> {
	const result = await runCli(['verify', ...args], {env, input: `${token}\n`});
	expectNoSecret(result.stdout + result.stderr, 'verify\'s output');
	return result;
}

async function oidcToken(): Promise<string> {
	const result = await runCli(['get', '--token-url', oidc.tokenUrl, '--client-id', oidcClient.clientId], {
		env: newEnv({SEGURA_CLIENT_SECRET: oidcClient.clientSecret}),
	});
	expect(result.code).toBe(0);
	return result.stdout.trim();
}

describe('segura-token verify, as a script runs it', () => {
	it('get | verify: oidc-provider\'s token works at the scimmy SCIM service (exit 0, the user count)', async () => {
		const env = newEnv({SEGURA_CLIENT_SECRET: oidcClient.clientSecret});
		const seen = scim.seen.length;
		const result = await pipeline(
			['--token-url', oidc.tokenUrl, '--client-id', oidcClient.clientId],
			['--base-url', scim.baseUrl, '--token-stdin'],
			env,
		);
		expectNoSecret(result.stdout + result.stderr, 'the pipeline\'s output');
		expect(result.getCode).toBe(0);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('');
		// get's note that oidc-provider's token endpoint is not at Segura's path, then verify's line.
		expect(result.stderr.replace('warning: --token-url: A Segura Token URL ends in /iso/oauth2/token.\n', '')).toMatch(new RegExp(`^✔ The token works: the SCIM server answered like Okta expects \\(${scim.userCount} users\\)\\. The token expires in [\\d a-z]+, (on \\d{4}-\\d\\d-\\d\\d )?at \\d\\d:\\d\\d UTC\\S*\\.\\n$`));
		// Exactly Okta's request, with the token `get` printed.
		const requests = scim.seen.slice(seen);
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({url: '/scim/v2/Users?startIndex=1&count=2', accept: 'application/scim+json'});
		expect(requests[0]?.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
	});

	it('--json prints the outcome; --profile takes the Base URL from a saved profile', async () => {
		const token = await oidcToken();
		const json = await verify(['--base-url', scim.baseUrl, '--token-stdin', '--json'], token);
		expect(json.code).toBe(0);
		expect(JSON.parse(json.stdout)).toEqual({ok: true, status: 200, totalResults: scim.userCount});

		const env = newEnv();
		await saveProfiles(env, [profileInput({name: 'scimmy', seguraUrl: oidc.issuer, baseUrl: scim.baseUrl, tokenUrl: oidc.tokenUrl, clientId: oidcClient.clientId})]);
		const byProfile = await verify(['--profile', 'scimmy', '--token-stdin'], token, env);
		expect(byProfile.code).toBe(0);
		expect(byProfile.stderr).toContain('✔ The token works');
	});

	it('a garbage token: exit 5, the SCIM server\'s 401 in words, and the token never echoed', async () => {
		const garbage = 'garbage.token.value-1234567890';
		const result = await verify(['--base-url', scim.baseUrl, '--token-stdin'], garbage);
		expect(result.code).toBe(5);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('The SCIM server rejected the token (HTTP 401 Unauthorized)');
		expect(result.stderr).not.toContain(garbage);
	});

	it('the practice server\'s token at the scimmy service (another issuer): exit 5', async () => {
		const practiced = await runCli(['get', '--token-url', practice.providers[0]!.tokenUrl, '--client-id', practiceCredentials.internal.clientId], {
			env: newEnv({SEGURA_CLIENT_SECRET: practiceCredentials.internal.clientSecret}),
		});
		expect(practiced.code).toBe(0);
		const result = await verify(['--base-url', scim.baseUrl, '--token-stdin'], practiced.stdout.trim());
		expect(result.code).toBe(5);
		expect(result.stderr).toContain('HTTP 401');
	});

	it('a port where nothing listens: exit 3, a network message', async () => {
		const port = await freePort();
		const token = await oidcToken();
		const result = await verify(['--base-url', `http://127.0.0.1:${port}/scim/v2`, '--token-stdin'], token);
		expect(result.code).toBe(3);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`127.0.0.1 refused the connection on port ${port}: nothing is listening there.`);
		expect(result.stderr).not.toContain(token.slice(-12));
	});
});

describe('the wizard\'s v key', () => {
	it('checks the token against the practice server\'s SCIM and says "✔ The token works"', async () => {
		const env = newEnv();
		await saveProfiles(env, [practiceProfile(practice, 'practice', 'internal', true)]);
		const s = (session = startPty({env, args: ['--profile', 'practice'], cols: 100, rows: 30}));
		await s.waitFor('Authentication complete');
		s.write(keys.enter);
		await s.waitFor('v verify');
		s.write('v');
		await s.waitFor(/✔ The token works: the SCIM server answered like Okta expects \(\d+ users?\)\./);
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expectNoSecret(s.output(), 'the wizard');
	});

	it('the same key on a token the SCIM service refuses shows ✖ and the reason, and the wizard goes on', async () => {
		// The profile's Base URL is the scimmy service: it refuses the practice server's tokens.
		const env = newEnv();
		await saveProfiles(env, [{...practiceProfile(practice, 'elsewhere', 'internal', true), baseUrl: scim.baseUrl}]);
		const s = (session = startPty({env, args: ['--profile', 'elsewhere'], cols: 100, rows: 30}));
		await s.waitFor('Authentication complete');
		s.write(keys.enter);
		await s.waitFor('v verify');
		s.write('v');
		await s.waitFor('✖ The SCIM server rejected the token (HTTP 401 Unauthorized)');
		s.write('u');
		await s.waitFor('Token added');
		s.write(keys.enter);
		expect(await s.exit).toBe(0);
	});
});
