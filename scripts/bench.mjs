// `npm run bench`: how segura-token starts, draws, types and weighs, against baselines measured in
// the same run on the same machine. Prints a table and writes bench/results.json.
//
//   node scripts/bench.mjs [--runs N] [--no-build] [--no-install]
//
// --runs N      timed runs of each program (default 15, at least 10); medians are reported
// --no-build    measure dist/ as it is instead of building it first
// --no-install  skip the `npm ci --omit=dev` into a temporary folder (the dependency size)
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from './build-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Set by prepare() to a copy of dist/ taken right after the build, so that a build running
// meanwhile (npm test empties dist/) cannot change what is measured half-way.
let cli = path.join(root, 'dist', 'cli.mjs');
let standalone = path.join(root, 'dist', `segura-token-${process.platform}-${process.arch}`);
const args = process.argv.slice(2);
const runs = Math.max(10, Number(args[args.indexOf('--runs') + 1]) || 15);
const shouldBuild = !args.includes('--no-build');
const shouldInstall = !args.includes('--no-install');

const targets = {getRatio: 1.0, firstFrameRatio: 1.15, bytesPerKey: 1024, peakRssMiB: 80};

const median = values => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const mib = bytes => round(bytes / 1024 / 1024, 1);
const log = text => process.stderr.write(`${text}\n`);

function machine() {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model.trim() ?? 'unknown',
		cores: cpus.length,
		memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		node: process.version,
	};
}

function hasPostject() {
	try {
		createRequire(import.meta.url).resolve('postject/package.json');
		return true;
	} catch {
		return false;
	}
}

// --- builds -------------------------------------------------------------------------------

async function prepare(work) {
	if (shouldBuild) {
		log('building dist/ ...');
		const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {stdio: 'inherit'});
		if (result.status !== 0) throw new Error('the build failed');
		// The build empties dist/: make the standalone executable again when postject is there.
		if (hasPostject()) {
			log('building the standalone executable ...');
			const standaloneBuild = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-standalone.mjs'), '--no-build'], {stdio: 'inherit'});
			if (standaloneBuild.status !== 0) throw new Error('the standalone build failed');
		} else {
			log('postject is not installed: no standalone executable to measure');
		}
	}
	if (!existsSync(cli)) throw new Error('dist/cli.mjs is missing: run without --no-build');
	const copy = path.join(work, 'dist');
	await cp(path.dirname(cli), copy, {recursive: true});
	cli = path.join(copy, 'cli.mjs');
	standalone = path.join(copy, path.basename(standalone));
	// The reference app, bundled exactly like the CLI.
	await build(bundleOptions({root, outdir: path.join(work, 'hello'), entryPoints: {hello: 'bench/ink-hello.tsx'}}));
	// The PTY driver, which shares the end-to-end tests' helpers and the wizard's own texts. It
	// is written under node_modules/.cache so that node-pty and @xterm/headless resolve.
	const driver = path.join(work, 'wizard-session.mjs');
	await build({
		absWorkingDir: root,
		entryPoints: ['bench/wizard-session.ts'],
		outfile: driver,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		external: ['node-pty', '@xterm/headless'],
		logLevel: 'warning',
	});
	return {hello: path.join(work, 'hello', 'hello.mjs'), session: await import(pathToFileURL(driver).href)};
}

// --- 1. get against the practice server -----------------------------------------------------

async function startPracticeServer() {
	const child = spawn(process.execPath, [cli, 'demo', '--serve', '--json'], {stdio: ['ignore', 'pipe', 'ignore']});
	const line = await new Promise((resolve, reject) => {
		let text = '';
		child.once('exit', code => reject(new Error(`demo --serve exited (${code})`)));
		child.stdout.on('data', data => {
			text += data;
			if (text.includes('\n')) resolve(text.slice(0, text.indexOf('\n')));
		});
	});
	const details = JSON.parse(line);
	const provider = details.providers.find(p => p.kind === 'internal') ?? details.providers[0];
	return {provider, stop: () => child.kill('SIGTERM')};
}

/** The ten-line script a person would write instead: Node's own fetch, the same POST. */
function naiveScript(provider) {
	return `// The naive way: Node's built-in fetch, the same form and Basic header as segura-token.
const id = ${JSON.stringify(provider.clientId)};
const secret = process.env.SEGURA_CLIENT_SECRET;
const basic = Buffer.from(\`\${encodeURIComponent(id)}:\${encodeURIComponent(secret)}\`).toString('base64');
const response = await fetch(${JSON.stringify(provider.tokenUrl)}, {
	method: 'POST',
	headers: {'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', authorization: \`Basic \${basic}\`},
	body: 'grant_type=client_credentials',
});
if (!response.ok) throw new Error(\`HTTP \${response.status}\`);
process.stdout.write(\`\${(await response.json()).access_token}\\n\`);
`;
}

