import {registerHooks} from 'node:module';
import {getAsset} from 'node:sea';
import {pathToFileURL} from 'node:url';
import {enableCompileCache} from './compile-cache.js';

// The main script of the standalone executable (scripts/build-standalone.mjs), one small CommonJS
// file as Node's single executable applications require. The program itself is the npm bundle,
// the very files of dist/ (cli.mjs and its chunks), carried in the executable as assets and run
// as the ES modules they are: module hooks (module.registerHooks, public since Node 22.15) give
// them URLs under the executable's own path, which no file on disk can have, and serve their
// text from the assets. Nothing is unpacked; the compiled code is kept in the cache folder
// (Node's compile cache, as for the npm bundle), the one place the executable writes at start.

const root = pathToFileURL(`${process.execPath}/`).href;

// Ink's switch for React DevTools (DEV=true) has nothing to connect with here (react-devtools-core
// is not in the executable) and would only warn about Ink's package.json, which is not beside
// the code either: DEV may well be set for other reasons on a jump host.
delete process.env.DEV;
enableCompileCache();
registerHooks({
	resolve(specifier, context, nextResolve) {
		if (specifier.startsWith(root)) return {url: specifier, shortCircuit: true};
		// The bundle's files import each other by relative paths (./chunks/x.mjs, ./y.mjs).
		if (context.parentURL?.startsWith(root) && /^\.\.?\//.test(specifier)) return {url: new URL(specifier, context.parentURL).href, shortCircuit: true};
		return nextResolve(specifier, context);
	},
	load(url, context, nextLoad) {
		if (!url.startsWith(root)) return nextLoad(url, context);
		return {format: 'module', source: getAsset(decodeURIComponent(url.slice(root.length)), 'utf8'), shortCircuit: true};
	},
});

// The CLI reports its own errors; a bundle that fails to load is a bug, reported as Node does.
void import(`${root}cli.mjs`);
