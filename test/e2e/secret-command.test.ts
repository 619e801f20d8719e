import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {timeoutVariable} from '../../source/secret-command/run-secret-command.js';
import {startPty} from '../helpers/pty.js';
import {runCli, type CliResult} from '../helpers/run-cli.js';
import {childEnv, jwtClaims, leaks, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// --client-secret-command through the built CLI: in a real terminal, where the command prompts
// on /dev/tty as a password manager does, and in pipes as a script runs it. No run may show the
// secret, nor what a failing command printed.

// Throwaway values, made for this file only.
const secret = 'e2eCommandSecret0123456789abcdef';
const clientId = 'command-client';
// What a failing command prints on stdout: it must never be shown back.
const failingOutput = 'e2eFailingOutputNotToBeShown42';
const passphrase = 'open sesame';

let practice: PracticeServer;
let folder: string;
/** The scripts the tests give as commands, by name. */
const script: Record<'prompting' | 'failing' | 'printing', string> = {prompting: '', failing: '', printing: ''};

beforeAll(async () => {
	practice = await startPracticeServer({credentials: {internal: {clientId, clientSecret: secret}}});
	folder = mkdtempSync(path.join(tmpdir(), 'segura-token-secret-command-'));
	const secretFile = path.join(folder, 'secret.txt');
	writeFileSync(secretFile, `${secret}\n`, {mode: 0o600});
	const write = (name: keyof typeof script, body: string) => {
		script[name] = path.join(folder, `${name} script.mjs`);
		writeFileSync(script[name], `#!${process.execPath}\n${body}`);
		chmodSync(script[name], 0o700);
	};
	// A password manager: asks for its passphrase on its stderr, reads it from its stdin (both the
	// terminal, if they are inherited), then prints the secret.
	write(
		'prompting',
		`import {readFileSync, readSync, writeSync} from 'node:fs';
import {isatty} from 'node:tty';
// isatty, not process.stdin: that would make fd 0 non-blocking, and readSync fail with EAGAIN.
if (!isatty(0) || !isatty(2)) { writeSync(2, 'no terminal\\n'); process.exit(1); }
writeSync(2, 'Vault passphrase: ');
let line = '';
const byte = Buffer.alloc(1);
while (readSync(0, byte, 0, 1, null) === 1 && byte[0] !== 10 && byte[0] !== 13) line += String.fromCharCode(byte[0]);
if (line !== ${JSON.stringify(passphrase)}) { writeSync(2, 'wrong passphrase\\n'); process.exit(1); }
process.stdout.write(readFileSync(${JSON.stringify(secretFile)}, 'utf8') + 'a second line that is not read\\n');
`,
	);
	write('failing', `process.stdout.write(${JSON.stringify(`${failingOutput}\n`)});\nprocess.exitCode = 3;\n`);
	write('printing', `import {readFileSync} from 'node:fs';\nprocess.stdout.write(readFileSync(${JSON.stringify(secretFile)}, 'utf8'));\n`);
});

afterAll(async () => {
	await practice?.close();
	rmSync(folder, {recursive: true, force: true});
	removeChildEnvDirs();
});

/** The command line that runs `file`: its path quoted, as a user quotes a path with a space. */
function quoted(file: string): string {
	return `'${file}'`;
}

function expectNoLeak(text: string): void {
	// Booleans, so a failure never prints the secret itself.
	expect(leaks(text, secret), 'the secret on the screen').toBe(false);
	expect(text.includes(failingOutput), "the failing command's output on the screen").toBe(false);
}

/** `get` against the practice server in a real terminal, the secret from `command`. */
function getInTerminal(command: string, env: NodeJS.ProcessEnv = {}) {
	return startPty({args: ['get', '--token-url', practice.providers[0]!.tokenUrl, '--client-id', clientId, '--client-secret-command', command], env: childEnv(env), cols: 100, rows: 30});
}

/** What the terminal shows, as one line: the program wraps its messages at the terminal's width. */
function shown(session: ReturnType<typeof getInTerminal>): string {
	return session.lines().join(' ').replace(/\s+/g, ' ');
}

/** The processes running `sleep SECONDS` (Linux /proc). */
function sleepers(seconds: string): number[] {
	return readdirSync('/proc').flatMap(pid => {
		try {
			return readFileSync(`/proc/${pid}/cmdline`, 'utf8') === `sleep\0${seconds}\0` ? [Number(pid)] : [];
		} catch {
			return [];
		}
	});
}

describe('get --client-secret-command, in a terminal', () => {
	it('lets the command prompt on the terminal, and gets a token with the first line it prints', async () => {
		const session = getInTerminal(quoted(script.prompting));
		try {
			await session.waitFor('Vault passphrase:');
			session.write(`${passphrase}\r`);
			expect(await session.exit).toBe(0);
			const token = session.lines().find(line => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(line));
			expect(token, session.screen()).toBeDefined();
			expect(jwtClaims(token!)['client_id']).toBe(clientId);
			expectNoLeak(session.output());
		} finally {
			session.kill();
		}
	});

	it('names a failing command, not what it printed, exits 2 and fetches nothing', async () => {
		const session = getInTerminal(`${quoted(script.failing)} --vault prod`);
		try {
			expect(await session.exit).toBe(2);
			expect(shown(session)).toContain(`error: The secret command "'${script.failing}' --vault prod" failed (exit code 3): no Client Secret was read, and nothing was saved.`);
			expectNoLeak(session.output());
		} finally {
			session.kill();
		}
	});

	it('stops a command that hangs at the limit, and leaves it running nowhere', async () => {
		// The hidden variable shortens the 60 s limit for this test; it can never lengthen it.
		const session = getInTerminal('sleep 8642', {[timeoutVariable]: '1500'});
		try {
			const started = Date.now();
			expect(await session.exit).toBe(2);
			expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
			expect(shown(session)).toContain('error: The secret command "sleep 8642" gave no Client Secret within 1.5 s, and was stopped.');
			expect(sleepers('8642')).toEqual([]);
		} finally {
			session.kill();
		}
	});

	it('stops a command that prints 10 MB once it passes 64 KiB', async () => {
		const session = getInTerminal('head -c 10485760 /dev/zero');
		try {
			expect(await session.exit).toBe(2);
			expect(shown(session)).toContain('error: The secret command "head -c 10485760 /dev/zero" printed more than 64 KiB, which is no Client Secret, and was stopped.');
		} finally {
			session.kill();
		}
	});
});

/** `segura-token ARGS` in pipes; every run checks that neither the secret nor a failing command's output shows. */
async function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<CliResult> {
	const result = await runCli(args, {env, ...(input === undefined ? {} : {input})});
	expectNoLeak(result.stdout + result.stderr);
	return result;
}

describe('get --client-secret-command, in a script', () => {
	const tokenArgs = () => ['get', '--token-url', practice.providers[0]!.tokenUrl, '--client-id', clientId];

	it('gets a token, and --verbose shows the exchange without the secret', async () => {
		const result = await cli([...tokenArgs(), '--client-secret-command', quoted(script.printing), '--verbose'], childEnv());
		expect(result.code, result.stderr).toBe(0);
		expect(jwtClaims(result.stdout.trim())['client_id']).toBe(clientId);
		expect(result.stderr).toContain('POST ');
		expect(result.stderr).toContain('authorization: Basic [redacted]');
	});

	it.each([
		['a program that is not there', 'no-such-secret-tool --field x', 'error: The secret command "no-such-secret-tool --field x" was not found: no program no-such-secret-tool on the PATH.'],
		['a command that prints nothing', 'true', 'error: The secret command "true" printed nothing on its first line: no Client Secret was read, and nothing was saved.'],
		['an unbalanced quote', "pass show 'segura/prod", "error: --client-secret-command: the ' quote opened in the command is never closed."],
		['a pipe', 'pass show prod | head -1', 'error: --client-secret-command: "|" needs a shell, and the command is run without one (no pipes, redirections, variables or globbing).'],
	])('refuses %s with exit 2', async (_what, command, said) => {
		const result = await cli([...tokenArgs(), '--client-secret-command', command], childEnv());
		expect(result.stderr).toContain(said);
		expect(result.stdout).toBe('');
		expect(result.code).toBe(2);
	});

	it('is one way of giving the secret: not with --client-secret-stdin, nor SEGURA_CLIENT_SECRET', async () => {
		const withStdin = await cli([...tokenArgs(), '--client-secret-stdin', '--client-secret-command', quoted(script.printing)], childEnv(), `${secret}\n`);
		expect(withStdin.stderr).toContain('error: --client-secret-command and --client-secret-stdin both give the Client Secret: use one of them.');
		expect(withStdin.code).toBe(2);
		const withEnv = await cli([...tokenArgs(), '--client-secret-command', quoted(script.printing)], childEnv({SEGURA_CLIENT_SECRET: secret}));
		expect(withEnv.stderr).toContain('error: --client-secret-command and SEGURA_CLIENT_SECRET both give the Client Secret: use one of them.');
		expect(withEnv.code).toBe(2);
	});

	it('says it in Portuguese', async () => {
		const result = await cli([...tokenArgs(), '--client-secret-command', 'true'], childEnv({LANG: 'pt_BR.UTF-8'}));
		expect(result.stderr).toContain('erro: O comando do Client Secret "true" não mostrou nada na primeira linha: nenhum Client Secret foi lido, e nada foi gravado.');
		expect(result.code).toBe(2);
	});
});

describe('a profile that reads its secret from a command', () => {
	it('is made by profiles add, shown, used by get, and travels through export and import', async () => {
		const laptop = childEnv();
		const jump = childEnv();
		const provider = practice.providers[0]!;
		const command = quoted(script.printing);
		const added = await cli(['profiles', 'add', 'vaulted', '--segura-url', practice.seguraUrl, '--client-id', clientId, '--kind', 'internal', '--client-secret-command', command], laptop);
		expect(added.code, added.stderr).toBe(0);
		expect(added.stderr).toContain(`"vaulted" reads its Client Secret from the command "${command}" each time: the command travels with the profile, the secret never does.`);
		const shown = await cli(['profiles', 'show', 'vaulted'], laptop);
		expect(shown.stdout).toMatch(new RegExp(`^Client Secret +read from the command "${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" each time \\(never saved\\)$`, 'm'));
		const got = await cli(['get', '--profile', 'vaulted'], laptop);
		expect(got.code, got.stderr).toBe(0);
		expect(jwtClaims(got.stdout.trim())['iss']).toBe(practice.seguraUrl);
		expect(provider.tokenUrl.startsWith(practice.seguraUrl)).toBe(true);
		// Exported with its command (not a secret), imported on the other machine, used there.
		const exported = await cli(['profiles', 'export', 'vaulted'], laptop);
		expect(JSON.parse(exported.stdout).profiles[0].clientSecretCommand).toBe(command);
		const imported = await cli(['profiles', 'import', '-'], jump, exported.stdout);
		expect(imported.code, imported.stderr).toBe(0);
		expect(imported.stderr).not.toContain('No Client Secret travels');
		const there = await cli(['get', '--profile', 'vaulted', '--json'], jump);
		expect(there.code, there.stderr).toBe(0);
		expect(JSON.parse(there.stdout).access_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
	});

	it('is refused on import when the command cannot run as written, and nothing is written', async () => {
		const env = childEnv();
		const document = {
			format: 'segura-token-profiles',
			version: 1,
			profiles: [{name: 'broken', seguraUrl: practice.seguraUrl, baseUrl: practice.providers[0]!.baseUrl, tokenUrl: practice.providers[0]!.tokenUrl, clientId, kind: 'internal', clientSecretCommand: 'pass show "segura'}],
		};
		const result = await cli(['profiles', 'import', '-'], env, JSON.stringify(document));
		expect(result.stderr).toContain('error: profiles[0] ("broken").clientSecretCommand: the " quote opened in the command is never closed.');
		expect(result.code).toBe(2);
		expect((await cli(['profiles', 'list', '--json'], env)).stdout.trim()).toBe('[]');
	});
});
