// `npm run bench`: how segura-token starts, draws, types and weighs on the two maintained LTS
// Nodes side by side — 22 and 24, the pinned releases of scripts/pinned-node.mjs, whatever Node
// runs the bench — each figure a ratio to baselines measured in the same run on the same Node.
// The run-time V8 flags that earlier releases set are measured too, with a preload that sets
// them, against the same preload doing nothing: the project sets none unless they gain more
// than 10% on a Node. Prints a table and writes bench/results.json.
//
//   node scripts/bench.mjs [--runs N] [--no-build]
//
// --runs N      timed runs of each program (default 15, at least 10); medians are reported
// --no-build    measure dist/ as it is instead of building dist/ and the standalone executable
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {bundleOptions} from './build-options.mjs';
import {pinnedNode, pinnedNodes, pinnedNodeVersion} from './pinned-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Set by prepare() to a copy of dist/ taken right after the build, so that a build running
// meanwhile (npm test empties dist/) cannot change what is measured half-way.
let cli = path.join(root, 'dist', 'cli.mjs');
let standalone = path.join(root, 'dist', `segura-token-linux-${process.arch}`);
// Preloads (node --require) written by prepare(): one that sets the run-time V8 flags earlier
// releases set (v8.setFlagsFromString, before any code of ours runs), and one that does nothing,
// the baseline it is compared with (a preload costs a little by itself).
let flagsPreload = '';
let noopPreload = '';
/** The flags: WebAssembly kept at its baseline compiler (undici's HTTP parser, yoga's layout), and no TurboFan. */
const runtimeV8Flags = ['--liftoff-only', '--no-turbofan'];
/** A gain under this (a ratio of medians, same run, same Node) does not justify a run-time flag. */
const flagGainNeeded = 0.1;
const args = process.argv.slice(2);
const runs = Math.max(10, Number(args[args.indexOf('--runs') + 1]) || 15);
const shouldBuild = !args.includes('--no-build');

/** The targets, on Node 24 (the figures of Node 22 are shown against them too). */
const targets = {
	getVsNaive: 1.25,
	firstFrameVsInkHello: 1.15,
	standaloneFirstFrameVsNodeE0: 2.5,
	/** MB over the Ink hello-world's own peak. */
	peakRssOverInkHelloMB: 30,
	bytesPerKey: 100,
};

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
	return {cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, memoryGiB: round(os.totalmem() / 1024 ** 3, 1), os: `${os.type()} ${os.release()} ${os.arch()}`};
}

// --- builds -------------------------------------------------------------------------------

function runScript(script, scriptArgs = []) {
	const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...scriptArgs], {stdio: 'inherit'});
	if (result.status !== 0) throw new Error(`${script} failed`);
}

async function prepare(work) {
	if (shouldBuild) {
		log('building dist/ and the standalone executable ...');
		runScript('build.mjs');
		runScript('build-standalone.mjs', ['--arch', process.arch]);
	}
	if (!existsSync(cli)) throw new Error('dist/cli.mjs is missing: run without --no-build');
	const copy = path.join(work, 'dist');
	await cp(path.dirname(cli), copy, {recursive: true});
	cli = path.join(copy, 'cli.mjs');
	standalone = path.join(copy, path.basename(standalone));
	flagsPreload = path.join(work, 'v8-flags.cjs');
	await writeFile(flagsPreload, `const v8 = require('node:v8');\nfor (const flag of ${JSON.stringify(runtimeV8Flags)}) v8.setFlagsFromString(flag);\n`);
	noopPreload = path.join(work, 'noop.cjs');
	await writeFile(noopPreload, '// The baseline of the V8 flags preload: a preload that does nothing.\n');
	// The reference app, bundled exactly like the CLI.
	await build(bundleOptions({root, outdir: path.join(work, 'hello'), entryPoints: {hello: 'bench/ink-hello.tsx'}}));
	// The PTY driver, which shares the end-to-end tests' helpers and the wizard's own texts.
	const driver = path.join(work, 'wizard-session.mjs');
	await build({
		absWorkingDir: root,
		entryPoints: ['bench/wizard-session.ts'],
		outfile: driver,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node22',
		external: ['node-pty', '@xterm/headless'],
		logLevel: 'warning',
	});
	return {hello: path.join(work, 'hello', 'hello.mjs'), session: await import(pathToFileURL(driver).href)};
}

