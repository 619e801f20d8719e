import {readFile} from 'node:fs/promises';
import {Writable} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {copyToClipboard} from '../../source/clipboard/copy.js';
import {osc52, screenChunks, tmuxPassthrough} from '../../source/clipboard/osc52.js';
import {byteCollector, fakeToken, makeTempDir, recordingRun, type TempDir, which, writeStandIn} from './helpers.js';

let temp: TempDir;
beforeEach(async () => {
	temp = await makeTempDir();
});
afterEach(async () => {
	await temp.remove();
});

/** An environment with nothing of the caller's: no TMUX, STY, DISPLAY or SSH leaking in. */
const envWith = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({PATH: temp.path, TERM: 'xterm-256color', ...extra});

function expectNoTokenInArgv(calls: ReadonlyArray<{args: readonly string[]; command: string}>): void {
	for (const call of calls) {
		expect(call.command).not.toContain(fakeToken);
		for (const arg of call.args) expect(arg).not.toContain(fakeToken);
	}
}

describe('the terminal gets the exact sequence', () => {
	it('plain OSC 52 outside any multiplexer, and nothing is spawned', async () => {
		const terminal = byteCollector();
		const {run, calls} = recordingRun();
		const result = await copyToClipboard(fakeToken, {env: envWith({}), platform: 'linux', openTerminal: terminal.open, run});
		expect(terminal.text()).toBe(osc52(fakeToken));
		expect(result).toEqual({used: [{way: 'osc52'}], failed: []});
		expect(calls).toEqual([]);
	});

	it('DCS chunks inside GNU screen ($STY)', async () => {
		const terminal = byteCollector();
		const result = await copyToClipboard(fakeToken, {env: envWith({STY: '1234.pts-0.host'}), platform: 'linux', openTerminal: terminal.open});
		expect(terminal.text()).toBe(screenChunks(osc52(fakeToken)));
		expect(result).toEqual({used: [{way: 'osc52-screen'}], failed: []});
	});

	it('the tmux passthrough inside tmux ($TMUX), with load-buffer given the token on stdin only', async () => {
		const terminal = byteCollector();
		const {run, calls} = recordingRun();
		// No tmux on this PATH: the buffer fails, the terminal write still goes out.
		const result = await copyToClipboard(fakeToken, {
			env: envWith({TMUX: '/tmp/tmux-0/nowhere,1,0'}),
			platform: 'linux',
			openTerminal: terminal.open,
			run,
		});
		expect(terminal.text()).toBe(tmuxPassthrough(osc52(fakeToken)));
		expect(result.used).toEqual([{way: 'osc52-tmux'}]);
		expect(result.failed).toEqual([{way: 'tmux-buffer', tool: 'tmux', reason: 'not-found'}]);
		expect(calls).toEqual([{command: 'tmux', args: ['load-buffer', '-w', '-'], input: fakeToken}]);
		expectNoTokenInArgv(calls);
	});
});

describe('when the terminal cannot take it', () => {
	it('says there is no terminal when /dev/tty cannot be opened', async () => {
		const result = await copyToClipboard(fakeToken, {
			env: envWith({}),
			platform: 'linux',
			openTerminal: () => {
				throw Object.assign(new Error('ENXIO: no such device or address, open \'/dev/tty\''), {code: 'ENXIO'});
			},
		});
		expect(result).toEqual({used: [], failed: [{way: 'osc52', reason: 'no-terminal', detail: 'ENXIO'}]});
	});

	it('skips OSC 52 on TERM=dumb without opening the terminal', async () => {
		const terminal = byteCollector();
		const result = await copyToClipboard(fakeToken, {env: envWith({TERM: 'dumb'}), platform: 'linux', openTerminal: terminal.open});
		expect(result.failed).toEqual([{way: 'osc52', reason: 'dumb-terminal'}]);
		expect(terminal.opened()).toBe(0);
	});

	it('refuses a sequence too long for terminals rather than sending half a token', async () => {
		const terminal = byteCollector();
		const result = await copyToClipboard('x'.repeat(80_000), {env: envWith({}), platform: 'linux', openTerminal: terminal.open});
		expect(result.failed).toMatchObject([{way: 'osc52', reason: 'too-long'}]);
		expect(terminal.text()).toBe('');
	});

	it('reports a write that fails', async () => {
		const broken = new Writable({
			write(_chunk, _encoding, callback) {
				callback(Object.assign(new Error('EIO: i/o error, write'), {code: 'EIO'}));
			},
		});
		const result = await copyToClipboard(fakeToken, {env: envWith({}), platform: 'linux', openTerminal: () => broken});
		expect(result).toEqual({used: [], failed: [{way: 'osc52', reason: 'write-failed', detail: 'EIO'}]});
	});

	it('refuses to copy nothing', async () => {
		await expect(copyToClipboard('', {env: envWith({}), platform: 'linux', openTerminal: byteCollector().open})).rejects.toThrow(TypeError);
	});
});

