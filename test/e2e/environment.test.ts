import {spawn, spawnSync} from 'node:child_process';
import {chmodSync, chownSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, dirname, join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {pollUntil} from '../helpers/poll.js';
import {cliPath} from '../helpers/pty.js';
import {runCaptured, runCli, type CliResult} from '../helpers/run-cli.js';
import {practiceProfile, saveProfiles} from '../helpers/saved-profile.js';
import {type RunningServer, startHttpServer, startTcpServer} from '../helpers/servers.js';
import {childEnv, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// What the machine around the tool can get wrong — its files, its variables, its pipes — must be
// an error the user can act on (exit 2, the thing named, no secret shown), never "a bug" (exit 1).

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const nobody = 65_534;
let practice: PracticeServer;
let counting: RunningServer;
const folders: string[] = [];

beforeAll(async () => {
	practice = await startPracticeServer();
	// Stands in for a proxy: it only counts the connections made to it.
	counting = await startTcpServer(socket => socket.destroy());
});

afterAll(async () => {
	await Promise.all([practice?.close(), counting?.close()]);
	removeChildEnvDirs();
	for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true});
});

function folder(): string {
	const made = mkdtempSync(join(tmpdir(), 'segura-env-'));
	folders.push(made);
	return made;
}

function expectNamed(result: CliResult, ...words: string[]): void {
	const text = result.stderr.replace(/\s+/g, ' ');
	for (const word of words) expect(text).toContain(word);
	expect(result.stderr).not.toContain('a bug');
}

const internal = () => practice.providers.find(provider => provider.kind === 'internal')!;

describe('verify never sends the token in the clear, nor a URL with a password', () => {
	it('refuses http to another machine before any connection, naming https', async () => {
		const before = counting.stats.connections;
		const result = await runCli(['verify', '--base-url', 'http://segura.example.com/iso/scim/v2'], {
			env: childEnv({SEGURA_TOKEN: 'abc.def.ghi', HTTP_PROXY: counting.origin}),
		});
		expect(result.code).toBe(2);
		expectNamed(result, '--base-url', 'https://');
		expect(counting.stats.connections).toBe(before);
	});

	it('refuses user:pass@ in the Base URL without echoing the password', async () => {
		const result = await runCli(['verify', '--base-url', 'https://admin:TopSecretPw1@segura.example.com/iso/scim/v2'], {env: childEnv({SEGURA_TOKEN: 'abc.def.ghi'})});
		expect(result.code).toBe(2);
		expect(result.stderr + result.stdout).not.toContain('TopSecretPw1');
		expectNamed(result, 'user name and password');
	});

	it('takes http to this machine, as the Token URL does', async () => {
		const result = await runCli(['verify', '--base-url', internal().baseUrl, '--json'], {env: childEnv({SEGURA_TOKEN: 'abc.def.ghi'})});
		expect(result.code).toBe(5);
	});
});

it('http to a name under .localhost is refused: only localhost itself is this machine', async () => {
	const result = await runCli(['get', '--token-url', 'http://evil.localhost/iso/oauth2/token', '--client-id', 'x'], {env: childEnv({SEGURA_CLIENT_SECRET: 'x'})});
	expect(result.code).toBe(2);
	expectNamed(result, 'https://');
});

describe('the profiles file', () => {
	function configFile(env: NodeJS.ProcessEnv): string {
		return join(env.XDG_CONFIG_HOME!, 'segura-token', 'config.json');
	}

	it('that is a folder: exit 2, naming it', async () => {
		const env = childEnv();
		mkdirSync(configFile(env), {recursive: true});
		for (const args of [['profiles', 'list'], ['get', '--profile', 'prod']]) {
			const result = await runCli(args, {env});
			expect(result.code).toBe(2);
			expectNamed(result, configFile(env), 'not a file');
		}
	});

	it.skipIf(!isRoot)('that cannot be read: exit 2, naming it (run as another user)', async () => {
		const home = folder();
		chmodSync(home, 0o755);
		const env = childEnv({XDG_CONFIG_HOME: home, HOME: home});
		await saveProfiles(env, [practiceProfile(practice, 'prod', 'internal', false)]);
		const file = configFile(env);
		for (const path of [home, join(home, 'segura-token'), file]) chownSync(path, nobody, nobody);
		chmodSync(file, 0o000);
		const result = await runAs(nobody, ['profiles', 'list'], env);
		expect(result.code).toBe(2);
		expectNamed(result, file, 'EACCES');
	});

	it.skipIf(!isRoot)('that is a link to another user\'s file: exit 2, not read (as any link is)', async () => {
		const env = childEnv();
		await saveProfiles(env, [practiceProfile(practice, 'prod', 'internal', false)]);
		const theirs = join(folder(), 'their-config.json');
		writeFileSync(theirs, '{}');
		chownSync(theirs, nobody, nobody);
		rmSync(configFile(env));
		symlinkSync(theirs, configFile(env));
		const result = await runCli(['profiles', 'list'], {env});
		expect(result.code).toBe(2);
		expectNamed(result, configFile(env), 'symbolic link');
	});

	it('in a folder open to everyone: a read-only command closes the folder to 0700', async () => {
		const env = childEnv();
		await saveProfiles(env, [practiceProfile(practice, 'prod', 'internal', false)]);
		const directory = join(env.XDG_CONFIG_HOME!, 'segura-token');
		chmodSync(directory, 0o777);
		const result = await runCli(['profiles', 'list'], {env});
		expect(result.code).toBe(0);
		expect(statSync(directory).mode & 0o777).toBe(0o700);
	});
});

