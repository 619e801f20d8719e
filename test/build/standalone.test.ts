import {execFileSync, spawn} from 'node:child_process';
import {runCaptured} from '../helpers/run-cli.js';
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {open} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {connect, createServer, type AddressInfo} from 'node:net';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {wizardText} from '../../source/i18n/text.js';
import packageJson from '../../package.json' with {type: 'json'};
// @ts-expect-error A plain .mjs script without declarations.
import {pinnedNodeVersion} from '../../scripts/pinned-node.mjs';
// @ts-expect-error A plain .mjs script without declarations.
import {seaConfig} from '../../scripts/build-options.mjs';
import {childPids, keys, startPty, type PtySession} from '../helpers/pty.js';
import {chooseAndClear, childEnv, collectFromScreen, jwtClaims, removeChildEnvDirs, waitUntil} from '../helpers/wizard-walk.js';

// The standalone executables (npm run build:standalone; npm test builds them first) as a jump
// host runs them: the pinned Node inside, the CLI run straight from the executable, and nothing
// written to the temporary folder, ever.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const x64 = join(dist, 'segura-token-linux-x64');
const arm64 = join(dist, 'segura-token-linux-arm64');
const en = wizardText.en;
// The fuse Node's single executable applications flip (":0" to ":1") when a blob is injected.
const fuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:';
const canRunX64 = process.platform === 'linux' && process.arch === 'x64';
const arm64Root = '/usr/aarch64-linux-gnu';
const qemu = ['/usr/bin/qemu-aarch64', '/usr/local/bin/qemu-aarch64'].find(file => existsSync(file));
const canRunArm64 = qemu !== undefined && existsSync(join(arm64Root, 'lib', 'ld-linux-aarch64.so.1'));

if (!canRunArm64) {
	console.warn(`arm64 executable not run: qemu-aarch64 and an aarch64 C/C++ runtime (${arm64Root}) are needed (Debian: qemu-user libc6-arm64-cross libstdc++6-arm64-cross); only its format is checked`);
}

type Run = Readonly<{code: number | null; stdout: string; stderr: string}>;

/** An executable with pipes, no `node` on PATH, and TMPDIR set to `tmp`. */
function run(command: readonly string[], args: readonly string[], env: NodeJS.ProcessEnv, tmp: string): Promise<Run> {
	const [file, ...first] = command;
	return runCaptured(file!, [...first, ...args], {env: {...childEnv(env), PATH: '/nonexistent', TMPDIR: tmp}});
}

const tmpDirs: string[] = [];
function freshTmp(): string {
	const dir = mkdtempSync(join(tmpdir(), 'segura-token-sea-test-'));
	tmpDirs.push(dir);
	return dir;
}

