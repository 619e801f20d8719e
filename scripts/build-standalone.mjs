// `npm run build:standalone`: dist/segura-token-<platform>-<arch> (segura-token-linux-x64 on the
// usual jump host), one file with Node itself inside, for machines without Node. It is Node's
// single executable application: a copy of this `node` with a blob injected (postject) that holds
// scripts/sea-bootstrap.cjs as the main script and every file of dist/ as an asset.
//
//   node scripts/build-standalone.mjs [--no-build]
//
// --no-build  package dist/ as it is instead of running scripts/build.mjs first
import {execFileSync} from 'node:child_process';
import {chmod, copyFile, mkdtemp, readdir, rm, stat, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const started = Date.now();
// The fuse every Node release carries for single executable applications.
const sentinelFuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const output = path.join(dist, `segura-token-${process.platform}-${process.arch}`);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 12)) {
	throw new Error(`Node ${process.version} cannot embed assets in an executable; use Node >= 20.12`);
}
if (process.platform !== 'linux') {
	// macOS needs a Mach-O segment name and re-signing, Windows a PE resource: not done here.
	throw new Error(`only Linux executables are built by this script (this is ${process.platform})`);
}

let postjectCli;
try {
	postjectCli = path.join(path.dirname(createRequire(import.meta.url).resolve('postject/package.json')), 'dist', 'cli.js');
} catch {
	throw new Error('postject is missing: npm install --save-dev postject');
}

/** Runs a tool, showing its output only when it fails (postject's ELF library is chatty). */
function quietly(file, args) {
	try {
		execFileSync(file, args, {stdio: ['ignore', 'pipe', 'pipe']});
	} catch (error) {
		process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
		throw error;
	}
}

if (!process.argv.includes('--no-build')) {
	execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {stdio: 'inherit'});
}

/** Every file of dist/ but executables made here before, as paths relative to dist/. */
async function distFiles(dir = dist, prefix = '') {
	const files = [];
	for (const entry of await readdir(dir, {withFileTypes: true})) {
		const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) files.push(...(await distFiles(path.join(dir, entry.name), relative)));
		else if (entry.isFile() && !entry.name.startsWith('segura-token-')) files.push(relative);
	}
	return files.sort();
}

const work = await mkdtemp(path.join(os.tmpdir(), 'segura-token-sea-'));
try {
	const files = await distFiles();
	if (!files.includes('cli.mjs')) throw new Error('dist/cli.mjs is missing');
	const manifest = path.join(work, 'manifest.json');
	await writeFile(manifest, JSON.stringify({entry: 'cli.mjs', files}));
	const blob = path.join(work, 'sea-prep.blob');
	const config = path.join(work, 'sea-config.json');
	await writeFile(
		config,
		JSON.stringify({
			main: path.join(root, 'scripts', 'sea-bootstrap.cjs'),
			output: blob,
			disableExperimentalSEAWarning: true,
			assets: {'manifest.json': manifest, ...Object.fromEntries(files.map(file => [file, path.join(dist, file)]))},
		}),
	);
	quietly(process.execPath, ['--experimental-sea-config', config]);

	await rm(output, {force: true});
	await copyFile(process.execPath, output);
	await chmod(output, 0o755);
	quietly(process.execPath, [postjectCli, output, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', sentinelFuse]);
	await chmod(output, 0o755);

	const size = (await stat(output)).size;
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	process.stdout.write(`${path.relative(root, output)}: ${(size / 1024 / 1024).toFixed(1)} MiB, ${files.length} files of dist/ inside, Node ${process.version}, built in ${seconds} s\n`);
} finally {
	await rm(work, {recursive: true, force: true});
}
