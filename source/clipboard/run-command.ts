import {spawn} from 'node:child_process';

export type RunOptions = Readonly<{
	/** Written to the child's stdin: the only way a token may reach a child (argv shows in `ps`). */
	input: string;
	env: NodeJS.ProcessEnv;
	timeoutMs: number;
}>;

export type RunOutcome =
	| Readonly<{kind: 'ok'}>
	| Readonly<{kind: 'not-found'}>
	| Readonly<{kind: 'timeout'}>
	| Readonly<{kind: 'failed'; exitCode: number | undefined; stderr: string}>;

/** Runs a clipboard tool with the text on stdin. Never rejects: every failure is an outcome. */
export type RunCommand = (command: string, args: readonly string[], options: RunOptions) => Promise<RunOutcome>;

const maxStderr = 2000;

// A clipboard tool needs PATH, DISPLAY, TMUX and the like; never the secrets this tool reads from
// its environment, nor a proxy URL that may carry a password.
const secretVariables = /^(SEGURA_CLIENT_SECRET|SEGURA_TOKEN|(https?|all|ftp)_proxy)$/i;

/** `env` less the variables a child process must not inherit. */
export function childEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(env).filter(([name]) => !secretVariables.test(name)));
}

export const runCommand: RunCommand = async (command, args, {input, env, timeoutMs}) =>
	new Promise<RunOutcome>(resolve => {
		let stderr = '';
		let settled = false;
		let child: ReturnType<typeof spawn>;
		try {
			// PATH comes from `env`, so a caller's environment decides which tool is found.
			child = spawn(command, [...args], {env: childEnvironment(env), stdio: ['pipe', 'ignore', 'pipe']});
		} catch (error) {
			resolve({kind: 'failed', exitCode: undefined, stderr: error instanceof Error ? error.message : String(error)});
			return;
		}

		const finish = (outcome: RunOutcome): void => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			// xclip, xsel and wl-copy fork a child that keeps serving the selection and holds our
			// stderr pipe open; let go of it so neither we nor the event loop wait for that child.
			child.stderr?.destroy();
			child.stdin?.destroy();
			resolve(outcome);
		};

		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			finish({kind: 'timeout'});
		}, timeoutMs);

		child.on('error', (error: NodeJS.ErrnoException) => {
			finish(error.code === 'ENOENT' ? {kind: 'not-found'} : {kind: 'failed', exitCode: undefined, stderr: error.message});
		});
		child.stderr?.setEncoding('utf8');
		child.stderr?.on('data', (chunk: string) => {
			if (stderr.length < maxStderr) stderr += chunk;
		});
		// Success is known at exit; a failure waits for 'close' so its stderr has been read whole.
		child.on('exit', code => {
			if (code === 0) finish({kind: 'ok'});
		});
		child.on('close', code => {
			finish(code === 0 ? {kind: 'ok'} : {kind: 'failed', exitCode: code ?? undefined, stderr: stderr.slice(0, maxStderr)});
		});
		// A tool that exits without reading stdin makes the write fail with EPIPE; its exit says why.
		child.stdin?.on('error', () => {});
		child.stdin?.end(input);
	});