// --- 1. get against the practice server -----------------------------------------------------

async function startPracticeServer(work) {
	// Its own config folder: the practice server keeps its port there, and one the user runs must not clash.
	const env = {...process.env, XDG_CONFIG_HOME: await mkdtemp(path.join(work, 'xdg-serve-'))};
	const child = spawn(process.execPath, [cli, 'demo', '--serve', '--json'], {env, stdio: ['ignore', 'pipe', 'ignore']});
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

/**
 * Runs every program once for a warm-up round, then `runs` interleaved rounds (a busy moment
 * hits all alike), and returns each one's median.
 */
async function interleaved(programs, once) {
	const times = Object.fromEntries(Object.keys(programs).map(name => [name, []]));
	for (let round = 0; round <= runs; round++) {
		for (const [name, program] of Object.entries(programs)) {
			const ms = await once(name, program);
			if (round > 0) times[name].push(ms);
		}
	}
	return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, round(median(values))]));
}

async function benchGet(work, nodes) {
	const server = await startPracticeServer(work);
	try {
		const {provider} = server;
		const naive = path.join(work, 'naive-token.mjs');
		await writeFile(naive, naiveScript(provider));
		const env = {...process.env, SEGURA_CLIENT_SECRET: provider.clientSecret};
		for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'CI', 'NODE_OPTIONS']) delete env[name];
		const getArgs = ['get', '--token-url', provider.tokenUrl, '--client-id', provider.clientId];
		const programs = {};
		for (const [label, node] of Object.entries(nodes)) {
			programs[`${label}:get`] = [node, cli, ...getArgs];
			programs[`${label}:getFlagsPreload`] = [node, '--require', flagsPreload, cli, ...getArgs];
			programs[`${label}:getNoopPreload`] = [node, '--require', noopPreload, cli, ...getArgs];
			programs[`${label}:getNoCompileCache`] = [node, cli, ...getArgs];
			programs[`${label}:naive`] = [node, naive];
			programs[`${label}:nodeE0`] = [node, '-e', '0'];
		}
		if (existsSync(standalone)) programs['standalone:get'] = [standalone, ...getArgs];
		return await interleaved(programs, (name, command) => {
			const {ms, stdout} = timeRun(command, name.endsWith(':getNoCompileCache') ? {...env, NODE_DISABLE_COMPILE_CACHE: '1'} : env);
			if (!name.endsWith(':nodeE0') && !/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/.test(stdout)) throw new Error(`${name} printed no token`);
			return ms;
		});
	} finally {
		server.stop();
	}
}

// --- 2. first frame in a PTY -----------------------------------------------------------------

async function benchFirstFrame(work, nodes, hello, session) {
	const configHome = await mkdtemp(path.join(work, 'xdg-'));
	const env = {XDG_CONFIG_HOME: configHome, LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, NO_COLOR: undefined, NODE_OPTIONS: undefined};
	const programs = {};
	for (const [label, node] of Object.entries(nodes)) {
		programs[`${label}:wizard`] = [[node, cli], session.firstFrameMarker];
		programs[`${label}:wizardFlagsPreload`] = [[node, '--require', flagsPreload, cli], session.firstFrameMarker];
		programs[`${label}:wizardNoopPreload`] = [[node, '--require', noopPreload, cli], session.firstFrameMarker];
		programs[`${label}:inkHello`] = [[node, hello], 'Hello, world'];
		programs[`${label}:nodeE0`] = [[node, '-e', '0'], undefined];
	}
	if (existsSync(standalone)) programs['standalone:wizard'] = [[standalone], session.firstFrameMarker];
	const medians = await interleaved(programs, (name, [command, marker]) => session.timeToMarker(command, marker, env));
	const entries = await readdir(configHome);
	if (entries.length > 0) throw new Error(`the wizard wrote to XDG_CONFIG_HOME before any save: ${entries.join(', ')}`);
	return medians;
}

