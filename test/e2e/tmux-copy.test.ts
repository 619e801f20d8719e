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
import {copyText, extraText, wizardText} from '../../source/i18n/text.js';
import type {Lang} from '../../source/i18n/lang.js';

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

/** [columns, language]: the widths the issue was seen at, in both languages. */
const setups: ReadonlyArray<readonly [number, Lang]> = [
	[80, 'en'],
	[40, 'en'],
	[80, 'pt-BR'],
	[40, 'pt-BR'],
];

// Issue 1 of the SSH session: wherever the token itself is shown (r, p, the ending), it is one
// logical line that the terminal wraps, which `capture-pane -J` reads back whole.
it.for(setups)('at $0 columns in $1: c puts the token in tmux\'s paste buffer; r, p and the ending write it as one line the terminal wraps', async ([columns, lang], context) => {
	if (!tmuxPath) context.skip(noTmux);
	const text = wizardText[lang];
	const name = `segura-token-e2e-${process.pid}-${randomBytes(4).toString('hex')}`;
	// The server's environment becomes the pane's: a config of its own, the language, no CI (Ink
	// would draw only the last frame), and no tie to another tmux, screen or desktop clipboard.
	const env: NodeJS.ProcessEnv = {...isolatedEnv(), XDG_CONFIG_HOME: configHome, LANG: lang === 'en' ? 'en_US.UTF-8' : 'pt_BR.UTF-8'};
	for (const variable of ['LC_ALL', 'LC_MESSAGES', 'SEGURA_CLIENT_SECRET', 'NO_COLOR', 'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy']) {
		delete env[variable];
	}
	socket = {name, env};
	// The exit status goes to a file: tmux, under load, can mark the pane dead without ever
	// recording the status (#{pane_dead_status} stays empty).
	const statusFile = join(configHome, `exit-status-${columns}-${lang}`);
	const command = `'${process.execPath}' '${cliPath}' --profile tmuxed; echo $? > '${statusFile}'`;
	await tmux(name, env, '-f', '/dev/null', 'new-session', '-d', '-s', 'wizard', '-x', String(columns), '-y', '24', command,
		';', 'set-option', '-g', 'set-clipboard', 'on',
		';', 'set-option', '-g', 'remain-on-exit', 'on',
		';', 'set-option', '-g', 'history-limit', '5000');
	const screen = async () => tmux(name, env, 'capture-pane', '-p', '-t', 'wizard');
	// The whole pane, scrollback included, with the rows the terminal wrapped joined into the line the program wrote.
	const joined = async () => (await tmux(name, env, 'capture-pane', '-p', '-J', '-S', '-', '-t', 'wizard')).split('\n').map(line => line.trimEnd());
	const waitFor = async (wanted: string) => {
		let last = '';
		await pollUntil(async () => (last = await screen()).replace(/\s+/g, ' ').includes(wanted), `"${wanted}" in the pane`).catch(() => {
			throw new Error(`timed out waiting for "${wanted}"; the pane:\n${last}`);
		});
	};
	const send = (...keys: string[]) => tmux(name, env, 'send-keys', '-t', 'wizard', ...keys);

	// --profile with a remembered secret: the request starts at once.
	await waitFor(text.complete);
	await send('Enter');
	await waitFor(`c ${text.keyLabels.copy}`);
	expect(await tmux(name, env, 'list-buffers')).toBe('');
	await send('c');
	await waitFor(copyText.inTmuxBuffer[lang].slice(0, 20));
	const token = await tmux(name, env, 'show-buffer');
	expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
	// Wider than the pane: the terminal wraps it, so a mouse selection could come in pieces.
	expect(token.length).toBeGreaterThan(2 * columns);
	const whole = async () => (await joined()).filter(line => line === token).length;
	expect(await whole()).toBe(0);

	// r (show) and p: the token written alone on one line, each time.
	await send('r');
	await pollUntil(async () => (await whole()) === 1, 'the token shown by r as one line');
	await send('p');
	await pollUntil(async () => (await whole()) === 2, 'the token printed by p as one line');
	// No line holds a piece of it: the frame never draws the token itself, broken by the face.
	const pieces = (await joined()).filter(line => line !== token && line.length >= 16 && token.includes(line));
	expect(pieces).toEqual([]);
	// It is the token this run recorded (metadata only) in the profile's history.
	const stored = JSON.parse(readFileSync(join(configHome, 'segura-token', 'config.json'), 'utf8')) as {profiles: Array<{history: Array<{last4: string}>}>};
	expect(stored.profiles[0]?.history.at(-1)?.last4).toBe(token.slice(-4));

	await send('u');
	await waitFor(text.addedTitle);
	await send('Enter');
	await pollUntil(() => existsSync(statusFile) && readFileSync(statusFile, 'utf8').endsWith('\n'), 'the wizard to exit', 20_000).catch(async (error: Error) => {
		throw new Error(`${error.message}; the pane:\n${await screen()}`);
	});
	expect(readFileSync(statusFile, 'utf8')).toBe('0\n');
	// The ending leaves it once more, whole on its line, and says where it went.
	expect(await whole()).toBe(3);
	const lines = await joined();
	const after = lines.slice(lines.lastIndexOf(token) + 1).join(' ').replace(/\s+/g, ' ');
	const fate = extraText[lang].fate;
	expect(after).toContain(fate.copied([fate.places.tmux, fate.places.terminal], true));
	// Nothing on the pane, scrollback included, showed the client secret.
	const history = await tmux(name, env, 'capture-pane', '-p', '-S', '-', '-t', 'wizard');
	expect(history.includes(credentials.internal.clientSecret), 'the secret in the pane').toBe(false);
});