function timeRun(command, env) {
	const [file, ...rest] = command;
	const started = process.hrtime.bigint();
	const result = spawnSync(file, rest, {env, encoding: 'utf8'});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}): ${result.stderr}`);
	return {ms, stdout: result.stdout};
}

async function benchGet(work) {
	const server = await startPracticeServer();
	try {
		const {provider} = server;
		const naive = path.join(work, 'naive-token.mjs');
		await writeFile(naive, naiveScript(provider));
		const env = {...process.env, SEGURA_CLIENT_SECRET: provider.clientSecret};
		for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'CI']) delete env[name];
		const getArgs = ['get', '--token-url', provider.tokenUrl, '--client-id', provider.clientId];
		const programs = {
			get: [process.execPath, cli, ...getArgs],
			naive: [process.execPath, naive],
			nodeE0: [process.execPath, '-e', '0'],
			...(existsSync(standalone) ? {standaloneGet: [standalone, ...getArgs]} : {}),
		};
		const times = Object.fromEntries(Object.keys(programs).map(name => [name, []]));
		// One warm-up round (disk cache), then interleaved rounds so a busy moment hits all alike.
		for (let round = 0; round <= runs; round++) {
			for (const [name, command] of Object.entries(programs)) {
				const {ms, stdout} = timeRun(command, env);
				if (name !== 'nodeE0' && !/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/.test(stdout)) throw new Error(`${name} printed no token`);
				if (round > 0) times[name].push(ms);
			}
		}
		const medians = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, round(median(values))]));
		return {medianMs: medians, ratio: round(medians.get / medians.naive, 2), ...(medians.standaloneGet ? {standaloneRatio: round(medians.standaloneGet / medians.naive, 2)} : {})};
	} finally {
		server.stop();
	}
}

// --- 2. first frame in a PTY -----------------------------------------------------------------

async function benchFirstFrame(work, hello, session) {
	const configHome = await mkdtemp(path.join(work, 'xdg-'));
	const env = {XDG_CONFIG_HOME: configHome, LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, NO_COLOR: undefined};
	const programs = {
		wizard: [[process.execPath, cli], session.firstFrameMarker],
		inkHello: [[process.execPath, hello], 'Hello, world'],
		nodeE0: [[process.execPath, '-e', '0'], undefined],
		...(existsSync(standalone) ? {standaloneWizard: [[standalone], session.firstFrameMarker]} : {}),
	};
	const times = Object.fromEntries(Object.keys(programs).map(name => [name, []]));
	for (let round = 0; round <= runs; round++) {
		for (const [name, [command, marker]] of Object.entries(programs)) {
			const ms = await session.timeToMarker(command, marker, env);
			if (round > 0) times[name].push(ms);
		}
	}
	const entries = await readdir(configHome);
	if (entries.length > 0) throw new Error(`the wizard wrote to XDG_CONFIG_HOME before any save: ${entries.join(', ')}`);
	const medians = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, round(median(values))]));
	return {
		medianMs: medians,
		ratioToInkHello: round(medians.wizard / medians.inkHello, 2),
		ratioToNodeE0: round(medians.wizard / medians.nodeE0, 2),
	};
}

// --- 3. bytes per keystroke ------------------------------------------------------------------

async function benchKeystrokes(session) {
	const fields = await session.keystrokeBytes({command: [process.execPath, cli], cols: 80, rows: 24});
	const all = fields.flatMap(field => field.perKey);
	return {
		terminal: '80x24',
		medianBytes: median(all),
		maxBytes: Math.max(...all),
		fields: fields.map(field => ({field: field.field, keys: field.perKey.length, medianBytes: median(field.perKey), maxBytes: Math.max(...field.perKey)})),
	};
}

// --- 4. peak RSS through a whole demo flow ---------------------------------------------------

async function benchPeakRss(work, session) {
	const timeTool = ['/usr/bin/time', '/bin/time'].find(file => existsSync(file));
	const flows = [];
	for (let run = 0; run < 3; run++) {
		const file = path.join(work, `rss-${run}.txt`);
		// Without GNU time: a preload reads the process's own peak (getrusage) as it exits.
		const preload = path.join(work, 'max-rss.cjs');
		if (!timeTool) await writeFile(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(file)}, String(process.resourceUsage().maxRSS)));\n`);
		const command = timeTool ? [timeTool, '-f', '%M', '-o', file, process.execPath, cli] : [process.execPath, '-r', preload, cli];
		const flow = await session.demoFlow({command, cols: 80, rows: 24}, file);
		if (flow.exitCode !== 0 || flow.peakRssKiB === undefined) throw new Error(`the demo flow ended with ${flow.exitCode}`);
		flows.push(flow);
	}
	const peaks = flows.map(flow => flow.peakRssKiB / 1024);
	let standaloneMiB;
	if (existsSync(standalone) && timeTool) {
		const file = path.join(work, 'rss-standalone.txt');
		const flow = await session.demoFlow({command: [timeTool, '-f', '%M', '-o', file, standalone], cols: 80, rows: 24}, file);
		if (flow.exitCode === 0 && flow.peakRssKiB !== undefined) standaloneMiB = round(flow.peakRssKiB / 1024);
	}
	return {
		flow: 'segura-token demo: practice values typed off the screen, internal users, Enter through, Proceed, u, Enter',
		measuredWith: timeTool ? `${timeTool} -f %M` : 'process.resourceUsage().maxRSS',
		medianMiB: round(median(peaks)),
		maxMiB: round(Math.max(...peaks)),
		runsMiB: peaks.map(peak => round(peak)),
		flowSeconds: round(median(flows.map(flow => flow.seconds)), 2),
		...(standaloneMiB === undefined ? {} : {standaloneMiB}),
	};
}

