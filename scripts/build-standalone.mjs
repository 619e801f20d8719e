// `npm run build:standalone`: dist/segura-token-linux-x64 and dist/segura-token-linux-arm64, one
// file each with Node inside, for jump hosts without a recent Node. Each is Node's single
// executable application: the pinned LTS Node of that architecture (scripts/pinned-node.mjs, not
// the Node running this build) with a blob injected (postject) that holds the npm bundle's files
// (cli.mjs and its chunks, built here as scripts/build.mjs builds dist/) as assets, and a small
// CommonJS main script (source/runtime/standalone-main.ts) that runs them as ES modules straight
// from the executable: nothing is unpacked. The executable takes no Node options from the
// environment (NODE_OPTIONS is ignored: execArgvExtension "none").
// dist/SHA256SUMS lists the checksums of what was made; dist/STANDALONE-NOTICES.md the licences of
// what is inside (the bundled packages and Node).
//
//   node scripts/build-standalone.mjs [--arch x64,arm64] [--xz]
//
// --arch  the architectures to build (default: both)
// --xz    also write dist/segura-token-linux-<arch>.xz, the compressed download
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {createReadStream} from 'node:fs';
import {chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions, seaConfig, standaloneMainOptions} from './build-options.mjs';
import {pinnedNode, pinnedNodeVersion} from './pinned-node.mjs';
import {writeThirdPartyNotices} from './third-party-notices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const started = Date.now();
// The fuse every Node release carries for single executable applications.
const sentinelFuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const args = process.argv.slice(2);
const archArg = args.includes('--arch') ? args[args.indexOf('--arch') + 1] : 'x64,arm64';
const arches = archArg.split(',');
const shouldCompress = args.includes('--xz');

for (const arch of arches) if (!['x64', 'arm64'].includes(arch)) throw new Error(`--arch: x64 or arm64, not ${arch}`);
if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) {
	// The blob is made by the pinned Node, which has to run here: a Linux x64 or arm64 machine.
	throw new Error(`the standalone executables are built on Linux x64 or arm64 (this is ${process.platform}-${process.arch})`);
}

let postjectCli;
try {
	postjectCli = path.join(path.dirname(createRequire(import.meta.url).resolve('postject/package.json')), 'dist', 'cli.js');
} catch {
	throw new Error('postject is missing: npm ci installs it (a devDependency)');
}

/** Runs a tool, showing its output only when it fails (postject's ELF library is chatty). */
function quietly(file, toolArgs) {
	try {
		execFileSync(file, toolArgs, {stdio: ['ignore', 'pipe', 'pipe']});
	} catch (error) {
		process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
		throw error;
	}
}

async function sha256(file) {
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(file)) hash.update(chunk);
	return hash.digest('hex');
}

// The work folder sits under node_modules/.cache, never in the temporary folder, and goes even
// when the build fails or is interrupted.
const cache = path.join(root, 'node_modules', '.cache');
await mkdir(cache, {recursive: true});
const work = await mkdtemp(path.join(cache, 'segura-token-standalone-'));
const removeWork = () => rm(work, {recursive: true, force: true});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(signal, () => void removeWork().finally(() => process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15))));
}
try {
	const main = path.join(work, 'main.cjs');
	await build(standaloneMainOptions({root, outfile: main}));
	// The program: the npm bundle, built as scripts/build.mjs builds dist/, each file an asset
	// named by its path in the bundle.
	const bundle = path.join(work, 'bundle');
	const {metafile} = await build(bundleOptions({root, outdir: bundle, metafile: true}));
	const assets = {};
	for (const file of await readdir(bundle, {recursive: true, withFileTypes: true})) {
		if (!file.isFile()) continue;
		const full = path.join(file.parentPath, file.name);
		assets[path.relative(bundle, full).split(path.sep).join('/')] = full;
	}
	if (!assets['cli.mjs']) throw new Error('the bundle has no cli.mjs');
	// The blob is made by the pinned Node of this machine's architecture: a blob is read only by
	// the Node version that made it. V8's code cache is specific to the architecture too, so
	// the other architecture's blob goes without one (Node's documentation says to turn it off
	// when building for another platform).
	const blobMaker = await pinnedNode(process.arch);
	await mkdir(dist, {recursive: true});
	const made = [];
	for (const arch of arches) {
		const blob = path.join(work, `sea-${arch}.blob`);
		const config = path.join(work, `sea-config-${arch}.json`);
		await writeFile(config, JSON.stringify(seaConfig({main, output: blob, assets, useCodeCache: arch === process.arch})));
		quietly(blobMaker, ['--experimental-sea-config', config]);
		const output = path.join(dist, `segura-token-linux-${arch}`);
		await rm(output, {force: true});
		await copyFile(await pinnedNode(arch), output);
		await chmod(output, 0o755);
		quietly(process.execPath, [postjectCli, output, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', sentinelFuse]);
		await chmod(output, 0o755);
		made.push(path.basename(output));
		if (shouldCompress) {
			await rm(`${output}.xz`, {force: true});
			execFileSync('xz', ['--keep', '--threads=0', '-6', output]);
			made.push(`${path.basename(output)}.xz`);
		}
	}
	const nodeLicence = await readFile(path.join(path.dirname(blobMaker), 'LICENSE'), 'utf8');
	await writeThirdPartyNotices(metafile, root, path.join(dist, 'STANDALONE-NOTICES.md'), [{title: `Node.js ${pinnedNodeVersion}`, text: nodeLicence}]);
	const sums = [];
	for (const file of made) sums.push(`${await sha256(path.join(dist, file))}  ${file}\n`);
	await writeFile(path.join(dist, 'SHA256SUMS'), sums.join(''));
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	for (const file of made) {
		const {size} = await stat(path.join(dist, file));
		process.stdout.write(`dist/${file}: ${(size / 1024 / 1024).toFixed(1)} MiB\n`);
	}
	let bundleBytes = 0;
	for (const file of Object.values(assets)) bundleBytes += (await stat(file)).size;
	process.stdout.write(`Node ${pinnedNodeVersion}, ${(bundleBytes / 1024).toFixed(0)} KiB of bundle in ${Object.keys(assets).length} files; dist/SHA256SUMS written; built in ${seconds} s\n`);
} finally {
	await removeWork();
}
