import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {wizardText} from '../../source/i18n/wizard.js';
import packageJson from '../../package.json' with {type: 'json'};
import {keys, startPty, type PtySession} from '../helpers/pty.js';
import {chooseAndClear, childEnv, collectFromScreen, jwtClaims, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// The standalone executable (npm run build:standalone) as a jump host without Node runs it: its
// own Node inside, the bundle and every chunk unpacked from it into a private temporary folder
// that is gone again when it exits.

const binary = fileURLToPath(new URL(`../../dist/segura-token-${process.platform}-${process.arch}`, import.meta.url));
const present = existsSync(binary);
const en = wizardText.en;

if (!present) {
	console.warn(`standalone tests skipped: ${binary} is missing (npm run build:standalone makes it)`);
}

type Run = Readonly<{code: number | null; stdout: string; stderr: string}>;

/** The executable with pipes, no `node` on PATH, and TMPDIR set to `tmp`. */
function run(args: readonly string[], env: NodeJS.ProcessEnv, tmp: string): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(binary, args, {env: {...childEnv(env), PATH: '/nonexistent', TMPDIR: tmp}, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
		child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
		child.on('error', reject);
		child.on('close', code => resolve({code, stdout, stderr}));
	});
}

const tmpDirs: string[] = [];
function freshTmp(): string {
	const dir = mkdtempSync(join(tmpdir(), 'segura-token-sea-test-'));
	tmpDirs.push(dir);
	return dir;
}

describe.skipIf(!present)('the standalone executable (skipped when dist/ has none: npm run build:standalone)', () => {
	let server: PracticeServer;
	const sessions: PtySession[] = [];

	beforeAll(async () => {
		server = await startPracticeServer();
	});

	afterEach(() => {
		for (const session of sessions.splice(0)) session.kill();
	});

	afterAll(async () => {
		await server?.close();
		removeChildEnvDirs();
		for (const dir of tmpDirs.splice(0)) rmSync(dir, {recursive: true, force: true});
	});

	it('--version: the package version, exit 0, and its temporary folder removed', async () => {
		const tmp = freshTmp();
		const result = await run(['--version'], {}, tmp);
		expect(result).toEqual({code: 0, stdout: `${packageJson.version}\n`, stderr: ''});
		expect(readdirSync(tmp)).toEqual([]);
	});

	it('get against the practice server prints the token alone, without a node on PATH', async () => {
		const provider = server.providers.find(p => p.kind === 'internal')!;
		const tmp = freshTmp();
		const result = await run(['get', '--token-url', provider.tokenUrl, '--client-id', provider.clientId], {SEGURA_CLIENT_SECRET: provider.clientSecret}, tmp);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
		expect(jwtClaims(result.stdout.trim())['client_id']).toBe(provider.clientId);
		expect(result.stdout).not.toContain(provider.clientSecret);
		expect(readdirSync(tmp)).toEqual([]);
	});

	it('an error keeps its exit code and message', async () => {
		const tmp = freshTmp();
		const result = await run(['nosuch'], {}, tmp);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('nosuch');
		expect(readdirSync(tmp)).toEqual([]);
	});

	it('segura-token demo in a terminal: the whole flow to "Token added", exit 0', async () => {
		const tmp = freshTmp();
		const s = startPty({command: [binary], args: ['demo'], cols: 80, rows: 24, env: childEnv({TMPDIR: tmp})});
		sessions.push(s);
		await s.waitFor('(1/5)');
		// While it runs, the bundle sits in one private folder of TMPDIR.
		expect(readdirSync(tmp)).toHaveLength(1);
		const {clientId} = await collectFromScreen(s, 'en', 'internal');
		await chooseAndClear(s, en, 'i');
		await s.waitFor(en.complete);
		s.write(keys.enter);
		await s.waitFor('u/Enter Use token');
		s.write('u');
		await s.waitFor(`✔ ${en.addedTitle}`);
		s.write(keys.enter);
		expect(await s.exit).toBe(0);
		const token = s.lines().find(line => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(line));
		expect(token, s.screen()).toBeDefined();
		expect(jwtClaims(token!)['client_id']).toBe(clientId);
		expect(readdirSync(tmp)).toEqual([]);
	});

	it('Ctrl+C in the wizard: exit 130, the folder removed all the same', async () => {
		const tmp = freshTmp();
		const s = startPty({command: [binary], args: [], cols: 80, rows: 24, env: childEnv({TMPDIR: tmp})});
		sessions.push(s);
		await s.waitFor('(1/5)');
		// A key that shows up in the field: Ink reads the keyboard now, so Ctrl+C reaches the app.
		s.write('x');
		await s.waitFor(/^› x/m);
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		expect(readdirSync(tmp)).toEqual([]);
	});
});
