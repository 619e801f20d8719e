import {execFileSync, spawn} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import packageJson from '../../package.json' with {type: 'json'};
// @ts-expect-error A plain .mjs script without declarations.
import {isSupported} from '../../scripts/on-supported-node.mjs';

// The README's first command after its `npm ci` (which CI runs on the machine's own Node before
// these tests): `npm start -- ARGS` in a copy of the project, once with the machine's own Node
// first on PATH (a distribution's Node 20 here: the project's own files bring the pinned Node 24)
// and once with a supported Node first. Neither writes to npm's global folder.

const root = fileURLToPath(new URL('../..', import.meta.url));
let work: string;
let project: string;

/** PATH as the user has it: without the pinned Node that `npm test` put first. */
const userPath = (process.env.PATH ?? '')
	.split(path.delimiter)
	.filter(dir => !dir.includes(`${path.sep}segura-token-node${path.sep}`) && !dir.endsWith(`${path.sep}node_modules${path.sep}.bin`))
	.join(path.delimiter);
const machineNode = execFileSync('sh', ['-c', 'command -v node'], {env: {...process.env, PATH: userPath}, encoding: 'utf8'}).trim();
const machineVersion = execFileSync(machineNode, ['-p', 'process.versions.node'], {encoding: 'utf8'}).trim();

beforeAll(() => {
	work = mkdtempSync(path.join(tmpdir(), 'segura-token-first-command-'));
	project = path.join(work, 'project');
	// The files a clone has (tracked, or new and not ignored), and the node_modules `npm ci` made.
	const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {cwd: root, encoding: 'utf8'}).split('\0').filter(Boolean);
	for (const file of files) {
		if (!existsSync(path.join(root, file))) continue;
		mkdirSync(path.dirname(path.join(project, file)), {recursive: true});
		copyFileSync(path.join(root, file), path.join(project, file));
	}
	symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
});

afterAll(() => {
	if (work) rmSync(work, {recursive: true, force: true});
});

type Run = Readonly<{code: number | null; stdout: string; stderr: string}>;

function npmStart(args: readonly string[], pathFirst: string | undefined, prefix: string): Promise<Run> {
	return new Promise((resolve, reject) => {
		const env: NodeJS.ProcessEnv = {};
		for (const [name, value] of Object.entries(process.env)) if (!/^npm_/i.test(name)) env[name] = value;
		env.PATH = pathFirst ? `${pathFirst}${path.delimiter}${userPath}` : userPath;
		// npm's global folder: a command that wrote there would create it.
		env.npm_config_prefix = prefix;
		const child = spawn('npm', ['start', '--', ...args], {cwd: project, env, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
		child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
		child.on('error', reject);
		child.on('close', code => resolve({code, stdout, stderr}));
	});
}

describe('npm start, the README\'s first command', () => {
	it(`with the machine's own Node (${machineVersion}) first on PATH: builds and runs the command`, async () => {
		const prefix = path.join(work, 'global-1');
		const result = await npmStart(['--version'], undefined, prefix);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout.trim().split('\n').at(-1)).toBe(packageJson.version);
		if (isSupported(machineVersion)) expect(result.stderr).not.toContain('running on the pinned Node');
		else expect(result.stderr).toContain(`Node ${machineVersion} is older than 22.12: running on the pinned Node`);
		expect(existsSync(prefix)).toBe(false);
	}, 120_000);

	it(`with Node ${process.versions.node} first on PATH: runs on it, as it is supported`, async () => {
		const prefix = path.join(work, 'global-2');
		const result = await npmStart(['--version'], path.dirname(process.execPath), prefix);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout.trim().split('\n').at(-1)).toBe(packageJson.version);
		expect(result.stderr).not.toContain('running on the pinned Node');
		expect(existsSync(prefix)).toBe(false);
	}, 120_000);
});
