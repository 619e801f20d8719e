import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import xterm from '@xterm/headless';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
// @ts-expect-error The build options are a plain .mjs script without declarations.
import {applyEdits, dependencyPatches, inkLogUpdatePatch, patchPlugin, stringWidthFastPath, stringWidthPatch} from '../../scripts/build-options.mjs';

// The build edits a few files of Ink and yoga-layout as it bundles them (scripts/build-options.mjs).
// Each edit names the upstream code it replaces; these tests fail as soon as the installed
// release no longer has that code, and check that the renderer fix does what it says.

type Patch = Readonly<{name: string; module: string; file: RegExp; edits: ReadonlyArray<{from: string; to: string}>}>;
type Edits = Patch['edits'];
const edit = applyEdits as (source: string, edits: Edits, where: string) => string;
// Their own files, by path: the packages' exports do not name them.
const nodeModules = fileURLToPath(new URL('../../node_modules/', import.meta.url));

describe.each(dependencyPatches as Patch[])('the $name edit', patch => {
	it(`finds the code it replaces, once, in the installed ${patch.module}`, async () => {
		const file = join(nodeModules, patch.module);
		expect(file).toMatch(patch.file);
		const source = await readFile(file, 'utf8');
		const edited = edit(source, patch.edits, patch.module);
		for (const {from, to} of patch.edits) {
			expect(edited).toContain(to);
			// The upstream code is gone, but where the replacement keeps it.
			expect(edited.split(from).length, from).toBe(to.split(from).length);
		}
	});
});

describe('applyEdits', () => {
	it('refuses code that is missing or there twice', () => {
		expect(() => edit('a b', [{from: 'c', to: 'd'}], 'x.js')).toThrow(/found it 0 times/);
		expect(() => edit('a a', [{from: 'a', to: 'd'}], 'x.js')).toThrow(/found it 2 times/);
		expect(edit('a b', [{from: 'b', to: '$&c'}], 'x.js')).toBe('a $&c');
	});
});

type LogUpdate = {create(stream: {write(data: string): boolean}, options: {incremental: boolean}): (frame: string) => void};

describe("Ink's incremental renderer, as built", () => {
	let work: string;
	const renderers: Record<'upstream' | 'fixed', LogUpdate | undefined> = {upstream: undefined, fixed: undefined};

	beforeAll(async () => {
		work = await mkdtemp(join(tmpdir(), 'segura-token-log-update-'));
		for (const kind of ['upstream', 'fixed'] as const) {
			const outfile = join(work, `${kind}.mjs`);
			await build({
				stdin: {contents: `export {default} from ${JSON.stringify(join(nodeModules, 'ink/build/log-update.js'))};`, resolveDir: nodeModules},
				outfile,
				bundle: true,
				format: 'esm',
				platform: 'node',
				logLevel: 'silent',
				plugins: kind === 'fixed' ? [patchPlugin(inkLogUpdatePatch)] : [],
			});
			renderers[kind] = ((await import(pathToFileURL(outfile).href)) as {default: LogUpdate}).default;
		}
	}, 30_000);

	afterAll(async () => {
		if (work) await rm(work, {recursive: true, force: true});
	});

	/** The screen after drawing `frames` one after the other, below a line of the shell. */
	async function screenAfter(logUpdate: LogUpdate, incremental: boolean, frames: readonly string[]): Promise<string> {
		// convertEol: a newline also returns the carriage, as a terminal's line discipline (onlcr) does.
		const terminal = new xterm.Terminal({cols: 40, rows: 12, allowProposedApi: true, convertEol: true});
		const writes: Promise<void>[] = [];
		const stream = {write: (data: string) => (writes.push(new Promise<void>(resolve => terminal.write(data, resolve))), true)};
		stream.write('$ segura-token\n');
		const draw = logUpdate.create(stream, {incremental});
		for (const frame of frames) draw(frame);
		await Promise.all(writes);
		const buffer = terminal.buffer.active;
		const rows: string[] = [];
		for (let y = 0; y < terminal.rows; y++) rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
		return rows.join('\n').trimEnd();
	}

	// Frames as Ink makes them (each ends with a newline): a row changes, the frame grows, a row
	// changes again, the frame shrinks.
	const frames = ['title\n› a\nhint\n', 'title\n› ab\nhint\n', 'title\n› abc\n✖ too short\nhint\n', 'title\n› abcd\n✖ too short\nhint\n', 'title\n› abcde\nhint\n'];

	it('draws what a full redraw draws, after every frame', async () => {
		for (let count = 1; count <= frames.length; count++) {
			const shown = frames.slice(0, count);
			expect(await screenAfter(renderers.fixed!, true, shown), `after ${count} frame(s)`).toBe(await screenAfter(renderers.fixed!, false, shown));
		}
		expect(await screenAfter(renderers.fixed!, true, frames)).toBe('$ segura-token\ntitle\n› abcde\nhint');
	});

	it('upstream, unfixed, leaves each new frame a row low (the bug the edit fixes)', async () => {
		expect(await screenAfter(renderers.upstream!, true, frames.slice(0, 2))).not.toBe(await screenAfter(renderers.upstream!, false, frames.slice(0, 2)));
	});
});

type StringWidth = (text: string, options?: {ambiguousIsNarrow?: boolean}) => number;

describe("string-width's fast path, as built", () => {
	let work: string;
	const widths: Record<'upstream' | 'fast', StringWidth | undefined> = {upstream: undefined, fast: undefined};

	beforeAll(async () => {
		work = await mkdtemp(join(tmpdir(), 'segura-token-string-width-'));
		for (const kind of ['upstream', 'fast'] as const) {
			const outfile = join(work, `${kind}.mjs`);
			await build({
				stdin: {contents: `export {default} from ${JSON.stringify(join(nodeModules, 'string-width/index.js'))};`, resolveDir: nodeModules},
				outfile,
				bundle: true,
				format: 'esm',
				platform: 'node',
				logLevel: 'silent',
				plugins: kind === 'fast' ? [patchPlugin(stringWidthPatch)] : [],
			});
			widths[kind] = ((await import(pathToFileURL(outfile).href)) as {default: StringWidth}).default;
		}
	}, 30_000);

	afterAll(async () => {
		if (work) await rm(work, {recursive: true, force: true});
	});

	it('gives upstream\'s width for every code point it takes, alone and among others, narrow or wide', () => {
		const fastPath = new RegExp(`^${stringWidthFastPath as string}$`);
		const taken: string[] = [];
		for (let code = 0x20; code <= 0xffff; code++) if (fastPath.test(String.fromCharCode(code))) taken.push(String.fromCharCode(code));
		expect(taken.length).toBeGreaterThan(3000);
		const differing: string[] = [];
		for (const char of taken) {
			for (const text of [char, `a${char}b`, `${char}${char}`]) {
				for (const ambiguousIsNarrow of [true, false]) {
					if (widths.fast!(text, {ambiguousIsNarrow}) !== widths.upstream!(text, {ambiguousIsNarrow})) differing.push(`U+${char.charCodeAt(0).toString(16)} in ${JSON.stringify(text)}`);
				}
			}
		}
		expect(differing).toEqual([]);
		expect(widths.fast!(taken.join(''))).toBe(widths.upstream!(taken.join('')));
	});

	it('leaves what it does not take to upstream: emoji, joiners, combining marks', () => {
		for (const text of ['✔️', '👍🏽', 'e\u0301', 'a\u200db', '\u00ad', '한국어', '\u{1F600}']) {
			expect(widths.fast!(text), JSON.stringify(text)).toBe(widths.upstream!(text));
		}
	});
});
