// The esbuild options of the published bundle, shared by scripts/build.mjs, the standalone build
// (its main script), the benchmark (which builds an Ink hello-world the same way) and test/build
// (which checks what each command loads, and that no dependency is edited on the way).
//
// Every dependency is bundled as its package publishes it, through the entry points its
// package.json offers: no plugin here rewrites a file of node_modules, and none stands in for one.

/**
 * Options for one build of `entryPoints` into `outdir`: ESM with --splitting, so what only the
 * wizard needs (React, Ink) sits in chunks of its own and `get` never reads them. ESM also keeps
 * the top-level awaits of the packages that have them (yoga-layout starts its WebAssembly with
 * one; Ink's reconciler awaits React DevTools when DEV=true).
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
		target: 'node22',
		minify: true,
		legalComments: 'none',
		logLevel: 'warning',
		metafile,
		define: {'process.env.NODE_ENV': '"production"'},
		// Ink connects to React DevTools only when DEV=true and react-devtools-core resolves from
		// where the code runs (import.meta.resolve): an optional peer of Ink that is not bundled,
		// so the import stays what upstream wrote and runs only where a user installed the package.
		external: ['react-devtools-core'],
		// Some dependencies are CommonJS and call require(): give ESM chunks one.
		banner: {js: "#!/usr/bin/env node\nimport {createRequire as __segura_createRequire} from 'node:module';const require=__segura_createRequire(import.meta.url);"},
	};
}

/**
 * Options for the standalone executable's main script (source/runtime/standalone-main.ts): a few
 * lines of CommonJS, as the pinned Node's single executable applications require, that load the
 * npm bundle (carried in the executable as assets) as ES modules.
 * @param {{root: string; outfile: string}} options
 * @returns {import('esbuild').BuildOptions}
 */
export function standaloneMainOptions({root, outfile}) {
	return {
		absWorkingDir: root,
		entryPoints: ['source/runtime/standalone-main.ts'],
		outfile,
		bundle: true,
		format: 'cjs',
		platform: 'node',
		target: 'node24',
		minify: true,
		legalComments: 'none',
		logLevel: 'warning',
		banner: {js: "'use strict';"},
	};
}

/**
 * The single executable application's configuration (node --experimental-sea-config) for one
 * architecture's blob: `main` and `assets` as built by scripts/build-standalone.mjs.
 * @param {{main: string; output: string; assets: Record<string, string>; useCodeCache: boolean}} options
 */
export function seaConfig({main, output, assets, useCodeCache}) {
	return {
		main,
		output,
		disableExperimentalSEAWarning: true,
		useCodeCache,
		useSnapshot: false,
		assets,
		// No --require, --import or --inspect from the environment: NODE_OPTIONS is ignored (and
		// no --node-options argument is taken either).
		execArgvExtension: 'none',
		// V8's young generation kept to 1 MiB: the wizard's peak memory is ~5 MB lower, and it is
		// one of the flags that leave V8's code caches valid (the built-in modules' and the
		// compile cache's), so the start is not slower. An option the executable starts with,
		// not a flag changed at run time.
		execArgv: ['--max-semi-space-size=1'],
	};
}
