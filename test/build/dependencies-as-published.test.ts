import {readdirSync, readFileSync, statSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {builtinModules} from 'node:module';
import {tmpdir} from 'node:os';
import {join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type BuildOptions, type OnLoadArgs, type OnLoadResult, type Plugin, type PluginBuild} from 'esbuild';
import ts from 'typescript';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error The build options are a plain .mjs script without declarations.
import {bundleOptions, standaloneMainOptions} from '../../scripts/build-options.mjs';

// Every dependency is used as its package publishes it: the build takes each file of node_modules
// as it is on disk (no plugin rewrites one), and our code imports only the entry points that a
// package's "exports" (or, without them, its "main") offers, so that an update of a dependency
// never has a patch to rebase or a private file to chase.

const root = fileURLToPath(new URL('../..', import.meta.url));
const work: string[] = [];
afterAll(async () => {
	for (const dir of work.splice(0)) await rm(dir, {recursive: true, force: true});
});

type Edit = Readonly<{file: string; plugin: string}>;

/** `plugin`, with every onLoad callback watched: one that hands esbuild other text for a file of node_modules is recorded. */
function watched(plugin: Plugin, edits: Edit[]): Plugin {
	return {
		name: plugin.name,
		setup(builder) {
			const onLoad: PluginBuild['onLoad'] = (options, callback) =>
				builder.onLoad(options, async (args: OnLoadArgs) => {
					const result: OnLoadResult | null | undefined = await callback(args);
					if (result?.contents !== undefined && args.path.split(sep).includes('node_modules')) {
						const given = typeof result.contents === 'string' ? result.contents : Buffer.from(result.contents).toString('utf8');
						if (given !== (await readFile(args.path, 'utf8'))) edits.push({file: relative(root, args.path), plugin: plugin.name});
					}
					return result;
				});
			return plugin.setup(new Proxy(builder, {get: (target, property) => (property === 'onLoad' ? onLoad : Reflect.get(target, property, target) as unknown)}));
		},
	};
}

/** Builds with `options` (plugins watched) and returns the edits seen and the inputs that differ in size from their file. */
async function buildWatched(options: BuildOptions): Promise<{edits: Edit[]; resized: string[]; inputs: string[]}> {
	const edits: Edit[] = [];
	const outdir = await mkdtemp(join(tmpdir(), 'segura-token-as-published-'));
	work.push(outdir);
	const {outfile: _outfile, outdir: _outdir, ...rest} = options;
	const placed = options.outfile ? {outfile: join(outdir, 'main.cjs')} : {outdir};
	const {metafile} = await build({...rest, ...placed, metafile: true, logLevel: 'silent', plugins: (options.plugins ?? []).map(plugin => watched(plugin, edits))});
	const inputs = Object.keys(metafile.inputs).filter(input => input.split('/').includes('node_modules'));
	const resized = inputs.filter(input => metafile.inputs[input]!.bytes !== statSync(join(root, input)).size);
	return {edits, resized, inputs};
}

describe.each([
	{name: 'the npm bundle (scripts/build.mjs; the standalone executables carry it)', options: () => bundleOptions({root, outdir: 'dist'}) as BuildOptions},
	{name: "the standalone executables' main script", options: () => standaloneMainOptions({root, outfile: 'main.cjs'}) as BuildOptions},
])('$name', ({options}) => {
	it('takes every file of node_modules as it is on disk: no string edit of a dependency', async () => {
		const {edits, resized, inputs} = await buildWatched(options());
		expect(edits).toEqual([]);
		expect(resized).toEqual([]);
		if (options().format === 'esm') expect(inputs.length).toBeGreaterThan(100);
	}, 60_000);
});

describe('the watch on the build', () => {
	it('sees a plugin that edits a file of node_modules (so the check above can fail)', async () => {
		const editor: Plugin = {
			name: 'edits-ink',
			setup(builder) {
				builder.onLoad({filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]ink\.js$/}, async args => ({contents: (await readFile(args.path, 'utf8')).replace('incremental:', 'incremental :'), loader: 'js'}));
			},
		};
		const options = bundleOptions({root, outdir: 'dist'}) as BuildOptions;
		const {edits, resized} = await buildWatched({...options, plugins: [editor]});
		expect(edits).toEqual([{file: join('node_modules', 'ink', 'build', 'ink.js'), plugin: 'edits-ink'}]);
		expect(resized).toEqual(['node_modules/ink/build/ink.js']);
	}, 60_000);
});