// --- 5. sizes ---------------------------------------------------------------------------------

/** Bytes of the files under `dir`; with skipNodeModules, nested node_modules/ are left out. */
async function treeBytes(dir, {skipNodeModules = false} = {}) {
	let total = 0;
	for (const entry of await readdir(dir, {withFileTypes: true})) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			if (!(skipNodeModules && entry.name === 'node_modules')) total += await treeBytes(full, {skipNodeModules});
		}
		else if (entry.isFile()) total += (await stat(full)).size;
	}
	return total;
}

/** dist/cli.mjs and every chunk it imports statically, then `get`'s chunk and its own. */
async function getLoadBytes() {
	const dist = path.dirname(cli);
	const cliText = await readFile(cli, 'utf8');
	const getChunk = /import\("\.\/(chunks\/get-[\w-]+\.mjs)"\)/.exec(cliText)?.[1];
	if (!getChunk) throw new Error('no get chunk imported by dist/cli.mjs');
	const seen = new Set();
	const visit = async file => {
		if (seen.has(file)) return;
		seen.add(file);
		const text = await readFile(path.join(dist, file), 'utf8');
		for (const [, spec] of text.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.mjs)"/g)) {
			await visit(path.normalize(path.join(path.dirname(file), spec)));
		}
	};
	await visit('cli.mjs');
	await visit(getChunk);
	let bytes = 0;
	for (const file of seen) bytes += (await stat(path.join(dist, file))).size;
	return {files: seen.size, bytes};
}

async function benchSizes(work) {
	const sizes = {distBytes: await treeBytes(path.dirname(cli)) - (existsSync(standalone) ? (await stat(standalone)).size : 0), getLoads: await getLoadBytes()};
	if (existsSync(standalone)) sizes.standaloneBytes = (await stat(standalone)).size;
	if (!shouldInstall) return sizes;
	const install = path.join(work, 'install');
	await mkdir(install);
	for (const file of ['package.json', 'package-lock.json']) await writeFile(path.join(install, file), await readFile(path.join(root, file)));
	log('npm ci --omit=dev into a temporary folder ...');
	const npm = spawnSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {cwd: install, encoding: 'utf8', timeout: 300_000});
	if (npm.status === 0) {
		const listed = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {cwd: install, encoding: 'utf8'});
		const packages = new Set(listed.stdout.split('\n').filter(line => line.includes(`${path.sep}node_modules${path.sep}`))).size;
		sizes.productionDependencies = {bytes: await treeBytes(path.join(install, 'node_modules')), packages, measuredWith: 'npm ci --omit=dev --ignore-scripts'};
	} else {
		// npm ci refuses a lock file out of step with package.json: count the installed tree instead.
		const said = (npm.stderr || npm.stdout || '').split('\n').map(line => line.replace(/^npm (?:error|ERR!)\s*/, '').trim());
		const problem = said.find(line => /^(Missing|Invalid):/.test(line)) ?? said.find(line => line !== '') ?? 'npm ci failed';
		const listed = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {cwd: root, encoding: 'utf8'});
		const dirs = [...new Set(listed.stdout.split('\n').filter(line => line.includes(`${path.sep}node_modules${path.sep}`)))];
		let bytes = 0;
		for (const dir of dirs) bytes += await treeBytes(dir, {skipNodeModules: true});
		sizes.productionDependencies = {bytes, packages: dirs.length, measuredWith: 'npm ls --omit=dev of node_modules/ (npm ci failed)', npmCiProblem: problem};
	}
	return sizes;
}

