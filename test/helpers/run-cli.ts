import {spawn} from 'node:child_process';
import {cliPath} from './pty.js';

export type CliResult = Readonly<{code: number | null; stdout: string; stderr: string}>;

/** The built CLI as a child process with pipes (not a terminal), as a script would run it. */
export function runCli(
	args: readonly string[],
	options: Readonly<{env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number}> = {},
): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const env: NodeJS.ProcessEnv = {...process.env, ...options.env};
		for (const [name, value] of Object.entries(options.env ?? {})) if (value === undefined) delete env[name];
		const child = spawn(process.execPath, [cliPath, ...args], {env, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
		child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`segura-token ${args.join(' ')} did not finish\nstdout: ${stdout}\nstderr: ${stderr}`));
		}, options.timeoutMs ?? 20_000);
		child.on('error', reject);
		child.on('close', code => {
			clearTimeout(timer);
			resolve({code, stdout, stderr});
		});
		child.stdin.end(options.input ?? '');
	});
}
