import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

// The esbuild options of the published bundle, shared by scripts/build.mjs, the benchmark (which
// builds an Ink hello-world the same way) and test/build (which checks what each command loads).

/**
 * undici files the bundle leaves out, each replaced by a module that throws if it is ever used.
 * `get` loads undici file by file (source/net/undici-parts.ts); these three are reached from
 * there but never run for this app's requests, and loading them cost ~13 ms of every start:
 * - client-h2.js (and with it node:http2): HTTP/2 is only spoken when the connector offers
 *   "h2" in ALPN, which needs allowH2; create-dispatcher.ts never sets it, so undici's default
 *   (false) offers http/1.1 alone.
 * - web/fetch/body.js (and fetch's webidl, FormData, MIME code): the HTTP/1 client turns a
 *   FormData body into a stream with it; sendRequest's bodies are strings.
 * - socks5-proxy-agent.js: only for socks:// and socks5:// proxies, which proxy-env.ts rejects.
 */
export const undiciLeftOut = [
	{file: 'lib/dispatcher/client-h2.js', why: 'HTTP/2 (allowH2) is not used by segura-token'},
	{file: 'lib/web/fetch/body.js', why: 'FormData request bodies are not used by segura-token'},
	{file: 'lib/dispatcher/socks5-proxy-agent.js', why: 'SOCKS proxies are not supported by segura-token'},
];

/** @type {import('esbuild').Plugin} */
const leaveOutUndiciParts = {
	name: 'leave-out-undici-parts',
	setup(build) {
		build.onLoad({filter: /[\\/]node_modules[\\/]undici[\\/]lib[\\/].*\.js$/}, args => {
			const path = args.path.replaceAll('\\', '/');
			const part = undiciLeftOut.find(({file}) => path.endsWith(`/node_modules/undici/${file}`));
			if (!part) return undefined;
			const message = `undici ${part.file} is left out of this build: ${part.why}`;
			return {
				contents: `'use strict';\nfunction leftOut() { throw new Error(${JSON.stringify(message)}); }\nmodule.exports = leftOut;\nmodule.exports.extractBody = leftOut;\n`,
				loader: 'js',
			};
		});
	},
};

const nodeModules = fileURLToPath(new URL('../node_modules/', import.meta.url));

/**
 * A plugin that edits one file of a dependency as it is bundled: each `from` must occur exactly
 * once in the file, so a release that words the code differently fails the build instead of
 * quietly going back to the behaviour the edit removes. Exported for test/build/patches.test.ts.
 * @param {{name: string; file: RegExp; module?: string; edits: ReadonlyArray<{from: string; to: string}>}} patch
 * @returns {import('esbuild').Plugin}
 */
export function patchPlugin({name, file, module, edits}) {
	// With `module`, only that file of node_modules/ itself, not a copy nested in another package.
	const only = module ? path.join(nodeModules, module) : undefined;
	return {
		name,
		setup(build) {
			build.onLoad({filter: file}, async args => {
				if (only && path.resolve(args.path) !== only) return undefined;
				const source = await readFile(args.path, 'utf8');
				const loader = /\.tsx?$/.exec(args.path)?.[0].slice(1) ?? 'js';
				return {contents: applyEdits(source, edits, `${args.path} (${name})`), loader};
			});
		},
	};
}

/** `source` with every edit made; throws when a `from` is not there exactly once. */
export function applyEdits(source, edits, where) {
	let result = source;
	for (const {from, to} of edits) {
		const found = result.split(from).length - 1;
		if (found !== 1) throw new Error(`${where}: expected the upstream code once, found it ${found} times; update scripts/build-options.mjs:\n${from}`);
		result = result.replace(from, () => to);
	}
	return result;
}

// yoga-layout (Ink's layout engine) carries its WebAssembly as a base64 data: URL and starts with
// a top-level await of Emscripten's asynchronous loader, which reads that URL with fetch()
// (loading Node's whole built-in fetch, ~40 ms of every wizard start) and cannot be bundled as
// CommonJS (the standalone executable). Emscripten lets the embedder instantiate the module
// itself (Module.instantiateWasm): the loader hands our hook the data: URL too, and yoga's index
// compiles it synchronously. Once the hook has returned the instance, the runtime is ready
// before loadYoga() returns, so no await is needed. (Compiling it asynchronously, off the main
// thread while the wizard opens the profile store, made no measurable difference to the first
// frame on Node 20 or 24.)
export const yogaPatches = [
	{
		name: 'yoga-loader-hands-over-its-wasm',
		module: 'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js',
		file: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
		edits: [{from: 'return h.instantiateWasm(d,\na)', to: 'return h.instantiateWasm(d,a,H)'}],
	},
	{
		name: 'yoga-starts-synchronously',
		module: 'yoga-layout/dist/src/index.js',
		file: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/,
		edits: [
			{
				from: 'const Yoga = wrapAssembly(await loadYoga());',
				to: `const yogaModule = {
	instantiateWasm(imports, receiveInstance, dataUrl) {
		const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
		receiveInstance(new WebAssembly.Instance(new WebAssembly.Module(bytes), imports));
		return {};
	},
};
loadYoga(yogaModule);
if (!yogaModule.calledRun) throw new Error('yoga-layout did not start synchronously');
const Yoga = wrapAssembly(yogaModule);`,
			},
		],
	},
];

