import {pollUntil} from '../helpers/poll.js';
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {once} from 'node:events';
import {statSync} from 'node:fs';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/pty.js';
import {runCli} from '../helpers/run-cli.js';
import {freePort} from '../helpers/servers.js';
import {childEnv, jwtClaims, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// `segura-token demo --serve --json` as a training script would use it: read the first line,
// take tokens with `segura-token get`, stop it with Ctrl+C (SIGINT).

type Provider = {kind: string; baseUrl: string; tokenUrl: string; clientId: string; clientSecret: string};
type Details = {seguraUrl: string; providers: Provider[]};

type Served = {child: ChildProcessWithoutNullStreams; stdout: () => string; stderr: () => string; exit: Promise<[number | null, NodeJS.Signals | null]>};

const running: Served[] = [];

function serve(args: readonly string[], childEnvironment: NodeJS.ProcessEnv = env()): Served {
	const child = spawn(process.execPath, [cliPath, 'demo', '--serve', ...args], {env: childEnvironment, stdio: ['pipe', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
	child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
	const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
	const served = {child, stdout: () => stdout, stderr: () => stderr, exit};
	running.push(served);
	return served;
}

function env(): NodeJS.ProcessEnv {
	// childEnv marks the names to remove as undefined; spawn wants them gone.
	const values = {...process.env, ...childEnv()};
	for (const [name, value] of Object.entries(values)) if (value === undefined) delete values[name];
	return values;
}

async function firstLine(served: Served): Promise<string> {
	await pollUntil(() => served.stdout().includes('\n') || served.child.exitCode !== null, 'the condition', 10_000);
	if (!served.stdout().includes('\n')) throw new Error(`demo --serve exited: ${served.stderr()}`);
	return served.stdout().slice(0, served.stdout().indexOf('\n'));
}

afterEach(() => {
	for (const served of running.splice(0)) if (served.child.exitCode === null && served.child.signalCode === null) served.child.kill('SIGKILL');
});

afterAll(() => removeChildEnvDirs());

describe('demo --serve --json', () => {
	it('prints its details as one JSON line, serves tokens to `get`, and ends cleanly on SIGINT', async () => {
		const served = serve(['--json']);
		const details = JSON.parse(await firstLine(served)) as Details;

		expect(Object.keys(details)).toEqual(['seguraUrl', 'providers']);
		expect(details.seguraUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(details.providers.map(provider => provider.kind)).toEqual(['internal', 'third-party']);
		for (const provider of details.providers) {
			expect(Object.keys(provider)).toEqual(['kind', 'baseUrl', 'tokenUrl', 'clientId', 'clientSecret']);
			expect(provider.baseUrl).toBe(`${details.seguraUrl}/iso/scim/v2`);
			expect(provider.tokenUrl).toBe(`${details.seguraUrl}/iso/oauth2/token`);
			expect(provider.clientId).toMatch(/^\S+$/);
			expect(provider.clientSecret).toMatch(/^\S{16,}$/);
		}
		expect(new Set(details.providers.map(provider => provider.clientId)).size).toBe(2);

		// Each provider's token, each client authentication, from the CLI itself.
		for (const [provider, auth] of [
			[details.providers[0]!, 'basic'],
			[details.providers[1]!, 'body'],
		] as const) {
			const got = await runCli(['get', '--token-url', provider.tokenUrl, '--client-id', provider.clientId, '--auth', auth], {
				env: childEnv({SEGURA_CLIENT_SECRET: provider.clientSecret}),
			});
			expect(got.stderr).toBe('');
			expect(got.code).toBe(0);
			expect(got.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
			const claims = jwtClaims(got.stdout.trim());
			expect(claims['client_id']).toBe(provider.clientId);
			expect(claims['provider_kind']).toBe(provider.kind);
			// And the token opens the provider's SCIM endpoint, as Okta's test would.
			const users = await fetch(`${provider.baseUrl}/Users?startIndex=1&count=2`, {headers: {authorization: `Bearer ${got.stdout.trim()}`}});
			expect(users.status).toBe(200);
		}

		// One provider's secret is not the other's.
		const crossed = await runCli(['get', '--token-url', details.providers[0]!.tokenUrl, '--client-id', details.providers[0]!.clientId], {
			env: childEnv({SEGURA_CLIENT_SECRET: details.providers[1]!.clientSecret}),
		});
		expect(crossed.code).toBe(4);

		// demoServe resolves 0 when its signal aborts: SIGINT is how a user stops it, not a failure.
		served.child.kill('SIGINT');
		const [code, signal] = await served.exit;
		expect({code, signal}).toEqual({code: 0, signal: null});
		expect(served.stdout().split('\n')).toHaveLength(2);
		expect(served.stderr()).toBe('Practice server running. Press Ctrl+C to stop it.\nPractice server stopped.\n');
		for (const provider of details.providers) expect(served.stderr().includes(provider.clientSecret)).toBe(false);
		await expect(fetch(details.seguraUrl)).rejects.toThrow();
	});

	it('two runs print the same values: port and credentials are kept (0600) beside the profiles, --reset makes new ones', async () => {
		const shared = env();
		const first = serve(['--json'], shared);
		const details = await firstLine(first);
		first.child.kill('SIGINT');
		expect((await first.exit)[0]).toBe(0);
		const second = serve(['--json'], shared);
		expect(await firstLine(second)).toBe(details);
		second.child.kill('SIGINT');
		expect((await second.exit)[0]).toBe(0);
		const kept = path.join(shared.XDG_CONFIG_HOME!, 'segura-token', 'practice.json');
		expect(statSync(kept).mode & 0o777).toBe(0o600);
		const reset = serve(['--json', '--reset'], shared);
		const renewed = JSON.parse(await firstLine(reset)) as Details;
		expect(renewed.providers[0]!.clientSecret).not.toBe((JSON.parse(details) as Details).providers[0]!.clientSecret);
		reset.child.kill('SIGINT');
		expect((await reset.exit)[0]).toBe(0);
	});

	it('SIGTERM stops it the same way', async () => {
		const served = serve(['--json']);
		const details = JSON.parse(await firstLine(served)) as Details;
		served.child.kill('SIGTERM');
		const [code, signal] = await served.exit;
		expect({code, signal}).toEqual({code: 0, signal: null});
		await expect(fetch(details.seguraUrl)).rejects.toThrow();
	});

	it('--port N listens there; a port in use is exit 2 with the reason', async () => {
		const port = await freePort();
		const served = serve(['--json', '--port', String(port)]);
		expect((JSON.parse(await firstLine(served)) as Details).seguraUrl).toBe(`http://127.0.0.1:${port}`);

		const second = await runCli(['demo', '--serve', '--json', '--port', String(port)], {env: childEnv()});
		expect(second.code).toBe(2);
		// --json: the failure as JSON on stdout too, for the script that asked for JSON.
		expect(JSON.parse(second.stdout)).toMatchObject({error: {code: 'port_in_use', exitCode: 2}});
		expect(second.stderr).toContain(`Port ${port} is already in use on 127.0.0.1.`);

		served.child.kill('SIGINT');
		expect((await served.exit)[0]).toBe(0);
	});
});

describe('demo --serve (text)', () => {
	it('prints the details for a person, with a `get` line that works as printed', async () => {
		const served = serve([]);
		await pollUntil(() => served.stderr().includes('Ctrl+C'), 'the condition', 10_000);
		const text = served.stdout();
		const seguraUrl = /^Segura URL +(\S+)$/m.exec(text)?.[1];
		expect(seguraUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(text).toContain('Provider for internal users');
		expect(text).toContain('Provider for third-party users');
		const example = /SEGURA_CLIENT_SECRET='(\S+)' segura-token get --token-url (\S+) --client-id (\S+)$/m.exec(text);
		expect(example).not.toBeNull();
		const [, secret, tokenUrl, clientId] = example!;
		expect(tokenUrl).toBe(`${seguraUrl}/iso/oauth2/token`);
		const got = await runCli(['get', '--token-url', tokenUrl!, '--client-id', clientId!], {env: childEnv({SEGURA_CLIENT_SECRET: secret})});
		expect(got.code).toBe(0);
		expect(got.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);

		served.child.kill('SIGINT');
		expect((await served.exit)[0]).toBe(0);
	});
});
