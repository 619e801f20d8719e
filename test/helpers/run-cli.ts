import {spawn, type SpawnOptions} from 'node:child_process';
import {cliPath} from './pty.js';

export type CliResult = Readonly<{code: number | null; stdout: string; stderr: string}>;

export type RunOptions = Readonly<{
	/** Added to this process's environment; a name set to undefined is removed. */
	env?: NodeJS.ProcessEnv;
	/** Written to standard input, which is then closed; without it standard input is empty. */
	input?: string;
	timeoutMs?: number;
	cwd?: string;
	uid?: number;
}>;

/** A program as a child process with pipes, what it wrote collected; killed after the time limit, which fails it. */
export function runCaptured(file: string, args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const env: NodeJS.ProcessEnv = {...process.env, ...options.env};
		for (const [name, value] of Object.entries(options.env ?? {})) if (value === undefined) delete env[name];
		const spawnOptions: SpawnOptions = {env, stdio: ['pipe', 'pipe', 'pipe'], ...(options.cwd ? {cwd: options.cwd} : {}), ...(options.uid === undefined ? {} : {uid: options.uid, gid: options.uid})};
		const child = spawn(file, [...args], spawnOptions);
		let stdout = '';
		let stderr = '';
		child.stdout!.on('data', (data: Buffer) => (stdout += data.toString()));
		child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${file} ${args.join(' ')} did not finish\nstdout: ${stdout}\nstderr: ${stderr}`));
		}, options.timeoutMs ?? 20_000);
		child.on('error', reject);
		child.on('close', code => {
			clearTimeout(timer);
			resolve({code, stdout, stderr});
		});
		child.stdin!.on('error', () => undefined);
		child.stdin!.end(options.input ?? '');
	});
}

/** The built CLI as a child process with pipes (not a terminal), as a script would run it. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
	return runCaptured(process.execPath, [cliPath, ...args], options);
}
