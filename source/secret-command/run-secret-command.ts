import {spawn, type ChildProcess} from 'node:child_process';
import {type AppError, CancelledError, ConfigError} from '../errors/app-error.js';
import {cleanPaste, type Cleaned} from '../flow/credentials.js';
import {cancelledText} from '../i18n/text.js';
import {secretCommandRunText as text} from '../i18n/text.js';
import {displayLine} from '../text/display.js';
import {splitCommandLine} from './split-command-line.js';

/** A Client Secret is a few hundred bytes: a command that prints more is not giving one. */
export const maxCommandOutput = 64 * 1024;

/** How long a command may take, a password manager's own prompt included. */
export const commandTimeoutMs = 60_000;

/**
 * A shorter limit, in milliseconds, for the tests (a command that hangs must not hold a test for a
 * minute). Never longer than commandTimeoutMs, so it cannot take the limit away.
 */
export const timeoutVariable = 'SEGURA_TOKEN_SECRET_COMMAND_TIMEOUT_MS';

/** After SIGTERM, how long a command has to end before SIGKILL. */
const killGraceMs = 2000;
/** After the command exits, how long a child it left holding its output may keep it open. */
const outputGraceMs = 250;

// What the command must not inherit: the secrets this tool reads from its own environment.
const ownSecrets = /^(SEGURA_CLIENT_SECRET|SEGURA_TOKEN)$/;

export type SecretCommandDeps = Readonly<{
	env: NodeJS.ProcessEnv;
	/** The user's cancel: the command is stopped and CancelledError thrown. */
	signal: AbortSignal;
	/** Where the command line came from, for its errors: "--client-secret-command", "--profile prod". */
	source: string;
	/** commandTimeoutMs unless given (see secretCommandTimeout). */
	timeoutMs?: number;
}>;

/** The limit for a run: commandTimeoutMs, or the shorter one of timeoutVariable. */
export function secretCommandTimeout(env: NodeJS.ProcessEnv): number {
	const given = Number(env[timeoutVariable]);
	return Number.isSafeInteger(given) && given > 0 && given < commandTimeoutMs ? given : commandTimeoutMs;
}

/**
 * Runs `commandLine` (split as a shell splits it, run without one) and reads the Client Secret
 * from the first line it prints, cleaned as a paste is. The command has the terminal for its own
 * prompts (stdin and stderr are this process's); only its stdout is read, up to maxCommandOutput,
 * within the time limit. A command that cannot start, exits other than 0, prints too much, takes
 * too long or prints no secret is a ConfigError (exit 2) that names the command as typed, never
 * what it printed; one that is stopped has ended before the error is thrown.
 */
export async function readSecretCommand(commandLine: string, deps: SecretCommandDeps): Promise<Cleaned> {
	const [program = '', ...args] = splitCommandLine(commandLine, deps.source);
	const named = displayLine(commandLine, 200);
	const output = await run(program, args, named, deps);
	let decoded: string;
	try {
		decoded = new TextDecoder('utf-8', {fatal: true}).decode(output);
	} catch {
		throw new ConfigError(text.notText(named), {reason: 'secret_command_output'});
	}
	const cleaned = cleanPaste(decoded.split('\n', 1)[0]!.replace(/\r$/, ''));
	if (cleaned.value === '') throw new ConfigError(text.nothing(named), {reason: 'secret_command_empty'});
	return cleaned;
}

function run(program: string, args: readonly string[], named: string, deps: SecretCommandDeps): Promise<Buffer> {
	const env = Object.fromEntries(Object.entries(deps.env).filter(([name]) => !ownSecrets.test(name)));
	const timeoutMs = deps.timeoutMs ?? commandTimeoutMs;
	return new Promise((resolve, reject) => {
		let child: ChildProcess;
		try {
			child = spawn(program, [...args], {stdio: ['inherit', 'pipe', 'inherit'], env});
		} catch (error) {
			reject(new ConfigError(text.notRunnable(named, (error as NodeJS.ErrnoException).code ?? 'error'), {reason: 'secret_command_failed', cause: error}));
			return;
		}
		const chunks: Buffer[] = [];
		let size = 0;
		let failure: AppError | undefined;
		let settled = false;
		const timers: NodeJS.Timeout[] = [];
		/** With no error: what the command printed. */
		const settle = (error?: AppError) => {
			if (settled) return;
			settled = true;
			for (const timer of timers) clearTimeout(timer);
			deps.signal.removeEventListener('abort', onAbort);
			child.stdout?.destroy();
			if (error) reject(error);
			else resolve(Buffer.concat(chunks));
		};
		// A stopped command is waited for: the error comes once it has let go of the terminal.
		const stop = (error: AppError) => {
			if (failure) return;
			failure = error;
			child.stdout?.destroy();
			child.kill('SIGTERM');
			timers.push(setTimeout(() => child.kill('SIGKILL'), killGraceMs));
		};
		const onAbort = () => stop(new CancelledError(cancelledText, {reason: 'cancelled'}));
		child.stdout!.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > maxCommandOutput) stop(new ConfigError(text.tooMuch(named, '64 KiB'), {reason: 'secret_command_too_much'}));
			else chunks.push(chunk);
		});
		child.stdout!.on('error', () => undefined);
		child.on('error', (error: NodeJS.ErrnoException) => {
			settle(
				error.code === 'ENOENT'
					? new ConfigError(text.notFound(named, displayLine(program, 100)), {reason: 'secret_command_not_found'})
					: new ConfigError(text.notRunnable(named, error.code ?? 'error'), {reason: 'secret_command_failed', cause: error}),
			);
		});
		child.on('exit', (code, signal) => {
			if (failure) return settle(failure);
			if (code !== 0) {
				return settle(new ConfigError(code === null ? text.killed(named, signal ?? 'a signal') : text.failed(named, code), {reason: 'secret_command_failed'}));
			}
			// What is still in the pipe is read; a child the command left behind may not hold it open.
			const done = () => settle();
			if (child.stdout!.readableEnded) return done();
			child.stdout!.once('end', done);
			timers.push(setTimeout(done, outputGraceMs));
		});
		timers.push(setTimeout(() => stop(new ConfigError(text.timedOut(named, Number((timeoutMs / 1000).toFixed(1))), {reason: 'secret_command_timeout'})), timeoutMs));
		if (deps.signal.aborted) onAbort();
		else deps.signal.addEventListener('abort', onAbort, {once: true});
	});
}
