import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type Metafile} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
// @ts-expect-error The build options are a plain .mjs script without declarations.
import {bundleOptions} from '../../scripts/build-options.mjs';

// What each command reads at start-up, from the bundle as scripts/build.mjs makes it (built again
// here with esbuild's metafile, into a temporary folder): a chunk is read when the entry imports
// it statically, directly or through another chunk.

const root = fileURLToPath(new URL('../..', import.meta.url));
let outdir: string;
let meta: Metafile;

beforeAll(async () => {
	outdir = await mkdtemp(join(tmpdir(), 'segura-token-chunks-'));
	const result = await build({...(bundleOptions({root, outdir, metafile: true}) as object), write: true, logLevel: 'silent'});
	meta = result.metafile!;
});

afterAll(async () => {
	if (outdir) await rm(outdir, {recursive: true, force: true});
});

/** The output file whose entry point (or dynamic-import target) is `source`. */
function outputOf(source: string): string {
	const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === source);
	if (!found) throw new Error(`no chunk for ${source}; entries: ${Object.values(meta.outputs).map(output => output.entryPoint).filter(Boolean).join(', ')}`);
	return found[0];
}

/** Every output file read when `sources` are loaded, following static imports only. */
function staticClosure(sources: readonly string[]): Set<string> {
	const seen = new Set<string>();
	const pending = sources.map(outputOf);
	while (pending.length > 0) {
		const file = pending.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const imported of meta.outputs[file]!.imports) if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
	}
	return seen;
}

/** The packages (node_modules/<name>) whose code sits in the given output files. */
function packagesIn(files: Iterable<string>): Set<string> {
	const packages = new Set<string>();
	for (const file of files) {
		for (const input of Object.keys(meta.outputs[file]!.inputs)) {
			const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
			if (match) packages.add(match[1]!);
		}
	}
	return packages;
}

const wizardOnly = ['react', 'react-reconciler', 'ink', 'yoga-layout', 'scheduler', '@inquirer/core', '@inquirer/input', '@inquirer/password', '@inquirer/select', '@inquirer/confirm'];

describe.each([
	{command: 'get', sources: ['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/get.ts']},
	{command: 'verify', sources: ['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/verify.ts']},
	{command: 'profiles', sources: ['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/profiles.ts']},
	{command: 'profiles export, import and add', sources: ['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/profiles.ts', 'source/commands/profiles-transfer.ts']},
	{command: 'doctor', sources: ['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/doctor.ts']},
	{command: 'demo --serve', sources: ['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/demo.ts', 'source/commands/demo-serve.ts']},
])('$command', ({sources}) => {
	it('reads no React, Ink or prompt code', () => {
		const packages = packagesIn(staticClosure(sources));
		expect([...packages].filter(name => wizardOnly.includes(name))).toEqual([]);
	});
});

describe('get', () => {
	it('reads conf and ajv only with --profile (a dynamic import)', () => {
		const packages = packagesIn(staticClosure(['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/get.ts']));
		expect(packages.has('conf')).toBe(false);
		expect(packages.has('ajv')).toBe(false);
		expect(packages.has('undici')).toBe(true);
	});

	it('reads the --verbose trace only when asked (a dynamic import)', () => {
		const files = staticClosure(['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/get.ts']);
		const inputs = [...files].flatMap(file => Object.keys(meta.outputs[file]!.inputs));
		expect(inputs).toContain('source/net/send-request.ts');
		expect(inputs.filter(input => /source\/net\/(http-trace|trace-format|trace-redact)\.ts$/.test(input))).toEqual([]);
		expect(outputOf('source/net/http-trace.ts')).toMatch(/http-trace/);
	});
});

describe('the wizard', () => {
	it('reads Ink only from the chunk of the Ink face, which the command loads on demand', () => {
		const command = staticClosure(['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/wizard.ts']);
		expect([...packagesIn(command)].filter(name => wizardOnly.includes(name))).toEqual([]);
		expect(packagesIn(staticClosure(['source/ui/run-ink.tsx'])).has('ink')).toBe(true);
	});

	it('does not read the network code before its first frame', () => {
		const beforeFrame = staticClosure(['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/wizard.ts', 'source/profiles/profile-store.ts', 'source/ui/run-ink.tsx']);
		expect(packagesIn(beforeFrame).has('undici')).toBe(false);
	});
});

describe('React DevTools (DEV=true)', () => {
	it('are imported, not bundled, by one chunk that nothing imports statically: Ink loads it only when react-devtools-core is installed', () => {
		const importers = Object.entries(meta.outputs).filter(([, output]) => output.imports.some(imported => imported.path === 'react-devtools-core'));
		expect(importers.map(([file]) => file)).toHaveLength(1);
		expect(importers[0]![1].imports.find(imported => imported.path === 'react-devtools-core')!.external).toBe(true);
		const wizard = staticClosure(['source/runtime/npm-main.ts', 'cli.tsx', 'source/commands/wizard.ts', 'source/ui/run-ink.tsx']);
		expect(wizard.has(importers[0]![0])).toBe(false);
		expect(packagesIn(wizard).has('ink')).toBe(true);
	});
});
