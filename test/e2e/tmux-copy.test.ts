import {pollUntil} from '../helpers/poll.js';
import {execFile} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {which} from '../clipboard/helpers.js';
import {isolatedEnv} from '../clipboard/tmux-server.js';
import {cliPath} from '../helpers/pty.js';
import {practiceProfile, saveProfiles} from '../helpers/saved-profile.js';
import {tokenOnScreen} from '../helpers/wizard-walk.js';

// Issue 5: the copy key of the built wizard, running in a pane of a real tmux server with
// set-clipboard on, puts the token in tmux's paste buffer (`tmux show-buffer`).

const tmuxPath = await which('tmux');
const noTmux = 'tmux is not installed on this machine (.ci/run installs it with apt-get)';

const credentials = {
	internal: {clientId: 'e2e-tmux-internal', clientSecret: 'TmuxInternal0Secret1Never2Shown3'},
	'third-party': {clientId: 'e2e-tmux-third', clientSecret: 'TmuxThird4Party5Secret6Hidden7'},
} as const;

let practice: PracticeServer;
let configHome: string;
let socket: {name: string; env: NodeJS.ProcessEnv} | undefined;

beforeAll(async () => {
	configHome = mkdtempSync(join(tmpdir(), 'segura-token-tmux-e2e-'));
	practice = await startPracticeServer({credentials});
	// A saved profile with its secret: the token is two keys away, and the test stays short.
	await saveProfiles({XDG_CONFIG_HOME: configHome}, [practiceProfile(practice, 'tmuxed', 'internal', true)]);
});

afterEach(async () => {
	if (!socket) return;
	const {name, env} = socket;
	socket = undefined;
	const path = await tmux(name, env, 'display-message', '-p', '#{socket_path}').catch(() => '');
	await tmux(name, env, 'kill-server').catch(() => undefined);
	// tmux 3.3 leaves the socket file behind after kill-server.
	if (path.trim()) await rm(path.trim(), {force: true});
});

afterAll(async () => {
	await practice?.close();
	rmSync(configHome, {recursive: true, force: true});
});

function tmux(name: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile('tmux', ['-L', name, ...args], {env, timeout: 10_000}, (error, stdout, stderr) => {
			if (error) reject(new Error(`tmux ${args.join(' ')} failed: ${stderr || error.message}`));
			else resolve(stdout);
		});
	});
}

it('c in the Copy step puts the token in tmux\'s paste buffer', async context => {
	if (!tmuxPath) context.skip(noTmux);
	const name = `segura-token-e2e-${process.pid}-${randomBytes(4).toString('hex')}`;
	// The server's environment becomes the pane's: a config of its own, English, no CI (Ink would
	// draw only the last frame), and no tie to another tmux, screen or desktop clipboard.
	const env: NodeJS.ProcessEnv = {...isolatedEnv(), XDG_CONFIG_HOME: configHome, LANG: 'en_US.UTF-8'};
	for (const variable of ['LC_ALL', 'LC_MESSAGES', 'SEGURA_CLIENT_SECRET', 'NO_COLOR', 'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy']) {
		delete env[variable];
	}
	socket = {name, env};
	// The exit status goes to a file: tmux, under load, can mark the pane dead without ever
	// recording the status (#{pane_dead_status} stays empty).
	const statusFile = join(configHome, 'exit-status');
	const command = `'${process.execPath}' '${cliPath}' --profile tmuxed; echo $? > '${statusFile}'`;
	await tmux(name, env, '-f', '/dev/null', 'new-session', '-d', '-s', 'wizard', '-x', '100', '-y', '40', command,
		';', 'set-option', '-g', 'set-clipboard', 'on',
		';', 'set-option', '-g', 'remain-on-exit', 'on');
	const screen = async () => tmux(name, env, 'capture-pane', '-p', '-t', 'wizard');
	const waitFor = async (text: string) => {
		let last = '';
		await pollUntil(async () => (last = await screen()).includes(text), `"${text}" in the pane`).catch(() => {
			throw new Error(`timed out waiting for "${text}"; the pane:\n${last}`);
		});
	};
	const send = (...keys: string[]) => tmux(name, env, 'send-keys', '-t', 'wizard', ...keys);

	// --profile with a remembered secret: the request starts at once.
	await waitFor('Authentication complete');
	await send('Enter');
	await waitFor('c copy');
	expect(await tmux(name, env, 'list-buffers')).toBe('');
	await send('c');
	await waitFor("Copied to tmux's buffer");
	const buffer = await tmux(name, env, 'show-buffer');

	// The token as the wizard shows it once revealed: the rows under "Access token", joined.
	await send('r');
	await waitFor('r hide');
	const token = tokenOnScreen((await screen()).split('\n').map(row => row.trimEnd()).join('\n'));
	expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
	expect(buffer).toBe(token);
	// It is the token this run recorded (metadata only) in the profile's history.
	const stored = JSON.parse(readFileSync(join(configHome, 'segura-token', 'config.json'), 'utf8')) as {profiles: Array<{history: Array<{last4: string}>}>};
	expect(stored.profiles[0]?.history.at(-1)?.last4).toBe(token.slice(-4));

	await send('u');
	await waitFor('Token added');
	await send('Enter');
	await pollUntil(() => existsSync(statusFile) && readFileSync(statusFile, 'utf8').endsWith('\n'), 'the wizard to exit', 20_000).catch(async (error: Error) => {
		throw new Error(`${error.message}; the pane:\n${await screen()}`);
	});
	expect(readFileSync(statusFile, 'utf8')).toBe('0\n');
	// Nothing on the pane, scrollback included, showed the client secret.
	const history = await tmux(name, env, 'capture-pane', '-p', '-S', '-', '-t', 'wizard');
	expect(history.includes(credentials.internal.clientSecret), 'the secret in the pane').toBe(false);
});
