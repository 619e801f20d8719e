import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {childPids, cliPath, startPty, type PtySession} from '../helpers/pty.js';
import {type RunningServer, startTcpServer} from '../helpers/servers.js';
import {childEnv, removeChildEnvDirs, waitUntil} from '../helpers/wizard-walk.js';

// What ends a process on a jump host: `kill` (SIGTERM) and the SSH link dropping (SIGHUP). Each
// is sent to the built CLI, run in a real terminal under a shell that reports the terminal's
// modes once the CLI is gone: the CLI must end at once, say which signal it was, exit with
// 128 + its number, and leave the terminal in line mode with echo.

const codes = {SIGTERM: 143, SIGHUP: 129} as const;
const said = {SIGTERM: 'Stopped by a termination signal (SIGTERM).', SIGHUP: 'Stopped: the terminal or the SSH connection closed (SIGHUP).'} as const;
type Signal = keyof typeof codes;

let hanging: RunningServer;
const sessions: PtySession[] = [];
const folders: string[] = [];

beforeAll(async () => {
	// Accepts connections and never answers: a request waits until it is cancelled.
	hanging = await startTcpServer(() => undefined);
});

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

afterAll(async () => {
	await hanging?.close();
	removeChildEnvDirs();
	for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true});
});

/** The CLI under a shell that prints the terminal's modes after it exits, and the exit code. */
function inShell(args: readonly string[], env: NodeJS.ProcessEnv = {}): PtySession {
	const script = `"$0" "$@"; code=$?; echo "TTY: $(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' ')END"; exit $code`;
	const session = startPty({command: ['/bin/sh', '-c', script, process.execPath, cliPath], args, env: childEnv(env), cols: 80, rows: 24});
	sessions.push(session);
	return session;
}

/** Sends `signal` to the CLI itself (the shell's child), as `kill` or sshd would. */
async function signalCli(s: PtySession, signal: Signal): Promise<void> {
	await waitUntil(s, () => childPids(s.pid).length > 0, 'the CLI to run under the shell');
	for (const pid of childPids(s.pid)) process.kill(pid, signal);
}

async function expectStopped(s: PtySession, signal: Signal): Promise<void> {
	expect(await s.exit).toBe(codes[signal]);
	// The shell's report may still be on its way when the exit is known: wait for its end mark.
	await s.waitFor(/TTY: [^\n]*END/);
	expect(s.screen()).toContain(said[signal]);
	expect(s.screen()).toContain('TTY: icanon echo END');
}

describe.each(['SIGTERM', 'SIGHUP'] as const)('%s', signal => {
	it('ends get at its hidden Client Secret prompt', async () => {
		const s = inShell(['get', '--client-secret-stdin', '--token-url', `${hanging.origin}/iso/oauth2/token`, '--client-id', 'okta']);
		await s.waitFor('Client Secret (hidden):');
		await signalCli(s, signal);
		await expectStopped(s, signal);
	});

	it('ends get while it waits for the token server', async () => {
		const before = hanging.stats.connections;
		const s = inShell(['get', '--token-url', `${hanging.origin}/iso/oauth2/token`, '--client-id', 'okta'], {SEGURA_CLIENT_SECRET: 'signal-test-secret'});
		await waitUntil(s, () => hanging.stats.connections > before, 'the request to reach the server');
		await signalCli(s, signal);
		await expectStopped(s, signal);
	});

	it('ends verify while it waits for the SCIM server', async () => {
		const before = hanging.stats.connections;
		const s = inShell(['verify', '--base-url', `${hanging.origin}/iso/scim/v2`], {SEGURA_TOKEN: 'abc.def.ghi'});
		await waitUntil(s, () => hanging.stats.connections > before, 'the check to reach the server');
		await signalCli(s, signal);
		await expectStopped(s, signal);
	});

	it('ends the Ink wizard, the terminal back in line mode', async () => {
		const s = inShell([]);
		await s.waitFor('(1/5)');
		await s.type('https://segura');
		await s.waitFor('› https://segura');
		await signalCli(s, signal);
		await expectStopped(s, signal);
	});

	it('ends the plain wizard at its prompt', async () => {
		const s = inShell(['--plain']);
		await s.waitFor('? Segura URL');
		await signalCli(s, signal);
		await expectStopped(s, signal);
	});
});

describe('get --output to a named pipe nobody reads', () => {
	function fifo(): string {
		const folder = mkdtempSync(join(tmpdir(), 'segura-fifo-'));
		folders.push(folder);
		const path = join(folder, 'token.fifo');
		execFileSync('mkfifo', [path]);
		return path;
	}

	it('is not waited on forever: the token is refused at once, and said why', async () => {
		const path = fifo();
		const {startPracticeServer} = await import('../../source/demo/practice-server.js');
		const practice = await startPracticeServer();
		try {
			const [provider] = practice.providers;
			const s = inShell(['get', '--output', path, '--force', '--token-url', provider!.tokenUrl, '--client-id', provider!.clientId], {
				SEGURA_CLIENT_SECRET: provider!.clientSecret,
			});
			expect(await s.exit).toBe(2);
			expect(s.lines().join('')).toContain('no process is reading');
		} finally {
			await practice.close();
		}
	});

	it('without --force is an existing file, kept', async () => {
		const s = inShell(['get', '--output', fifo(), '--token-url', `${hanging.origin}/iso/oauth2/token`, '--client-id', 'okta'], {SEGURA_CLIENT_SECRET: 'x'});
		expect(await s.exit).toBe(2);
		expect(s.lines().join(' ').replace(/\s+/g, ' ')).toContain('already exists; it was left as it was');
	});
});