// --- report -----------------------------------------------------------------------------------

function table(results) {
	const {get, firstFrame, keystrokes, rss, sizes} = results;
	const check = (ok, text) => `${ok ? 'met' : 'NOT met'} (${text})`;
	const rows = [
		['get vs the naive fetch script', `${get.medianMs.get} ms vs ${get.medianMs.naive} ms (node -e 0: ${get.medianMs.nodeE0} ms)`, `ratio ${get.ratio}`, check(get.ratio <= targets.getRatio, `<= ${targets.getRatio}`)],
		['first wizard frame vs Ink hello-world', `${firstFrame.medianMs.wizard} ms vs ${firstFrame.medianMs.inkHello} ms`, `ratio ${firstFrame.ratioToInkHello}`, check(firstFrame.ratioToInkHello <= targets.firstFrameRatio, `<= ${targets.firstFrameRatio}`)],
		['first wizard frame vs node -e 0', `${firstFrame.medianMs.wizard} ms vs ${firstFrame.medianMs.nodeE0} ms`, `ratio ${firstFrame.ratioToNodeE0}`, ''],
		['bytes per keystroke (80x24)', `median ${keystrokes.medianBytes} B, max ${keystrokes.maxBytes} B`, '', check(keystrokes.maxBytes <= targets.bytesPerKey, `<= ${targets.bytesPerKey} B`)],
		['peak RSS, whole demo flow', `median ${rss.medianMiB} MiB, max ${rss.maxMiB} MiB (${round(rss.medianMiB * 1.048576)} MB)`, '', check(rss.medianMiB <= targets.peakRssMiB, `<= ${targets.peakRssMiB} MiB`)],
		['bundle (dist/)', `${mib(sizes.distBytes)} MiB; get loads ${round(sizes.getLoads.bytes / 1024, 0)} KiB in ${sizes.getLoads.files} files`, '', ''],
	];
	if (sizes.productionDependencies) {
		const deps = sizes.productionDependencies;
		rows.push(['production dependencies', `${mib(deps.bytes)} MiB in ${deps.packages} packages (${deps.measuredWith})`, '', '']);
	}
	if (sizes.standaloneBytes) rows.push(['standalone binary', `${mib(sizes.standaloneBytes)} MiB`, '', '']);
	if (get.medianMs.standaloneGet) rows.push(['standalone get vs the naive script', `${get.medianMs.standaloneGet} ms`, `ratio ${get.standaloneRatio}`, '']);
	if (firstFrame.medianMs.standaloneWizard) rows.push(['standalone first frame', `${firstFrame.medianMs.standaloneWizard} ms`, `ratio ${round(firstFrame.medianMs.standaloneWizard / firstFrame.medianMs.inkHello, 2)}`, '']);
	if (rss.standaloneMiB) rows.push(['standalone peak RSS, demo flow', `${rss.standaloneMiB} MiB`, '', '']);
	const widths = [0, 1, 2, 3].map(column => Math.max(...rows.map(row => row[column].length)));
	return rows.map(row => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

const cache = path.join(root, 'node_modules', '.cache');
await mkdir(cache, {recursive: true});
const work = await mkdtemp(path.join(cache, 'segura-token-bench-'));
try {
	const loadBefore = os.loadavg()[0];
	const started = Date.now();
	const {hello, session} = await prepare(work);
	log(`get, ${runs} runs each ...`);
	const get = await benchGet(work);
	log(`first frame, ${runs} runs each ...`);
	const firstFrame = await benchFirstFrame(work, hello, session);
	log('keystrokes ...');
	const keystrokes = await benchKeystrokes(session);
	log('peak RSS, 3 demo flows ...');
	const rss = await benchPeakRss(work, session);
	const sizes = await benchSizes(work);
	const results = {
		date: new Date().toISOString(),
		machine: {...machine(), loadAverage1m: {before: round(loadBefore, 2), after: round(os.loadavg()[0], 2)}},
		runs,
		targets,
		get,
		firstFrame,
		keystrokes,
		rss,
		sizes,
		seconds: round((Date.now() - started) / 1000),
	};
	await mkdir(path.join(root, 'bench'), {recursive: true});
	await writeFile(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	const {cpu, cores, memoryGiB, node} = results.machine;
	process.stdout.write(`segura-token bench: ${cpu}, ${cores} cores, ${memoryGiB} GiB, Node ${node}, ${runs} runs (medians), load ${results.machine.loadAverage1m.before} -> ${results.machine.loadAverage1m.after}\n\n`);
	process.stdout.write(`${table(results)}\n\nbench/results.json written.\n`);
} finally {
	await rm(work, {recursive: true, force: true});
}
