import {readFile} from 'node:fs/promises';

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

// yoga-layout (Ink's layout engine) carries its WebAssembly as a base64 data: URL, and its
// Emscripten loader reads that URL with fetch() whenever fetch exists. In Node that first fetch
// loads Node's whole built-in fetch (~40 ms of every wizard start, measured here) to decode a
// string the loader can decode itself, synchronously, when there is no fetch: make it do that.
const yogaFetch = 'function ya(){return w||"function"!=typeof fetch?';
const yogaNoFetch = 'function ya(){return w||!0?';

/** @type {import('esbuild').Plugin} */
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(build) {
		build.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			// A yoga-layout release that words its loader differently must fail the build, not
			// quietly go back to fetch.
			if (source.split(yogaFetch).length !== 2) {
				throw new Error(`${args.path}: the wasm loader changed; update yogaWithoutFetch in scripts/build-options.mjs`);
			}
			return {contents: source.replace(yogaFetch, yogaNoFetch), loader: 'js'};
		});
	},
};

/**
 * Options for one build of `entryPoints` into `outdir`: ESM with --splitting, so what only the
 * wizard needs (React, Ink) sits in chunks of its own and `get` never reads them (a
 * bundled first frame was ~3x faster than an unbundled one, measured here).
 * @param {{root: string; outdir: string; entryPoints?: Record<string, string>; metafile?: boolean}} options
 * @returns {import('esbuild').BuildOptions}
 */
export function bundleOptions({root, outdir, entryPoints = {cli: 'cli.tsx'}, metafile = false}) {
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
		// Ink imports react-devtools-core only when DEV is set; it is not installed, so stub it.
		alias: {'react-devtools-core': './scripts/react-devtools-stub.mjs'},
		plugins: [leaveOutUndiciParts, yogaWithoutFetch],
		// Some dependencies are CommonJS and call require(): give ESM chunks one.
		banner: {js: "#!/usr/bin/env node\nimport {createRequire as __segura_createRequire} from 'node:module';const require=__segura_createRequire(import.meta.url);"},
	};
}