/** The ELF machine of a file: 62 is x86-64, 183 is AArch64. */
function elfMachine(file: string): number {
	const header = readFileSync(file).subarray(0, 20);
	expect(header.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
	return header.readUInt16LE(18);
}

/** The character after Node's SEA fuse in the file: "1" once a blob is injected. */
async function fuseState(file: string): Promise<string | undefined> {
	const handle = await open(file);
	try {
		const chunk = Buffer.alloc(8 * 1024 * 1024);
		let carry = Buffer.alloc(0);
		let position = 0;
		for (;;) {
			const {bytesRead} = await handle.read(chunk, 0, chunk.length, position);
			if (bytesRead === 0) return undefined;
			position += bytesRead;
			const window = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
			const at = window.indexOf(fuse, 0, 'latin1');
			if (at !== -1 && at + fuse.length < window.length) return String.fromCharCode(window[at + fuse.length]!);
			carry = window.subarray(Math.max(0, window.length - fuse.length - 1));
		}
	} finally {
		await handle.close();
	}
}

/** A TCP port on the loopback that nothing listens on (just now). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const {port} = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/** Whether something accepts a TCP connection on 127.0.0.1:`port`. */
function connects(port: number): Promise<boolean> {
	return new Promise(resolve => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

describe('npm run build:standalone', () => {
	it('configures the executable to take no Node options from the environment (execArgvExtension "none")', () => {
		const config = seaConfig({main: 'main.cjs', output: 'sea.blob', assets: {'cli.mjs': 'cli.mjs'}, useCodeCache: true}) as {execArgvExtension?: string};
		expect(config.execArgvExtension).toBe('none');
	});

	it('made an executable for x86-64 and one for AArch64, each with the blob injected', async () => {
		expect(existsSync(x64), `${x64} is missing: npm run build:standalone`).toBe(true);
		expect(existsSync(arm64), `${arm64} is missing: npm run build:standalone`).toBe(true);
		expect(elfMachine(x64)).toBe(62);
		expect(elfMachine(arm64)).toBe(183);
		expect(await fuseState(x64)).toBe('1');
		expect(await fuseState(arm64)).toBe('1');
	});

	it('wrote dist/STANDALONE-NOTICES.md: the licences of the bundled packages and of Node', () => {
		const notices = readFileSync(join(dist, 'STANDALONE-NOTICES.md'), 'utf8');
		expect(notices).toMatch(new RegExp(`^## Node\\.js ${pinnedNodeVersion.replaceAll('.', '\\.')}\n\nNode\\.js is licensed`, 'm'));
		for (const name of ['ink', 'react', 'undici']) expect(notices).toMatch(new RegExp(`^## ${name} \\d`, 'm'));
	});

	it('wrote dist/SHA256SUMS, which sha256sum --check accepts', () => {
		const sums = readFileSync(join(dist, 'SHA256SUMS'), 'utf8');
		for (const name of ['segura-token-linux-x64', 'segura-token-linux-arm64']) {
			const hash = createHash('sha256').update(readFileSync(join(dist, name))).digest('hex');
			expect(sums).toContain(`${hash}  ${name}\n`);
		}
		expect(execFileSync('sha256sum', ['--check', 'SHA256SUMS'], {cwd: dist, encoding: 'utf8'})).toMatch(/segura-token-linux-x64: OK/);
	});
});

describe.runIf(canRunArm64)('the AArch64 executable under qemu-aarch64', () => {
	it('--version: the package version and the pinned Node, for linux-arm64', async () => {
		const tmp = freshTmp();
		const result = await run([qemu!, '-L', arm64Root, arm64], ['--version'], {}, tmp);
		expect(result).toEqual({code: 0, stdout: `${packageJson.version} (standalone executable, Node v${pinnedNodeVersion}, linux-arm64)\n`, stderr: ''});
		expect(readdirSync(tmp)).toEqual([]);
	});
});

describe.runIf(canRunX64)('the x86-64 executable', () => {
	let server: PracticeServer;
	const sessions: PtySession[] = [];

	beforeAll(async () => {
		server = await startPracticeServer();
	});

	afterEach(() => {
		for (const session of sessions.splice(0)) session.kill();
	});

	afterAll(async () => {
		await server?.close();
		removeChildEnvDirs();
		for (const dir of tmpDirs.splice(0)) rmSync(dir, {recursive: true, force: true});
	});

	it('--version: the package version and the pinned Node inside, exit 0', async () => {
		const tmp = freshTmp();
		const result = await run([x64], ['--version'], {}, tmp);
		expect(result).toEqual({code: 0, stdout: `${packageJson.version} (standalone executable, Node v${pinnedNodeVersion}, linux-x64)\n`, stderr: ''});
		expect(readdirSync(tmp)).toEqual([]);
	});

	it('get against the practice server prints the token alone, without a node on PATH or a usable TMPDIR', async () => {
		const provider = server.providers.find(p => p.kind === 'internal')!;
		const result = await run([x64], ['get', '--token-url', provider.tokenUrl, '--client-id', provider.clientId], {SEGURA_CLIENT_SECRET: provider.clientSecret}, '/nonexistent/tmp');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
		expect(jwtClaims(result.stdout.trim())['client_id']).toBe(provider.clientId);
		expect(result.stdout).not.toContain(provider.clientSecret);
	});

	it('an error keeps its exit code and message', async () => {
		const tmp = freshTmp();
		const result = await run([x64], ['nosuch'], {}, tmp);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('nosuch');
		expect(readdirSync(tmp)).toEqual([]);
	});

	it('segura-token demo in a terminal: the whole flow to "Token added", exit 0, nothing in TMPDIR at any step', async () => {
		const tmp = freshTmp();
		const s = startPty({command: [x64], args: ['demo'], cols: 80, rows: 24, env: childEnv({TMPDIR: tmp})});
		sessions.push(s);
		await s.waitFor('(1/5)');
		expect(readdirSync(tmp)).toEqual([]);
		const {clientId} = await collectFromScreen(s, 'en', 'internal');
		await chooseAndClear(s, en, 'i');
		await s.waitFor(en.complete);
		expect(readdirSync(tmp)).toEqual([]);
		s.write(keys.enter);
		await s.waitFor('u/Enter Use token');
		s.write('u');
		await s.waitFor(`✔ ${en.addedTitle}`);
		s.write(keys.enter);
		expect(await s.exit).toBe(0);
		const token = s.lines().find(line => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(line));
		expect(token, s.screen()).toBeDefined();
		expect(jwtClaims(token!)['client_id']).toBe(clientId);
		expect(readdirSync(tmp)).toEqual([]);
	});

	it('Ctrl+C in the wizard: exit 130', async () => {
		const tmp = freshTmp();
		const s = startPty({command: [x64], cols: 80, rows: 24, env: childEnv({TMPDIR: tmp})});
		sessions.push(s);
		await s.waitFor('(1/5)');
		// A key that shows up in the field: Ink reads the keyboard now, so Ctrl+C reaches the app.
		s.write('x');
		await s.waitFor(/^› x/m);
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expect(readdirSync(tmp)).toEqual([]);
	});

	// The SSH link dropping (SIGHUP) or a kill (SIGTERM) at the wizard. The executable runs under
	// a shell that prints the terminal's settings once it has ended: a program that left the
	// terminal raw would leave "-icanon -echo" there.
	it.each(['SIGTERM', 'SIGHUP'] as const)('%s at the wizard: it ends, the terminal is restored, nothing is left', async signal => {
		const tmp = freshTmp();
		const s = startPty({command: ['/bin/sh', '-c', '"$0"; echo "ended $?"; stty -a', x64], cols: 80, rows: 24, env: childEnv({TMPDIR: tmp})});
		sessions.push(s);
		await s.waitFor('(1/5)');
		s.write('x');
		await s.waitFor(/^› x/m);
		const children = childPids(s.pid);
		expect(children).toHaveLength(1);
		process.kill(children[0]!, signal);
		await waitUntil(s, () => /ended \d+/.test(s.output()) && /\bicanon\b/.test(s.output()), `the executable to end on ${signal} and stty to report`, 15_000);
		expect(await s.exit).toBe(0);
		// 128 + the signal's number, as the shell reports a process the signal ended.
		expect(s.output()).toMatch(signal === 'SIGTERM' ? /ended 143/ : /ended 129/);
		expect(s.output()).not.toMatch(/-icanon|-echo\b/);
		const output = s.output();
		expect(output.lastIndexOf('\u001B[?25h')).toBeGreaterThan(output.lastIndexOf('\u001B[?25l'));
		expect(readdirSync(tmp)).toEqual([]);
	});

	it('NODE_OPTIONS=--require=FILE: the file is not run, and the command works as without it, with no word about it', async () => {
		const tmp = freshTmp();
		const marker = join(tmp, 'required.marker');
		const script = join(tmp, 'require-me.cjs');
		writeFileSync(script, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n`);
		const result = await run([x64], ['--version'], {NODE_OPTIONS: `--require=${script}`}, tmp);
		expect(result).toEqual({code: 0, stdout: `${packageJson.version} (standalone executable, Node v${pinnedNodeVersion}, linux-x64)\n`, stderr: ''});
		expect(existsSync(marker)).toBe(false);
		const provider = server.providers.find(p => p.kind === 'internal')!;
		const got = await run([x64], ['get', '--token-url', provider.tokenUrl, '--client-id', provider.clientId], {NODE_OPTIONS: `-r ${script} --import=${pathToFileURL(script).href}`, SEGURA_CLIENT_SECRET: provider.clientSecret}, tmp);
		expect(got.code).toBe(0);
		expect(got.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
		expect(got.stderr).toBe('');
		expect(existsSync(marker)).toBe(false);
	});

	it('NODE_OPTIONS=--inspect: no debugger listens while the wizard runs', async () => {
		const port = await freePort();
		const tmp = freshTmp();
		const s = startPty({command: [x64], cols: 80, rows: 24, env: childEnv({TMPDIR: tmp, NODE_OPTIONS: `--inspect=127.0.0.1:${port}`})});
		sessions.push(s);
		await s.waitFor('(1/5)');
		expect(await connects(port)).toBe(false);
		// The check can fail: Node's own debugger, asked the same way, does listen.
		const node = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], {env: {...process.env, NODE_OPTIONS: `--inspect=127.0.0.1:${port}`}, stdio: ['ignore', 'ignore', 'pipe']});
		try {
			await new Promise(resolve => node.stderr.on('data', (data: Buffer) => data.toString().includes('Debugger listening') && resolve(undefined)));
			expect(await connects(port)).toBe(true);
		} finally {
			node.kill();
		}
		expect(s.output()).not.toContain('Debugger listening');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
	});

	it('writes nothing at start but its compiled code, in the cache folder ($XDG_CACHE_HOME/segura-token, or ~/.cache)', async () => {
		const tmp = freshTmp();
		const home = freshTmp();
		const env = {HOME: home, XDG_CACHE_HOME: undefined, XDG_CONFIG_HOME: undefined, XDG_DATA_HOME: undefined, XDG_STATE_HOME: undefined};
		expect((await run([x64], ['--version'], env, tmp)).code).toBe(0);
		const s = startPty({command: [x64], cols: 80, rows: 24, env: childEnv({...env, TMPDIR: tmp})});
		sessions.push(s);
		await s.waitFor('(1/5)');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		const written = readdirSync(home, {recursive: true, withFileTypes: true}).filter(entry => !entry.isDirectory()).map(entry => join(entry.parentPath, entry.name));
		expect(written.length).toBeGreaterThan(0);
		expect(written.filter(file => !file.startsWith(join(home, '.cache', 'segura-token') + '/'))).toEqual([]);
		expect(readdirSync(tmp)).toEqual([]);
	});

	it('DEV=true (Ink\'s switch for React DevTools): the wizard opens with no word about it', async () => {
		const s = startPty({command: [x64], cols: 80, rows: 24, env: childEnv({TMPDIR: freshTmp(), DEV: 'true'})});
		sessions.push(s);
		await s.waitFor('(1/5)');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expect(s.output()).not.toMatch(/went wrong|react-devtools|failed to load|package\.json/i);
	});
});
