import {pollUntil} from '../helpers/poll.js';
import {createServer, type AddressInfo, type Server} from 'node:net';
import {PassThrough} from 'node:stream';
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {demoCommand} from '../../source/commands/demo.js';
import {practiceFile} from '../../source/commands/practice.js';
import {demoServe} from '../../source/commands/demo-serve.js';
import type {CommandIo} from '../../source/cli/command-io.js';
import {ConfigError, errorText} from '../../source/errors/app-error.js';
import type {Lang} from '../../source/i18n/lang.js';
import {basicHeader, postToken, scimGet} from './practice-client.js';

type Harness = {io: CommandIo; stdout: () => string; stderr: () => string; abort: () => void};

const configHomes: string[] = [];

afterAll(() => {
	for (const folder of configHomes.splice(0)) rmSync(folder, {recursive: true, force: true});
});

/** A config folder of its own: the practice server keeps its port and credentials there. */
function freshConfigHome(): string {
	const folder = mkdtempSync(join(tmpdir(), 'segura-demo-'));
	configHomes.push(folder);
	return folder;
}

function harness(lang: Lang = 'en', configHome = freshConfigHome()): Harness {
	const controller = new AbortController();
	const collect = () => {
		const stream = new PassThrough();
		let text = '';
		stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
		return {stream, read: () => text};
	};
	const out = collect();
	const err = collect();
	return {
		io: {stdin: new PassThrough(), stdout: out.stream, stderr: err.stream, env: {XDG_CONFIG_HOME: configHome}, lang, signal: controller.signal},
		stdout: out.read,
		stderr: err.read,
		abort: () => controller.abort(),
	};
}


type Details = {
	seguraUrl: string;
	providers: Array<{kind: string; baseUrl: string; tokenUrl: string; clientId: string; clientSecret: string}>;
};

describe('demo --serve --json', () => {
	it('prints exactly one JSON line, serves real tokens, and stops with 0 on abort', async () => {
		const h = harness();
		const running = demoServe({start: {}, json: true}, h.io);
		await pollUntil(() => h.stdout().includes('\n'));
		expect(h.stdout().split('\n')).toEqual([expect.any(String), '']);

		const details = JSON.parse(h.stdout()) as Details;
		expect(Object.keys(details)).toEqual(['seguraUrl', 'providers']);
		expect(details.seguraUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(details.providers.map(p => p.kind)).toEqual(['internal', 'third-party']);
		for (const provider of details.providers) {
			expect(Object.keys(provider)).toEqual(['kind', 'baseUrl', 'tokenUrl', 'clientId', 'clientSecret']);
			expect(provider.baseUrl).toBe(`${details.seguraUrl}/iso/scim/v2`);
			expect(provider.tokenUrl).toBe(`${details.seguraUrl}/iso/oauth2/token`);
		}

		const provider = details.providers[1]!;
		const token = await postToken(provider.tokenUrl, {authorization: basicHeader(provider.clientId, provider.clientSecret)});
		expect(token.status).toBe(200);
		const users = await scimGet(`${provider.baseUrl}/Users?startIndex=1&count=2`, `Bearer ${String(token.body['access_token'])}`);
		expect(users.status).toBe(200);

		h.abort();
		await expect(running).resolves.toBe(0);
		await expect(fetch(details.seguraUrl)).rejects.toThrow();
		expect(h.stdout().split('\n')).toHaveLength(2);
		expect(h.stderr()).not.toContain(provider.clientSecret);
	});
});

describe('demo --serve (text)', () => {
	it.each([
		['en', ['Segura URL', 'Provider for internal users', 'Provider for third-party users', 'Client ID', 'Client Secret']],
		['pt-BR', ['URL do Segura', 'Provedor de usuários internos', 'Provedor de usuários terceiros', 'ID do Cliente', 'Client Secret']],
	] as const)('prints the provider details in %s with a hint to try them', async (lang, labels) => {
		const h = harness(lang);
		const running = demoServe({start: {}, json: false}, h.io);
		await pollUntil(() => h.stderr().includes('Ctrl+C'));
		h.abort();
		await expect(running).resolves.toBe(0);

		const text = h.stdout();
		for (const label of labels) expect(text).toContain(label);
		const url = /http:\/\/127\.0\.0\.1:\d+/.exec(text)?.[0];
		expect(url).toBeDefined();
		expect(text).toContain(`${url}/iso/scim/v2`);
		expect(text).toContain(`${url}/iso/oauth2/token`);
		const secrets = [...text.matchAll(/Client Secret +([A-Za-z0-9]+)/g)].map(match => match[1]);
		expect(secrets).toHaveLength(2);
		expect(text).toMatch(new RegExp(`SEGURA_CLIENT_SECRET='${secrets[0]}' segura-token get --token-url ${url}/iso/oauth2/token --client-id [A-Za-z0-9]+`));
	});
});

describe('demo --serve port', () => {
	async function occupiedPort(): Promise<{server: Server; port: number}> {
		const server = createServer();
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		return {server, port: (server.address() as AddressInfo).port};
	}

	it('listens on the port asked for', async () => {
		const {server, port} = await occupiedPort();
		await new Promise(resolve => server.close(resolve));
		const h = harness();
		const running = demoServe({start: {port}, json: true}, h.io);
		await pollUntil(() => h.stdout().includes('\n'));
		expect((JSON.parse(h.stdout()) as Details).seguraUrl).toBe(`http://127.0.0.1:${port}`);
		h.abort();
		await expect(running).resolves.toBe(0);
	});

	it('a port in use is a ConfigError that says so', async () => {
		const {server, port} = await occupiedPort();
		try {
			const h = harness('pt-BR');
			const error = await demoServe({start: {port}, json: true}, h.io).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(ConfigError);
			expect((error as ConfigError).exitCode).toBe(2);
			expect((error as ConfigError).reason).toBe('port_in_use');
			expect(errorText(error as ConfigError, 'en').message).toBe(`Port ${port} is already in use on 127.0.0.1.`);
			expect(errorText(error as ConfigError, 'pt-BR').message).toContain(`porta ${port} já está em uso`);
			expect(h.stdout()).toBe('');
		} finally {
			await new Promise(resolve => server.close(resolve));
		}
	});

	it.each(['70000', '-1', '1.5', 'abc'])('refuses --port %s, naming it', async port => {
		const error = await demoCommand(['--serve', '--json', `--port=${port}`], harness().io).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ConfigError);
		expect((error as ConfigError).reason).toBe('usage');
		expect(errorText(error as ConfigError, 'en').message).toBe(`The port ${port} is not valid.`);
	});
});

