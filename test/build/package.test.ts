import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import packageJson from '../../package.json' with {type: 'json'};

// The package as npm users get it: `npm pack` of this folder (its dist/ as npm test built it:
// --ignore-scripts, so prepack does not rebuild dist/ under the other tests), then a global
// install of the tarball into a fresh prefix, the way `npm install -g segura-token` installs it.

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
let work: string;
let prefix: string;
let installOutput: string;

/** Bytes of every file under `dir`. */
function treeBytes(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) total += treeBytes(full);
		else if (entry.isFile()) total += statSync(full).size;
	}
	return total;
}

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'segura-token-pack-'));
	prefix = join(work, 'prefix');
	const env = {...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false'};
	const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {cwd: root, env});
	const [{filename}] = JSON.parse(packed.stdout) as [{filename: string}];
	const installed = await run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', join(work, filename)], {cwd: work, env});
	installOutput = `${installed.stdout}${installed.stderr}`;
}, 120_000);

afterAll(() => {
	if (work) rmSync(work, {recursive: true, force: true});
});

describe('npm install -g of the packed tarball', () => {
	it('installs without a word about install scripts, or any warning', () => {
		expect(installOutput).not.toMatch(/install-scripts|allowScripts|\bwarn\b/i);
	});

	it('takes at most 5 MB: one package, nothing to install beside it', () => {
		const installed = join(prefix, 'lib', 'node_modules');
		expect(readdirSync(installed)).toEqual(['segura-token']);
		expect(existsSync(join(installed, 'segura-token', 'node_modules'))).toBe(false);
		expect(treeBytes(prefix)).toBeLessThanOrEqual(5_000_000);
	});

	it('carries the MIT licence and the notices of the bundled packages, and no executable of dist/', () => {
		const home = join(prefix, 'lib', 'node_modules', 'segura-token');
		expect(readFileSync(join(home, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} segura-token contributors\n/);
		expect(packageJson.license).toBe('MIT');
		const notices = readFileSync(join(home, 'dist', 'THIRD-PARTY-NOTICES.md'), 'utf8');
		for (const name of ['ink', 'react', 'undici', 'conf', '@inquirer/core']) expect(notices).toMatch(new RegExp(`^## ${name} \\d`, 'm'));
		expect(readdirSync(join(home, 'dist')).filter(file => file.startsWith('segura-token-'))).toEqual([]);
	});

	it('segura-token --version runs', async () => {
		const {stdout} = await run(join(prefix, 'bin', 'segura-token'), ['--version']);
		expect(stdout).toBe(`${packageJson.version}\n`);
	});
});