// Ink's reconciler has two top-level awaits, both only for DEV=true (React DevTools): an import
// of its devtools module (which needs react-devtools-core and ws, not installed, and makes
// `window` global) and a read of Ink's package.json next to the module, which in a bundle is
// dist/package.json and does not exist: DEV=true crashed the wizard. DevTools are not part of
// this build; the version Ink reports to them is written in at build time.
const inkVersion = JSON.parse(await readFile(new URL('../node_modules/ink/package.json', import.meta.url), 'utf8')).version;
export const inkReconcilerPatch = {
	name: 'ink-reconciler-without-devtools',
	module: 'ink/build/reconciler.js',
	file: /[\\/]ink[\\/]build[\\/]reconciler\.js$/,
	edits: [
		{from: "        await import('./devtools.js');", to: '        // React DevTools are not part of this build (scripts/build-options.mjs).'},
		{
			from: `async function loadPackageJson() {
    const fs = await import('node:fs');
    const content = fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8');
    return JSON.parse(content);
}
const packageJson = isDev()
    ? await loadPackageJson()
    : { name: undefined, version: undefined };`,
			to: `const packageJson = isDev() ? ${JSON.stringify({name: 'ink', version: inkVersion})} : { name: undefined, version: undefined };`,
		},
	],
};

// Ink's incremental renderer (rewrite only the rows that changed) moves the cursor up one row too
// few when the new frame is not shorter than the last one and the last one ended with a newline
// (every frame here): each frame then lands one row low and leaves stale rows. Ink 7.0.6 fixed
// it upstream with the first edit ("Fix incremental rendering for trailing newline", #910); Ink
// 7 needs Node 22. The other edits pass each run of unchanged rows with one "cursor next line"
// that counts them (CSI n E) instead of one per row: a keystroke in a field of the wizard, which
// changes one row of about twelve, is then ~60 bytes instead of ~80. The last two give the
// program a way to tell the renderer that the screen was cleared under it (the wizard does on a
// change of width), so that it draws the next frame whole: the renderer of a stream is found on
// the stream under Symbol.for('segura-token.forgetFrame').
export const forgetFrameKey = 'segura-token.forgetFrame';
export const inkLogUpdatePatch = {
	name: 'ink-incremental-rendering-fix',
	module: 'ink/build/log-update.js',
	file: /[\\/]ink[\\/]build[\\/]log-update\.js$/,
	edits: [
		{from: 'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));', to: 'buffer.push(ansiEscapes.cursorUp(previousLines.length - 1));'},
		{
			from: 'for (let i = 0; i < visibleCount; i++) {',
			to: "let unchangedRows = 0;\n        const passUnchangedRows = () => {\n            if (unchangedRows > 0) buffer.push(unchangedRows === 1 ? ansiEscapes.cursorNextLine : `\\u001B[${unchangedRows}E`);\n            unchangedRows = 0;\n        };\n        for (let i = 0; i < visibleCount; i++) {",
		},
		{from: 'buffer.push(ansiEscapes.cursorNextLine);', to: 'unchangedRows++;'},
		{from: '            buffer.push(ansiEscapes.cursorTo(0) +\n                nextLines[i] +', to: '            passUnchangedRows();\n            buffer.push(ansiEscapes.cursorTo(0) +\n                nextLines[i] +'},
		{from: 'buffer.push(cursorSuffix);', to: 'passUnchangedRows();\n        buffer.push(cursorSuffix);'},
		{
			from: '    render.clear = () => {\n        const prefix = buildReturnToBottomPrefix(cursorWasShown, previousLines.length, previousCursorPosition);',
			to: "    render.forgetFrame = () => {\n        previousOutput = '';\n        previousLines = [];\n        previousCursorPosition = undefined;\n        cursorWasShown = false;\n    };\n    render.clear = () => {\n        const prefix = buildReturnToBottomPrefix(cursorWasShown, previousLines.length, previousCursorPosition);",
		},
		{
			from: '        return createIncremental(stream, { showCursor });',
			to: `        const render = createIncremental(stream, { showCursor });\n        stream[Symbol.for(${JSON.stringify(forgetFrameKey)})] = render.forgetFrame;\n        return render;`,
		},
	],
};

