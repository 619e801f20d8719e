import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';
import packageJson from '../../package.json' with {type: 'json'};
// @ts-expect-error A plain .mjs script without declarations.
import {pinnedNodeVersion} from '../../scripts/pinned-node.mjs';
import {cliPath} from '../helpers/pty.js';

// The npm bundle keeps V8's compiled code in $XDG_CACHE_HOME/segura-token on Nodes that have
// module.enableCompileCache (22.1+): run here with the pinned LTS Node that npm test fetches for
// the standalone build, and with this machine's Node.

const run = promisify(execFile);
const pinnedNode = fileURLToPath(new URL(`../../node_modules/.cache/segura-token-node/node-linux-${process.arch}-${pinnedNodeVersion}/node`, import.meta.url));
const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function cacheHome(): string {
	const dir = mkdtempSync(join(tmpdir(), 'segura-token-cache-test-'));
	made.push(dir);
	return dir;
}

describe('the compile cache', () => {
	it.runIf(existsSync(pinnedNode))(`on Node ${pinnedNodeVersion}: written to $XDG_CACHE_HOME/segura-token (mode 0700), and used by the next run`, async () => {
		const home = cacheHome();
		const env: NodeJS.ProcessEnv = {...process.env, XDG_CACHE_HOME: home};
		delete env.NODE_COMPILE_CACHE;
		delete env.NODE_DISABLE_COMPILE_CACHE;
		const first = await run(pinnedNode, [cliPath, '--version'], {env});
		expect(first.stdout).toBe(`${packageJson.version}\n`);
		const folder = join(home, 'segura-token');
		expect(statSync(folder).mode & 0o777).toBe(0o700);
		const [versionDir] = readdirSync(folder);
		expect(versionDir).toMatch(new RegExp(`^v${pinnedNodeVersion}-`));
		const entries = readdirSync(join(folder, versionDir!));
		expect(entries.length).toBeGreaterThan(0);
		const second = await run(pinnedNode, [cliPath, '--version'], {env: {...env, NODE_DEBUG_NATIVE: 'COMPILE_CACHE'}});
		expect(second.stdout).toBe(`${packageJson.version}\n`);
		expect(second.stderr).toMatch(/V8 code cache for ESM \S+ was accepted/);
	});

	it('on a Node without it (20): nothing written, the same output', async () => {
		const home = cacheHome();
		const hasApi = Number(process.versions.node.split('.')[0]) >= 23 || (process.versions.node.startsWith('22.') && Number(process.versions.node.split('.')[1]) >= 1);
		const {stdout} = await run(process.execPath, [cliPath, '--version'], {env: {...process.env, XDG_CACHE_HOME: home}});
		expect(stdout).toBe(`${packageJson.version}\n`);
		expect(existsSync(join(home, 'segura-token'))).toBe(hasApi);
	});
});
