// Bundles cli.tsx into dist/cli.mjs with esbuild. --splitting puts what only the wizard needs
// (React, Ink) in chunks of their own, so `get` never reads them (DESIGN.md, stack notes).
import {build} from 'esbuild';
import {chmod, rm} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await rm(`${root}/dist`, {recursive: true, force: true});
await build({
	absWorkingDir: root,
	entryPoints: {cli: 'cli.tsx'},
	outdir: 'dist',
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
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV is set; it is not installed, so stub it.
	alias: {'react-devtools-core': './scripts/react-devtools-stub.mjs'},
	// Some dependencies are CommonJS and call require(): give ESM chunks one.
	banner: {js: "#!/usr/bin/env node\nimport {createRequire as __segura_createRequire} from 'node:module';const require=__segura_createRequire(import.meta.url);"},
});
await chmod(`${root}/dist/cli.mjs`, 0o755);