// string-width (what Ink measures every row of every frame with) counts printable ASCII at once,
// but any other character sends the whole string through Intl.Segmenter and Unicode-property
// regular expressions: ~0.2 ms a row here, and tens of milliseconds for the first (the regular
// expressions are compiled then). The wizard's rows have a "›", "·", "✔" or "•" in them. For
// strings made only of code points that are always a grapheme of their own — no combining
// marks, joiners, variation selectors, format or control characters, nothing outside the BMP —
// upstream's answer is the East Asian Width of each (one whose emoji presentation makes it two
// columns wide is East Asian Wide too): computed so directly. test/build/patches.test.ts checks
// that the result equals upstream's for every code point this path takes.
export const stringWidthFastPath = String.raw`[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2100-\u2BFF]`;
export const stringWidthPatch = {
	name: 'string-width-single-code-point-fast-path',
	module: 'string-width/index.js',
	file: /[\\/]string-width[\\/]index\.js$/,
	edits: [
		{
			from: String.raw`	if (/^[\u0020-\u007E]*$/.test(string)) {
		return string.length;
	}
`,
			to: String.raw`	if (/^[\u0020-\u007E]*$/.test(string)) {
		return string.length;
	}

	if (/^${stringWidthFastPath}*$/.test(string)) {
		const options = {ambiguousAsWide: !ambiguousIsNarrow};
		let width = 0;
		for (let index = 0; index < string.length; index++) {
			width += eastAsianWidth(string.charCodeAt(index), options);
		}

		return width;
	}
`,
		},
	],
};

/** Every edit of a dependency's file, with `module`: the file as a package path. */
export const dependencyPatches = [...yogaPatches, inkReconcilerPatch, inkLogUpdatePatch, stringWidthPatch];

/**
 * Options for one build of `entryPoints` into `outdir`: ESM with --splitting, so what only the
 * wizard needs (React, Ink) sits in chunks of its own and `get` never reads them.
 * @param {{root: string; outdir: string; entryPoints?: Record<string, string>; metafile?: boolean}} options
 * @returns {import('esbuild').BuildOptions}
 */
export function bundleOptions({root, outdir, entryPoints = {cli: 'source/runtime/npm-main.ts'}, metafile = false}) {
	return {
		absWorkingDir: root,
		entryPoints,
		outdir,
		outExtension: {'.js': '.mjs'},
		chunkNames: 'chunks/[name]-[hash]',
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		minify: true,
		legalComments: 'none',
		logLevel: 'warning',
		metafile,
		define: {'process.env.NODE_ENV': '"production"'},
		plugins: [leaveOutUndiciParts, ...dependencyPatches.map(patchPlugin)],
		// Some dependencies are CommonJS and call require(): give ESM chunks one.
		banner: {js: "#!/usr/bin/env node\nimport {createRequire as __segura_createRequire} from 'node:module';const require=__segura_createRequire(import.meta.url);"},
	};
}

/**
 * Options for the standalone executable's main script: the same code as one CommonJS file.
 * Node's single executable applications run a CommonJS main straight from the executable (with
 * its V8 code cache) and no import() at all once the code cache is on, so there are no chunks:
 * esbuild turns each dynamic import of our own modules into a lazy initialiser in the same file,
 * and the dynamic-import feature is marked unsupported so that none is left for a built-in
 * either. `import.meta.url` is the executable's own file URL.
 * @param {{root: string; outfile: string; entryPoint?: string}} options
 * @returns {import('esbuild').BuildOptions}
 */
export function standaloneBundleOptions({root, outfile, entryPoint = 'source/runtime/standalone-main.ts'}) {
	// What only the chunked ESM build has is dropped: its output folder and names, splitting, banner, entry.
	const {outdir: _outdir, outExtension: _outExtension, chunkNames: _chunkNames, splitting: _splitting, banner: _banner, entryPoints: _entryPoints, ...shared} = bundleOptions({root, outdir: '.'});
	return {
		...shared,
		entryPoints: [entryPoint],
		outfile,
		format: 'cjs',
		supported: {'dynamic-import': false},
		define: {...shared.define, 'import.meta.url': '__segura_import_meta_url'},
		banner: {js: "'use strict';const __segura_import_meta_url=require('node:url').pathToFileURL(__filename).href;"},
	};
}