// --- 3. bytes per keystroke ------------------------------------------------------------------

async function benchKeystrokes(node, session) {
	const fields = await session.keystrokeBytes({command: [node, cli], cols: 80, rows: 24});
	const all = fields.flatMap(field => field.perKey);
	return {
		terminal: '80x24',
		medianBytes: median(all),
		maxBytes: Math.max(...all),
		fields: fields.map(field => ({field: field.field, keys: field.perKey.length, medianBytes: median(field.perKey), maxBytes: Math.max(...field.perKey)})),
	};
}

// --- 4. peak RSS through a whole demo flow ---------------------------------------------------

const timeTool = ['/usr/bin/time', '/bin/time'].find(file => existsSync(file));

/**
 * Peak RSS (KiB) of one run of `command`: a whole demo flow, or (`hello`) the Ink hello-world
 * drawn and ended with a key.
 */
async function peakRss(work, command, session, name, hello) {
	const file = path.join(work, `rss-${name}.txt`);
	let program;
	if (timeTool) program = [timeTool, '-f', '%M', '-o', file, ...command];
	else {
		// Without GNU time: a preload reads the process's own peak (getrusage) as it exits.
		const preload = path.join(work, 'max-rss.cjs');
		await writeFile(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(file)}, String(process.resourceUsage().maxRSS)));\n`);
		program = [command[0], '-r', preload, ...command.slice(1)];
	}
	if (hello) {
		const peak = await session.helloPeak({command: program, cols: 80, rows: 24}, file);
		if (peak === undefined) throw new Error(`the hello-world of ${name} failed`);
		return peak;
	}
	const flow = await session.demoFlow({command: program, cols: 80, rows: 24}, file);
	if (flow.exitCode !== 0 || flow.peakRssKiB === undefined) throw new Error(`the demo flow of ${name} ended with ${flow.exitCode}`);
	return flow.peakRssKiB;
}

async function benchPeakRss(work, nodes, hello, session) {
	const programs = {};
	for (const [label, node] of Object.entries(nodes)) {
		programs[label] = [node, cli];
		programs[`${label}:flagsPreload`] = [node, '--require', flagsPreload, cli];
		programs[`${label}:noopPreload`] = [node, '--require', noopPreload, cli];
		programs[`${label}:inkHello`] = [node, hello];
	}
	if (existsSync(standalone) && timeTool) programs.standalone = [standalone];
	const peaks = Object.fromEntries(Object.keys(programs).map(name => [name, []]));
	for (let run = 0; run < 3; run++) {
		for (const [name, command] of Object.entries(programs)) peaks[name].push((await peakRss(work, command, session, `${name.replace(':', '-')}-${run}`, name.endsWith(':inkHello'))) * 1024);
	}
	return Object.fromEntries(Object.entries(peaks).map(([name, bytes]) => [name, {medianMiB: mib(median(bytes)), medianMB: round(median(bytes) / 1e6), runsMiB: bytes.map(mib)}]));
}

// --- 5. sizes ---------------------------------------------------------------------------------

/** Bytes of the files under `dir`. */
async function treeBytes(dir) {
	let total = 0;
	for (const entry of await readdir(dir, {withFileTypes: true})) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) total += await treeBytes(full);
		else if (entry.isFile()) total += (await stat(full)).size;
	}
	return total;
}

/**
 * The files `get` reads: dist/cli.mjs and the chunks it imports statically, then the CLI's chunk
 * (the entry imports it once the compile cache is on) and `get`'s, each with its own.
 */
async function getLoadBytes() {
	const dist = path.dirname(cli);
	const seen = new Set();
	const visit = async file => {
		if (seen.has(file)) return;
		seen.add(file);
		const text = await readFile(path.join(dist, file), 'utf8');
		for (const [, spec] of text.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.mjs)"/g)) await visit(path.normalize(path.join(path.dirname(file), spec)));
	};
	await visit('cli.mjs');
	for (const name of ['cli', 'get']) {
		let target;
		for (const file of seen) {
			const spec = new RegExp(`import\\("(\\.\\/(?:chunks\\/)?${name}-[\\w-]+\\.mjs)"\\)`).exec(await readFile(path.join(dist, file), 'utf8'))?.[1];
			if (spec) target = path.normalize(path.join(path.dirname(file), spec));
		}
		if (!target) throw new Error(`no ${name} chunk imported dynamically by dist/cli.mjs or its chunks`);
		await visit(target);
	}
	let bytes = 0;
	for (const file of seen) bytes += (await stat(path.join(dist, file))).size;
	return {files: seen.size, bytes};
}

/** `npm pack` of the package and a global install of it into a fresh prefix: what users get. */
async function installedBytes(work) {
	const env = {...process.env, npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false'};
	const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {cwd: root, env, encoding: 'utf8'});
	if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
	const [{filename, size}] = JSON.parse(packed.stdout);
	const prefix = path.join(work, 'prefix');
	const installed = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', path.join(work, filename)], {cwd: work, env, encoding: 'utf8'});
	if (installed.status !== 0) throw new Error(`npm install -g failed: ${installed.stderr}`);
	const packages = await readdir(path.join(prefix, 'lib', 'node_modules'));
	return {tarballBytes: size, installedBytes: await treeBytes(prefix), packages: packages.length};
}

async function benchSizes(work) {
	const dist = path.dirname(cli);
	const executables = (await readdir(dist)).filter(file => file.startsWith('segura-token-'));
	let distBytes = await treeBytes(dist);
	for (const file of executables) distBytes -= (await stat(path.join(dist, file))).size;
	const sizes = {distBytes, getLoads: await getLoadBytes(), package: await installedBytes(work)};
	if (existsSync(standalone)) sizes.standaloneBytes = (await stat(standalone)).size;
	return sizes;
}

// --- report -----------------------------------------------------------------------------------

function verdict(value, target, unit = '') {
	if (target === undefined) return '';
	return value <= target ? ` (<= ${target}${unit}: met)` : ` (<= ${target}${unit}: MISSED)`;
}

/**
 * What the run-time V8 flags do on one Node: each figure with the flags preload against the same
 * preload doing nothing (gain: the share of time or memory saved; negative is a cost), and
 * whether any gain passes flagGainNeeded.
 */
function flagsFigures(label, get, frame, rss) {
	const gain = (without, withFlags) => round((without - withFlags) / without, 3);
	const figures = {
		get: {withMs: get[`${label}:getFlagsPreload`], withoutMs: get[`${label}:getNoopPreload`], gain: gain(get[`${label}:getNoopPreload`], get[`${label}:getFlagsPreload`])},
		firstFrame: {withMs: frame[`${label}:wizardFlagsPreload`], withoutMs: frame[`${label}:wizardNoopPreload`], gain: gain(frame[`${label}:wizardNoopPreload`], frame[`${label}:wizardFlagsPreload`])},
		rss: {withMB: rss[`${label}:flagsPreload`].medianMB, withoutMB: rss[`${label}:noopPreload`].medianMB, gain: gain(rss[`${label}:noopPreload`].medianMB, rss[`${label}:flagsPreload`].medianMB)},
	};
	return {flags: runtimeV8Flags, ...figures, gainOver10Percent: Object.entries(figures).filter(([, figure]) => figure.gain > flagGainNeeded).map(([name]) => name)};
}

/** Per Node: the figures and their ratios to that Node's baselines. */
function figuresFor(label, major, get, frame, keystrokes, rss) {
	const ratio = (a, b) => round(a / b, 2);
	const inkHello = rss[`${label}:inkHello`];
	return {
		get: {ms: get[`${label}:get`], naiveMs: get[`${label}:naive`], nodeE0Ms: get[`${label}:nodeE0`], vsNaive: ratio(get[`${label}:get`], get[`${label}:naive`]), vsNodeE0: ratio(get[`${label}:get`], get[`${label}:nodeE0`])},
		firstFrame: {ms: frame[`${label}:wizard`], inkHelloMs: frame[`${label}:inkHello`], nodeE0Ms: frame[`${label}:nodeE0`], vsInkHello: ratio(frame[`${label}:wizard`], frame[`${label}:inkHello`]), vsNodeE0: ratio(frame[`${label}:wizard`], frame[`${label}:nodeE0`])},
		keystrokes,
		rss: {...rss[label], inkHello, overInkHelloMB: round(rss[label].medianMB - inkHello.medianMB)},
		// The project sets no run-time V8 flag: what they would do, measured.
		v8Flags: flagsFigures(label, get, frame, rss),
		compileCache: {getWithoutMs: get[`${label}:getNoCompileCache`]},
		major,
	};
}

const percent = share => `${share > 0 ? '-' : '+'}${Math.abs(round(share * 100, 1))}%`;

function table(results) {
	const labels = Object.keys(results.nodes);
	const cell = (label, make) => make(results.nodes[label]);
	const rows = [
		['figure (targets on Node 24)', ...labels.map(label => `Node ${results.nodes[label].version}`)],
		['get vs the ten-line fetch script', ...labels.map(label => cell(label, n => `${n.get.ms} / ${n.get.naiveMs} ms = ${n.get.vsNaive}${verdict(n.get.vsNaive, targets.getVsNaive)}`))],
		['get vs node -e 0', ...labels.map(label => cell(label, n => `${n.get.ms} / ${n.get.nodeE0Ms} ms = ${n.get.vsNodeE0}`))],
		['first wizard frame vs Ink hello-world', ...labels.map(label => cell(label, n => `${n.firstFrame.ms} / ${n.firstFrame.inkHelloMs} ms = ${n.firstFrame.vsInkHello}${verdict(n.firstFrame.vsInkHello, targets.firstFrameVsInkHello)}`))],
		['first wizard frame vs node -e 0', ...labels.map(label => cell(label, n => `${n.firstFrame.ms} / ${n.firstFrame.nodeE0Ms} ms = ${n.firstFrame.vsNodeE0}`))],
		['bytes per keystroke, 80x24 (median; max)', ...labels.map(label => cell(label, n => `${n.keystrokes.medianBytes} B${verdict(n.keystrokes.medianBytes, targets.bytesPerKey, ' B')}; max ${n.keystrokes.maxBytes} B`))],
		['peak RSS, demo flow vs Ink hello-world', ...labels.map(label => cell(label, n => `${n.rss.medianMB} MB = hello ${n.rss.inkHello.medianMB} MB + ${n.rss.overInkHelloMB} MB${verdict(n.rss.overInkHelloMB, targets.peakRssOverInkHelloMB, ' MB over')}`))],
		['run-time V8 flags: none set; with them', ...labels.map(label => cell(label, ({v8Flags: f}) => `${f.flags.join(' ')}: more than 10% gained in ${f.gainOver10Percent.length > 0 ? f.gainOver10Percent.join(', ') : 'nothing'}`))],
		['  get / first frame / RSS, with vs without', ...labels.map(label => cell(label, ({v8Flags: f}) => `${f.get.withMs} vs ${f.get.withoutMs} ms (${percent(f.get.gain)}) / ${f.firstFrame.withMs} vs ${f.firstFrame.withoutMs} ms (${percent(f.firstFrame.gain)}) / ${f.rss.withMB} vs ${f.rss.withoutMB} MB (${percent(f.rss.gain)})`))],
		['get without the compile cache', ...labels.map(label => cell(label, n => `${n.compileCache.getWithoutMs} ms (with it: ${n.get.ms} ms)`))],
	];
	const {standalone: sa, sizes} = results;
	if (sa) {
		const pinned = labels.find(label => results.nodes[label].version === pinnedNodeVersion);
		rows.push(['standalone get vs the fetch script', ...labels.map(label => (label === pinned ? `${sa.getMs} / ${results.nodes[label].get.naiveMs} ms = ${sa.getVsNaive}` : '-'))]);
		rows.push(['standalone first frame vs node -e 0', ...labels.map(label => (label === pinned ? `${sa.firstFrameMs} / ${results.nodes[label].firstFrame.nodeE0Ms} ms = ${sa.firstFrameVsNodeE0}${verdict(sa.firstFrameVsNodeE0, targets.standaloneFirstFrameVsNodeE0)}` : '-'))]);
		if (sa.rss) rows.push(['standalone peak RSS, demo flow', ...labels.map(label => (label === pinned ? `${sa.rss.medianMB} MB (${sa.rss.medianMiB} MiB)` : '-'))]);
		rows.push(['standalone: written at start', ...labels.map(label => (label === pinned ? (sa.writtenOutsideCache.length === 0 ? `only the cache folder (${sa.writtenInCache} files)` : `OUTSIDE the cache folder: ${sa.writtenOutsideCache.join(', ')}`) : '-'))]);
	}
	const widths = rows[0].map((_, column) => Math.max(...rows.map(row => row[column].length)));
	const lines = rows.map(row => row.map((text, column) => text.padEnd(widths[column])).join('  ').trimEnd());
	lines.splice(1, 0, widths.map(width => '-'.repeat(width)).join('  '));
	lines.push('');
	lines.push(`bundle: dist/ ${mib(sizes.distBytes)} MiB; get reads ${round(sizes.getLoads.bytes / 1024, 0)} KiB in ${sizes.getLoads.files} files`);
	lines.push(`package: tarball ${round(sizes.package.tarballBytes / 1024, 0)} KiB; npm install -g: ${round(sizes.package.installedBytes / 1e6, 2)} MB in ${sizes.package.packages} package(s)`);
	if (sizes.standaloneBytes) lines.push(`standalone executable (linux-${process.arch}): ${mib(sizes.standaloneBytes)} MiB`);
	return lines.join('\n');
}

// --- 6. what the standalone executable writes at start ----------------------------------------

/** Every file under `dir`. */
async function filesUnder(dir) {
	const entries = await readdir(dir, {recursive: true, withFileTypes: true});
	return entries.filter(entry => !entry.isDirectory()).map(entry => path.join(entry.parentPath, entry.name));
}

/**
 * The standalone executable started twice (--version, then the wizard to its first frame) with a
 * fresh home, no XDG_CACHE_HOME and a fresh temporary folder: the files it wrote, inside its cache
 * folder (~/.cache/segura-token) and outside it.
 */
async function standaloneWrites(work, session) {
	const home = await mkdtemp(path.join(work, 'home-'));
	const tmp = await mkdtemp(path.join(work, 'sea-tmp-'));
	const env = {...process.env, HOME: home, TMPDIR: tmp};
	for (const name of ['XDG_CACHE_HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'NODE_OPTIONS']) delete env[name];
	timeRun([standalone, '--version'], env);
	await session.timeToMarker([standalone], session.firstFrameMarker, {HOME: home, TMPDIR: tmp, XDG_CACHE_HOME: undefined, XDG_CONFIG_HOME: undefined, XDG_DATA_HOME: undefined, XDG_STATE_HOME: undefined, LANG: 'en_US.UTF-8', NODE_OPTIONS: undefined});
	const cacheFolder = path.join(home, '.cache', 'segura-token') + path.sep;
	const written = [...(await filesUnder(home)), ...(await filesUnder(tmp))];
	return {inCache: written.filter(file => file.startsWith(cacheFolder)).length, outside: written.filter(file => !file.startsWith(cacheFolder))};
}

const cache = path.join(root, 'node_modules', '.cache');
await mkdir(cache, {recursive: true});
const work = await mkdtemp(path.join(cache, 'segura-token-bench-'));
// Every program measured gets a temporary folder of the bench's own: whatever one leaves there
// is found at the end.
const tmp = path.join(work, 'tmp');
await mkdir(tmp);
process.env.TMPDIR = tmp;
// The compile cache of the npm bundle (Node 22.1+) goes there too, not into the user's.
process.env.XDG_CACHE_HOME = path.join(work, 'cache');
try {
	const loadBefore = os.loadavg()[0];
	const started = Date.now();
	// The maintained LTS lines, pinned: the same Nodes on every machine, whatever runs the bench.
	const nodes = {};
	for (const major of [22, 24]) nodes[pinnedNodes[major].version] = await pinnedNode(process.arch, major);
	const {hello, session} = await prepare(work);
	const sizes = await benchSizes(work);
	log(`get, ${runs} runs each ...`);
	const get = await benchGet(work, nodes);
	log(`first frame, ${runs} runs each ...`);
	const frame = await benchFirstFrame(work, nodes, hello, session);
	log('keystrokes ...');
	const keystrokes = {};
	for (const [label, node] of Object.entries(nodes)) keystrokes[label] = await benchKeystrokes(node, session);
	log('peak RSS, 3 runs each ...');
	const rss = await benchPeakRss(work, nodes, hello, session);
	const writes = existsSync(standalone) ? await standaloneWrites(work, session) : undefined;
	const results = {
		date: new Date().toISOString(),
		machine: {...machine(), loadAverage1m: {before: round(loadBefore, 2), after: round(os.loadavg()[0], 2)}},
		runs,
		targets,
		nodes: Object.fromEntries(Object.keys(nodes).map(label => [label, {version: label, ...figuresFor(label, Number(label.split('.')[0]), get, frame, keystrokes[label], rss)}])),
		...(get['standalone:get']
			? {
					standalone: {
						node: pinnedNodeVersion,
						getMs: get['standalone:get'],
						getVsNaive: round(get['standalone:get'] / get[`${pinnedNodeVersion}:naive`], 2),
						firstFrameMs: frame['standalone:wizard'],
						firstFrameVsNodeE0: round(frame['standalone:wizard'] / frame[`${pinnedNodeVersion}:nodeE0`], 2),
						...(rss.standalone ? {rss: rss.standalone} : {}),
						writtenInCache: writes?.inCache ?? 0,
						writtenOutsideCache: (writes?.outside ?? []).map(file => path.relative(work, file)),
					},
				}
			: {}),
		sizes,
		seconds: round((Date.now() - started) / 1000),
	};
	const left = (await readdir(tmp)).filter(name => name.startsWith('segura-token-'));
	if (left.length > 0) throw new Error(`the programs measured left ${left.join(', ')} in the temporary folder`);
	await mkdir(path.join(root, 'bench'), {recursive: true});
	await writeFile(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	const {cpu, cores, memoryGiB} = results.machine;
	process.stdout.write(`segura-token bench: ${cpu}, ${cores} cores, ${memoryGiB} GiB, ${runs} runs (medians), load ${results.machine.loadAverage1m.before} -> ${results.machine.loadAverage1m.after}\n\n`);
	process.stdout.write(`${table(results)}\n\nbench/results.json written.\n`);
} finally {
	await rm(work, {recursive: true, force: true});
}
