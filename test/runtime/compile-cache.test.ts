import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';
import packageJson from '../../package.json' with {type: 'json'};
import {cliPath} from '../helpers/pty.js';

// The npm bundle keeps V8's compiled code in $XDG_CACHE_HOME/segura-token (Node's compile cache,
// module.enableCompileCache, in every Node the project supports): run here on the Node that runs
// the tests.

const run = promisify(execFile);
const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function cacheHome(): string {
	const dir = mkdtempSync(join(tmpdir(), 'segura-token-cache-test-'));
	made.push(dir);
	return dir;
}

function envWith(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env, XDG_CACHE_HOME: home, ...extra};
	delete env.NODE_COMPILE_CACHE;
	if (!('NODE_DISABLE_COMPILE_CACHE' in extra)) delete env.NODE_DISABLE_COMPILE_CACHE;
	return env;
}

describe('the compile cache', () => {
	it(`on Node ${process.versions.node}: written to $XDG_CACHE_HOME/segura-token (mode 0700), and used by the next run`, async () => {
		const home = cacheHome();
		const first = await run(process.execPath, [cliPath, '--version'], {env: envWith(home)});
		expect(first.stdout).toBe(`${packageJson.version}\n`);
		const folder = join(home, 'segura-token');
		expect(statSync(folder).mode & 0o777).toBe(0o700);
		const [versionDir] = readdirSync(folder);
		expect(versionDir).toMatch(new RegExp(`^v${process.versions.node}-`));
		expect(readdirSync(join(folder, versionDir!)).length).toBeGreaterThan(0);
		const second = await run(process.execPath, [cliPath, '--version'], {env: envWith(home, {NODE_DEBUG_NATIVE: 'COMPILE_CACHE'})});
		expect(second.stdout).toBe(`${packageJson.version}\n`);
		// Node 24 says "V8 code cache for ESM file:… was accepted", Node 22 "cache for file:… was accepted".
		expect(second.stderr).toMatch(/cache for (?:ESM )?file:\S+ was accepted/);
	});

	it('NODE_DISABLE_COMPILE_CACHE=1: nothing written, the same output', async () => {
		const home = cacheHome();
		const {stdout} = await run(process.execPath, [cliPath, '--version'], {env: envWith(home, {NODE_DISABLE_COMPILE_CACHE: '1'})});
		expect(stdout).toBe(`${packageJson.version}\n`);
		expect(existsSync(join(home, 'segura-token', `v${process.versions.node}`))).toBe(false);
		const entries = existsSync(join(home, 'segura-token')) ? readdirSync(join(home, 'segura-token')) : [];
		expect(entries).toEqual([]);
	});
});
