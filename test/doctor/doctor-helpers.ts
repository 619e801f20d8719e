import {memoryIo} from '../helpers/memory-io.js';
import fs from 'node:fs';
import http from 'node:http';
import type {Socket} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {once} from 'node:events';
import type {AddressInfo} from 'node:net';
import {afterEach} from 'vitest';
import {reportError} from '../../source/cli/report.js';
import {doctorCommand} from '../../source/commands/doctor.js';
import {AppError} from '../../source/errors/app-error.js';
import type {Lang} from '../../source/i18n/lang.js';
import type {Pem} from '../helpers/certificates.js';
import {type RunningServer, startHttpServer, startHttpsServer} from '../helpers/servers.js';

export type DoctorRun = Readonly<{code: number; stdout: string; stderr: string; error?: AppError}>;

/** The JSON report's shape, as a test reads it. */
export type JsonReport = Readonly<{
	ok: boolean;
	exitCode: number;
	failed: string | null;
	links: ReadonlyArray<{link: string; label: string; status: string; ms: number | null; summary: string; details: string[]; error: {code: string; message: string; hint: string | null; exitCode: number} | null; data: Record<string, unknown> | null}>;
}>;

const homes: string[] = [];

/** Removes the profile folders cleanEnv made, after each test. */
export function cleanHomesAfterEach(): void {
	afterEach(() => {
		for (const home of homes.splice(0)) fs.rmSync(home, {recursive: true, force: true});
	});
}

/** An environment with its own empty profile folder, no proxy variables and no secret. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'segura-doctor-'));
	homes.push(home);
	return {HOME: home, XDG_CONFIG_HOME: path.join(home, 'xdg'), ...extra};
}

/** `segura-token doctor ARGS` in-process; a thrown error is reported as cli.tsx reports it. */
export async function doctor(argv: readonly string[], options: {env?: NodeJS.ProcessEnv; lang?: Lang; stdin?: string} = {}): Promise<DoctorRun> {
	const memory = memoryIo({env: options.env ?? cleanEnv(), ...(options.lang ? {lang: options.lang} : {}), ...(options.stdin === undefined ? {} : {stdin: options.stdin})});
	const {io} = memory;
	try {
		const code = await doctorCommand(argv, io);
		return {code, stdout: memory.stdout(), stderr: memory.stderr()};
	} catch (thrown) {
		if (!(thrown instanceof AppError)) throw thrown;
		const code = reportError(thrown, io, argv.includes('--json'));
		return {code, stdout: memory.stdout(), stderr: memory.stderr(), error: thrown};
	}
}

/** The report's line for a link, by its label ("✘ TLS …"). */
export function lineOf(stdout: string, label: string): string {
	return stdout.split('\n').find(line => new RegExp(`^[✔✘!–] ${label} `).test(line)) ?? '';
}

/** Which links the text report marks, in order: [['URL', '✔'], …]. */
export function marks(stdout: string): Array<[string, string]> {
	return stdout
		.split('\n')
		.flatMap(line => {
			const match = /^([✔✘!–]) (\S+(?: \S+)*?)\s{2,}/.exec(line);
			return match ? [[match[2]!, match[1]!] as [string, string]] : [];
		});
}

export function statuses(report: JsonReport): Record<string, string> {
	return Object.fromEntries(report.links.map(link => [link.link, link.status]));
}

// A JWT whose payload names the provider kind, as the practice server's do; the signature is not checked by anyone here.
function fakeJwt(kind: string): string {
	const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	return `${part({alg: 'RS256', typ: 'JWT'})}.${part({sub: 'okta', provider_kind: kind, exp: Math.floor(Date.now() / 1000) + 3600})}.${'s'.repeat(43)}`;
}

export type ApplianceOptions = Readonly<{clientId: string; clientSecret: string; kind?: string; scimStatus?: number}>;

/**
 * A Segura-like appliance over HTTPS (or HTTP without a certificate): a token endpoint that
 * refuses what is not the Basic header of its one client, and SCIM /Users that answers with
 * `scimStatus` (200 and a ListResponse by default; 403 is an allowed-IP list).
 */
export async function startAppliance(pem: Pem | undefined, options: ApplianceOptions): Promise<RunningServer & {baseUrl: string; tokenUrl: string}> {
	const expected = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;
	const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
		const json = (status: number, body: object, type = 'application/json') => {
			response.writeHead(status, {'content-type': type, server: 'segura-appliance'});
			response.end(JSON.stringify(body));
		};
		if (request.method === 'POST' && request.url === '/iso/oauth2/token') {
			if (request.headers.authorization !== expected) return json(401, {error: 'invalid_client', error_description: 'Client authentication failed'});
			return json(200, {access_token: fakeJwt(options.kind ?? 'internal'), token_type: 'Bearer', expires_in: 3600});
		}
		if (request.method === 'GET' && request.url?.startsWith('/iso/scim/v2/Users')) {
			const status = options.scimStatus ?? 200;
			if (status !== 200) return json(status, {schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(status), detail: 'Address not in the allowed IP list'}, 'application/scim+json');
			return json(200, {schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 3, itemsPerPage: 0, startIndex: 1, Resources: []}, 'application/scim+json');
		}
		return json(404, {error: 'not_found'});
	};
	const server = pem ? await startHttpsServer(pem, handler) : await startHttpServer(handler);
	return {...server, baseUrl: `${server.origin}/iso/scim/v2`, tokenUrl: `${server.origin}/iso/oauth2/token`};
}

export type RefusingProxy = Readonly<{url: string; connects: string[]; close(): Promise<void>}>;

/** An HTTP proxy on 127.0.0.1 that answers every CONNECT with `status` (403: the proxy's policy forbids it). */
export async function startRefusingProxy(status = 403): Promise<RefusingProxy> {
	const server = http.createServer((_request, response) => {
		response.writeHead(405);
		response.end();
	});
	const connects: string[] = [];
	const sockets = new Set<Socket>();
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('connect', (request: http.IncomingMessage, socket: Socket) => {
		connects.push(request.url ?? '');
		socket.end(`HTTP/1.1 ${status} Forbidden\r\ncontent-length: 0\r\n\r\n`);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		connects,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}