describe('the desktop clipboard', () => {
	it('fails fast and says which tools it looked for when none is installed', async () => {
		const {run, calls} = recordingRun();
		const started = Date.now();
		const result = await copyToClipboard(fakeToken, {
			env: envWith({DISPLAY: ':99'}),
			platform: 'linux',
			openTerminal: byteCollector().open,
			run,
			timeoutMs: 5000,
		});
		expect(Date.now() - started).toBeLessThan(2000);
		expect(result.used).toEqual([{way: 'osc52'}]);
		expect(result.failed).toEqual([{way: 'system', tool: 'xclip, xsel', reason: 'not-found'}]);
		expect(calls.map(call => call.command)).toEqual(['xclip', 'xsel']);
		expectNoTokenInArgv(calls);
	});

	it('looks for wl-copy first on Wayland, and pbcopy on macOS', async () => {
		const wayland = await copyToClipboard(fakeToken, {
			env: envWith({WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0'}),
			platform: 'linux',
			openTerminal: byteCollector().open,
		});
		expect(wayland.failed).toEqual([{way: 'system', tool: 'wl-copy, xclip, xsel', reason: 'not-found'}]);
		const mac = await copyToClipboard(fakeToken, {env: envWith({}), platform: 'darwin', openTerminal: byteCollector().open});
		expect(mac.failed).toEqual([{way: 'system', tool: 'pbcopy', reason: 'not-found'}]);
	});

	it('leaves the desktop clipboard alone over SSH, even with a forwarded DISPLAY', async () => {
		const {run, calls} = recordingRun();
		const result = await copyToClipboard(fakeToken, {
			env: envWith({DISPLAY: 'localhost:10.0', SSH_CONNECTION: '10.0.0.1 50000 10.0.0.2 22'}),
			platform: 'linux',
			openTerminal: byteCollector().open,
			run,
		});
		expect(result).toEqual({used: [{way: 'osc52'}], failed: []});
		expect(calls).toEqual([]);
	});

	it('gives the token to the tool on stdin and reports success', async () => {
		const received = temp.file('received');
		const argsFile = temp.file('args');
		await writeStandIn(temp.path, 'xclip', `printf '%s\\n' "$@" > '${argsFile}'; cat > '${received}'`);
		const {run, calls} = recordingRun();
		const result = await copyToClipboard(fakeToken, {env: envWith({DISPLAY: ':0'}), platform: 'linux', openTerminal: byteCollector().open, run});
		expect(result).toEqual({used: [{way: 'osc52'}, {way: 'system', tool: 'xclip'}], failed: []});
		expect(await readFile(received, 'utf8')).toBe(fakeToken);
		expect(await readFile(argsFile, 'utf8')).toBe('-selection\nclipboard\n');
		expectNoTokenInArgv(calls);
	});

	it('passes on the tool\'s own reason when it fails, and does not try the next tool', async () => {
		await writeStandIn(temp.path, 'xclip', 'cat > /dev/null; echo "Error: Can\'t open display: $DISPLAY" >&2; exit 1');
		await writeStandIn(temp.path, 'xsel', 'exit 0');
		const {run, calls} = recordingRun();
		const result = await copyToClipboard(fakeToken, {env: envWith({DISPLAY: ':99'}), platform: 'linux', openTerminal: byteCollector().open, run});
		expect(result.failed).toEqual([{way: 'system', tool: 'xclip', reason: 'failed', detail: "Error: Can't open display: :99"}]);
		expect(calls.map(call => call.command)).toEqual(['xclip']);
	});

	it('gives up on a tool that hangs after the timeout', async () => {
		await writeStandIn(temp.path, 'xclip', 'exec sleep 30');
		const started = Date.now();
		const result = await copyToClipboard(fakeToken, {
			env: envWith({DISPLAY: ':99'}),
			platform: 'linux',
			openTerminal: byteCollector().open,
			timeoutMs: 300,
		});
		expect(Date.now() - started).toBeLessThan(3000);
		expect(result.failed).toEqual([{way: 'system', tool: 'xclip', reason: 'timeout', detail: '300 ms'}]);
	});

	it('keeps the token out of the reason even if a tool echoes it', async () => {
		await writeStandIn(temp.path, 'xclip', 'echo "bad input: $(cat)" >&2; exit 1');
		const result = await copyToClipboard(fakeToken, {env: envWith({DISPLAY: ':0'}), platform: 'linux', openTerminal: byteCollector().open});
		expect(result.failed).toEqual([{way: 'system', tool: 'xclip', reason: 'failed', detail: 'bad input: …'}]);
	});

	it('real xclip without a reachable display fails fast with its reason', async context => {
		const xclip = await which('xclip');
		if (!xclip) context.skip('xclip is not installed on this machine');
		const started = Date.now();
		const result = await copyToClipboard(fakeToken, {
			env: {PATH: process.env['PATH'], DISPLAY: ':987', TERM: 'xterm'},
			platform: 'linux',
			openTerminal: byteCollector().open,
		});
		expect(Date.now() - started).toBeLessThan(2500);
		expect(result.failed).toMatchObject([{way: 'system', tool: 'xclip'}]);
		expect(result.failed[0]?.detail ?? '').toMatch(/display/i);
	});
});