// --- imports ------------------------------------------------------------------------------------

/** Our own files: the program, its tests, the bench and the build scripts. */
function ownFiles(dir: string): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(join(root, dir), {withFileTypes: true})) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) files.push(...ownFiles(path));
		else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name)) files.push(path);
	}
	return files;
}

/** Every module specifier a file names: imports, exports from, import(), require(), and `declare module`. */
function specifiers(file: string): string[] {
	const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
	return [...info.importedFiles.map(ref => ref.fileName), ...(info.ambientExternalModules ?? [])];
}

type Manifest = {exports?: unknown; main?: string};

/** Whether `subpath` ("." or "./x") is an entry point that the package's exports (or main) offer. */
function offers(manifest: Manifest, subpath: string): boolean {
	const {exports} = manifest;
	if (exports === undefined) return subpath === '.';
	const map = typeof exports === 'object' && exports !== null && !Array.isArray(exports) && Object.keys(exports).some(key => key.startsWith('.')) ? (exports as Record<string, unknown>) : {'.': exports};
	if (Object.hasOwn(map, subpath)) return map[subpath] !== null;
	return Object.entries(map).some(([key, target]) => {
		const star = key.indexOf('*');
		return star !== -1 && target !== null && subpath.startsWith(key.slice(0, star)) && subpath.endsWith(key.slice(star + 1)) && subpath.length >= key.length - 1;
	});
}

const builtins = new Set(builtinModules);

describe('our files', () => {
	const files = ['cli.tsx', 'vitest.config.ts', 'eslint.config.js', ...['source', 'test', 'bench', 'scripts'].flatMap(ownFiles)];

	it('import from each dependency only what its package.json exports (or main) offers', () => {
		const offending: string[] = [];
		let checked = 0;
		for (const file of files) {
			for (const specifier of specifiers(file)) {
				if (/^[./]/.test(specifier) || specifier.startsWith('node:') || builtins.has(specifier) || builtins.has(specifier.split('/')[0]!)) continue;
				const parts = specifier.split('/');
				const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
				const subpath = specifier === name ? '.' : `.${specifier.slice(name.length)}`;
				const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as Manifest;
				checked++;
				if (!offers(manifest, subpath)) offending.push(`${file}: ${specifier}`);
			}
		}
		expect(checked).toBeGreaterThan(50);
		expect(offending).toEqual([]);
	});

	it('the check knows an entry point from a private file', () => {
		const undici = JSON.parse(readFileSync(join(root, 'node_modules', 'undici', 'package.json'), 'utf8')) as Manifest;
		expect(offers(undici, '.')).toBe(true);
		expect(offers(undici, './lib/dispatcher/pool.js')).toBe(false);
		const yoga = JSON.parse(readFileSync(join(root, 'node_modules', 'yoga-layout', 'package.json'), 'utf8')) as Manifest;
		expect(offers(yoga, './load')).toBe(true);
		expect(offers(yoga, './dist/src/index.js')).toBe(false);
		expect(offers({exports: {'.': './a.js', './features/*.js': './f/*.js', './private/*': null}}, './features/x.js')).toBe(true);
		expect(offers({exports: {'.': './a.js', './private/*': null}}, './private/x')).toBe(false);
		expect(offers({exports: './a.js'}, './b.js')).toBe(false);
	});
});