describe('proxy variables that cannot be used', () => {
	it.each([
		['a %-escape that does not decode', 'http://proxyuser:Hunter2%zz@127.0.0.1:3128'],
		['quotes around it', '"http://proxyuser:Hunter2pw@127.0.0.1:3128"'],
	])('%s: exit 2, naming the variable, never its password', async (_what, value) => {
		const result = await runCli(['get', '--token-url', 'https://segura.example.com/iso/oauth2/token', '--client-id', 'x'], {
			env: childEnv({SEGURA_CLIENT_SECRET: 'x', HTTPS_PROXY: value}),
		});
		expect(result.code).toBe(2);
		expectNamed(result, 'HTTPS_PROXY');
		expect(result.stderr + result.stdout).not.toContain('Hunter2');
	});
});

describe('inputs that are too big', () => {
	it('--ca /dev/zero is refused after 1 MiB, not read for ever', async () => {
		const result = await runCli(['get', '--ca', '/dev/zero', '--token-url', internal().tokenUrl, '--client-id', 'x'], {env: childEnv({SEGURA_CLIENT_SECRET: 'x'})});
		expect(result.code).toBe(2);
		expectNamed(result, '/dev/zero', 'larger than 1 MiB');
	});

	it('a Client Secret over 64 KiB on stdin is an error, not cut short', async () => {
		const result = await runCli(['get', '--client-secret-stdin', '--token-url', internal().tokenUrl, '--client-id', 'x'], {
			env: childEnv(),
			input: 's'.repeat(70 * 1024),
		});
		expect(result.code).toBe(2);
		expectNamed(result, '64 KiB');
	});
});

it('a reader that went away (get | true) ends get quietly, without a trace and without exit 1', async () => {
	// The reader closes its end and leaves a mark; only then does the token come.
	const mark = join(folder(), 'reader-gone');
	const slow = await startHttpServer(async (_request, response) => {
		await pollUntil(() => existsSync(mark), 'the reader to go');
		response.writeHead(200, {'content-type': 'application/json'});
		response.end(JSON.stringify({access_token: 'abc.def.ghi', token_type: 'Bearer', expires_in: 3600}));
	});
	try {
		const reader = `sh -c 'exec 0<&-; : > "${mark}"'`;
		const result = await pipeline(`"${process.execPath}" "${cliPath}" get --token-url ${slow.origin}/iso/oauth2/token --client-id x | ${reader}`, childEnv({SEGURA_CLIENT_SECRET: 'x'}));
		expect(result.status).toBe('141');
		expect(result.stderr).toBe('');
	} finally {
		await slow.close();
	}
});

/** A shell pipeline; the exit status of its first command, and what went to stderr. */
function pipeline(command: string, env: NodeJS.ProcessEnv): Promise<{status: string; stderr: string}> {
	return new Promise((resolve, reject) => {
		const child = spawn('/bin/bash', ['-c', `${command}; echo "status=\${PIPESTATUS[0]}" >&3`], {
			env: {...process.env, ...env},
			stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
		});
		let stderr = '';
		let fd3 = '';
		child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
		child.stdio[3]!.on('data', (data: Buffer) => (fd3 += data.toString()));
		child.on('error', reject);
		child.on('close', () => resolve({status: /status=(\d+)/.exec(fd3)?.[1] ?? '?', stderr}));
	});
}

/** The CLI as another user (the tests run as root here, who can read any file). */
function runAs(uid: number, args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
	const {node, cli} = readableCopy(uid);
	return runCaptured(node, [cli, ...args], {env, uid, cwd: tmpdir()});
}

/**
 * The built CLI, and the Node that runs the tests, where `uid` can read them: the clone (and a
 * Node inside it) may sit in a folder only its owner can enter. Copied once, to a folder open to all.
 */
function readableCopy(uid: number): {node: string; cli: string} {
	const canRun = (node: string, cli: string) => spawnSync(node, [cli, '--version'], {uid, gid: uid, cwd: tmpdir(), stdio: 'ignore'}).status === 0;
	if (canRun(process.execPath, cliPath)) return {node: process.execPath, cli: cliPath};
	// Beside the test run's own temporary folder, which only its owner can enter.
	const open = mkdtempSync(join(dirname(tmpdir()), 'segura-env-run-'));
	folders.push(open);
	chmodSync(open, 0o755);
	cpSync(dirname(cliPath), join(open, 'dist'), {recursive: true});
	const cli = join(open, 'dist', basename(cliPath));
	for (const path of [open, ...walk(join(open, 'dist'))]) chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
	if (canRun(process.execPath, cli)) return {node: process.execPath, cli};
	const node = join(open, 'node');
	copyFileSync(process.execPath, node);
	chmodSync(node, 0o755);
	return {node, cli};
}

function walk(directory: string): string[] {
	return [directory, ...readdirSync(directory, {withFileTypes: true}).flatMap(entry => (entry.isDirectory() ? walk(join(directory, entry.name)) : [join(directory, entry.name)]))];
}