describe('a stable practice server', () => {
	/** One `demo --serve --json` run in `configHome`: its details, once it has stopped again. */
	async function serveOnce(configHome: string, start: Parameters<typeof demoServe>[0]['start'] = {}): Promise<Details & {stderr: string}> {
		const h = harness('en', configHome);
		const running = demoServe({start, json: true}, h.io);
		await pollUntil(() => h.stdout().includes('\n'));
		h.abort();
		await expect(running).resolves.toBe(0);
		return {...(JSON.parse(h.stdout()) as Details), stderr: h.stderr()};
	}

	it('keeps its port and credentials from one run to the next, in a file only its user can read', async () => {
		const home = freshConfigHome();
		const first = await serveOnce(home);
		const second = await serveOnce(home);
		expect(second.seguraUrl).toBe(first.seguraUrl);
		expect(second.providers).toEqual(first.providers);
		const file = practiceFile({XDG_CONFIG_HOME: home});
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
		// It says it stopped.
		expect(second.stderr).toContain('Practice server stopped.');
	});

	it('--port N moves it there and keeps it; --reset makes new credentials and takes a new port', async () => {
		const home = freshConfigHome();
		const first = await serveOnce(home);
		const {server, port} = await occupiedPortFree();
		await new Promise(resolve => server.close(resolve));
		const moved = await serveOnce(home, {port});
		expect(moved.seguraUrl).toBe(`http://127.0.0.1:${port}`);
		expect(moved.providers.map(p => p.clientId)).toEqual(first.providers.map(p => p.clientId));
		expect((await serveOnce(home)).seguraUrl).toBe(`http://127.0.0.1:${port}`);
		const reset = await serveOnce(home, {reset: true});
		expect(reset.providers.map(p => p.clientId)).not.toEqual(first.providers.map(p => p.clientId));
	});

	it('a kept port taken by another program is an error that says how to move on', async () => {
		const home = freshConfigHome();
		const first = await serveOnce(home);
		const port = Number(new URL(first.seguraUrl).port);
		const blocker = createServer();
		await new Promise<void>(resolve => blocker.listen(port, '127.0.0.1', resolve));
		try {
			const error = await demoServe({start: {}, json: true}, harness('en', home).io).catch((caught: unknown) => caught);
			expect((error as ConfigError).reason).toBe('port_in_use');
			expect(errorText(error as ConfigError, 'en').hint).toContain('--reset');
		} finally {
			await new Promise(resolve => blocker.close(resolve));
		}
	});
});

/** A port that was free a moment ago (bound, then closed by the caller). */
async function occupiedPortFree(): Promise<{server: Server; port: number}> {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	return {server, port: (server.address() as AddressInfo).port};
}
