import {execFile} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {rm} from 'node:fs/promises';

export type TmuxServer = Readonly<{
	socketName: string;
	/** `tmux -L <socket> ...args`, rejecting on a non-zero exit. */
	tmux: (...args: string[]) => Promise<string>;
	/** An environment that makes a tmux client (and our copy) talk to this server, as in a pane. */
	paneEnv: (base?: NodeJS.ProcessEnv) => NodeJS.ProcessEnv;
	kill: () => Promise<void>;
}>;

/**
 * The caller's environment minus what ties a tmux client to another server, and minus what would
 * make a copy inside the panes take another way (a desktop, screen, SSH).
 */
export function isolatedEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const env = {...base};
	for (const name of ['TMUX', 'TMUX_PANE', 'STY', 'DISPLAY', 'WAYLAND_DISPLAY', 'SSH_CONNECTION', 'SSH_CLIENT', 'SSH_TTY', 'CI']) {
		delete env[name];
	}
	return env;
}

function exec(args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile('tmux', [...args], {env, timeout: 10_000}, (error, stdout, stderr) => {
			if (error) reject(new Error(`tmux ${args.join(' ')} failed: ${stderr || error.message}`));
			else resolve(stdout);
		});
	});
}

/** A tmux server of its own (`-L` socket, no config file), detached, with one 80x24 session. */
export async function startTmuxServer(): Promise<TmuxServer> {
	const socketName = `segura-token-test-${process.pid}-${randomBytes(4).toString('hex')}`;
	const env = isolatedEnv();
	const tmux = async (...args: string[]) => exec(['-L', socketName, ...args], env);
	await exec(['-L', socketName, '-f', '/dev/null', 'new-session', '-d', '-s', 'main', '-x', '80', '-y', '24'], env);
	const [socketPath, pid] = (await tmux('display-message', '-p', '-t', 'main', '#{socket_path} #{pid}')).trim().split(' ');
	return {
		socketName,
		tmux,
		// $TMUX is "socket,server pid,session index", what tmux itself sets in each pane.
		paneEnv: (base = env) => ({...isolatedEnv(base), TMUX: `${socketPath},${pid},0`}),
		kill: async () => {
			await tmux('kill-server').catch(() => undefined);
			// tmux 3.3 leaves the socket file behind after kill-server.
			if (socketPath) await rm(socketPath, {force: true});
		},
	};
}

