import {pollUntil} from '../helpers/poll.js';
import {readFile, stat, writeFile} from 'node:fs/promises';
import {afterAll, afterEach, beforeAll, describe, expect, it, type TestContext} from 'vitest';
import {copyToClipboard} from '../../source/clipboard/copy.js';
import type {CopyResult} from '../../source/clipboard/copy-result.js';
import {osc52, tmuxPassthrough} from '../../source/clipboard/osc52.js';
import {startPty, type PtySession} from '../helpers/pty.js';
import {bundlePaneFixture, byteCollector, fakeToken, makeTempDir, recordingRun, type TempDir, which} from './helpers.js';
import {isolatedEnv, startTmuxServer, type TmuxServer} from './tmux-server.js';

const tmuxPath = await which('tmux');
const noTmux = 'tmux is not installed on this machine (.ci/run installs it with apt-get)';

let temp: TempDir;
let bundle: string;
let server: TmuxServer | undefined;
let client: PtySession | undefined;

beforeAll(async () => {
	temp = await makeTempDir();
	if (!tmuxPath) return;
	bundle = await bundlePaneFixture(temp.path);
	await writeFile(temp.file('token'), fakeToken, {mode: 0o600});
});

afterEach(async () => {
	client?.kill();
	client = undefined;
	await server?.kill();
	server = undefined;
});

afterAll(async () => {
	await temp.remove();
});

async function startServer(context: TestContext, options: Readonly<Record<string, string>>): Promise<TmuxServer> {
	if (!tmuxPath) context.skip(noTmux);
	server = await startTmuxServer();
	for (const [name, value] of Object.entries(options)) await server.tmux('set-option', '-g', name, value);
	return server;
}

/** Runs the fixture in a new window of `tmux` (the active one unless `detached`); resolves with its result. */
async function runInPane(
	tmux: TmuxServer,
	name: string,
	job: Readonly<{mode: 'copy' | 'passthrough'; withoutTmux: boolean}>,
	detached: boolean,
): Promise<Readonly<{result: unknown; stdout: string}>> {
	const jobFile = temp.file(`${name}.json`);
	const resultFile = temp.file(`${name}.result`);
	const stdoutFile = temp.file(`${name}.stdout`);
	await writeFile(jobFile, JSON.stringify({...job, tokenFile: temp.file('token'), resultFile}));
	// stdout goes to a file, as with `get --copy > file`: the sequence must take /dev/tty instead.
	const command = `exec '${process.execPath}' '${bundle}' '${jobFile}' > '${stdoutFile}' 2>&1`;
	await tmux.tmux('new-window', ...(detached ? ['-d'] : []), '-t', 'main', command);
	await pollUntil(async () => stat(resultFile).then(() => true, () => false), `the pane to finish ${name}`);
	return {result: JSON.parse(await readFile(resultFile, 'utf8')) as unknown, stdout: await readFile(stdoutFile, 'latin1')};
}

async function showBuffer(tmux: TmuxServer): Promise<string> {
	return tmux.tmux('show-buffer').catch(() => '');
}

/** A real terminal client attached to the server, its output kept raw. */
async function attachClient(tmux: TmuxServer): Promise<PtySession> {
	const session = startPty({command: ['tmux', '-L', tmux.socketName, 'attach-session', '-t', 'main'], env: isolatedEnv()});
	client = session;
	await pollUntil(async () => (await tmux.tmux('list-clients')).trim() !== '', 'the client to attach');
	return session;
}

describe('copy under a real tmux server', () => {
	it('puts the token in tmux\'s paste buffer through load-buffer on stdin, and sends the passthrough', async context => {
		const tmux = await startServer(context, {'set-clipboard': 'on'});
		const terminal = byteCollector();
		const {run, calls} = recordingRun();
		const result = await copyToClipboard(fakeToken, {
			env: tmux.paneEnv({PATH: process.env['PATH'], TERM: 'tmux-256color'}),
			platform: 'linux',
			openTerminal: terminal.open,
			run,
		});
		expect(result).toEqual<CopyResult>({used: [{way: 'osc52-tmux'}, {way: 'tmux-buffer', tool: 'tmux'}], failed: []});
		expect(await showBuffer(tmux)).toBe(fakeToken);
		expect(terminal.text()).toBe(tmuxPassthrough(osc52(fakeToken)));
		expect(calls).toEqual([{command: 'tmux', args: ['load-buffer', '-w', '-'], input: fakeToken}]);
	});

	it('reports a tmux server that is gone, with tmux\'s own words', async context => {
		const tmux = await startServer(context, {});
		const env = tmux.paneEnv({PATH: process.env['PATH']});
		await tmux.kill();
		const result = await copyToClipboard(fakeToken, {env, platform: 'linux', openTerminal: byteCollector().open});
		expect(result.used).toEqual([{way: 'osc52-tmux'}]);
		expect(result.failed).toMatchObject([{way: 'tmux-buffer', tool: 'tmux', reason: 'failed'}]);
		expect(result.failed[0]?.detail).toMatch(/server|connect|no such file/i);
	});

	it('from a pane, plain OSC 52 goes to the pane\'s /dev/tty (not the redirected stdout) and tmux takes it', async context => {
		const tmux = await startServer(context, {'set-clipboard': 'on'});
		const {result, stdout} = await runInPane(tmux, 'plain', {mode: 'copy', withoutTmux: true}, true);
		expect(result).toEqual({used: [{way: 'osc52'}], failed: []});
		expect(stdout).toBe('finished\n');
		// tmux read the sequence from the pane and made a paste buffer of it.
		await pollUntil(async () => (await showBuffer(tmux)) === fakeToken, 'tmux to make a buffer of the OSC 52');
	});

	it('the passthrough reaches the outer terminal as the exact OSC 52', async context => {
		// set-clipboard off: tmux itself forwards nothing, so only the passthrough can deliver it.
		const tmux = await startServer(context, {'set-clipboard': 'off', 'allow-passthrough': 'on'});
		const outer = await attachClient(tmux);
		const {result} = await runInPane(tmux, 'passthrough', {mode: 'passthrough', withoutTmux: false}, false);
		expect(result).toEqual({written: true});
		await pollUntil(() => outer.output().includes(osc52(fakeToken)), 'the OSC 52 at the outer terminal');
	});

	it('a full copy from a pane: in the buffer, at the outer terminal, and stdout clean', async context => {
		const tmux = await startServer(context, {'set-clipboard': 'on', 'allow-passthrough': 'on'});
		const outer = await attachClient(tmux);
		const {result, stdout} = await runInPane(tmux, 'full', {mode: 'copy', withoutTmux: false}, false);
		expect(result).toEqual({used: [{way: 'osc52-tmux'}, {way: 'tmux-buffer', tool: 'tmux'}], failed: []});
		expect(stdout).toBe('finished\n');
		expect(await showBuffer(tmux)).toBe(fakeToken);
		const base64 = Buffer.from(fakeToken).toString('base64');
		await pollUntil(() => outer.output().includes(base64), 'the token\'s OSC 52 at the outer terminal');
	});
});
