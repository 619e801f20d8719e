import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

// The folders of source/ point down only: no folder imports a folder that imports it, types
// included. Read from the source itself, so a new import that closes a loop fails here.

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = join(root, 'source');

function files(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path);
		return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The folder of source/ a file belongs to: its first path segment under source/. */
function folderOf(file: string): string {
	return relative(source, file).split(/[\\/]/)[0] ?? '';
}

/** Every relative import and export-from of a file, type-only ones included, as absolute paths. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)];
	return found.map(match => resolve(dirname(file), (match[1] ?? match[2])!.replace(/\.js$/, '.ts')));
}

/** Folder → the folders it imports from. */
function folderGraph(): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	for (const file of files(source)) {
		const from = folderOf(file);
		const edges = graph.get(from) ?? new Set<string>();
		graph.set(from, edges);
		for (const target of importsOf(file)) {
			if (!target.startsWith(source)) continue;
			const to = folderOf(target);
			if (to !== from) edges.add(to);
		}
	}
	return graph;
}

/** The cycles of the graph, each as the folders around it (Tarjan's strongly connected components). */
function cycles(graph: Map<string, Set<string>>): string[][] {
	let index = 0;
	const indices = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		indices.set(node, index);
		low.set(node, index);
		index++;
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!indices.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node)!, indices.get(next)!));
			}
		}
		if (low.get(node) === indices.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1) found.push(component.sort());
		}
	};
	for (const node of graph.keys()) if (!indices.has(node)) visit(node);
	return found;
}

describe('the layers of source/', () => {
	it('have no import cycle between folders', () => {
		expect(cycles(folderGraph())).toEqual([]);
	});

	it('have no import cycle between files either', () => {
		// An import names the .js the build writes: the file is the .ts, or the .tsx, of that name.
		const fileOf = (target: string) => (existsSync(target) ? target : target.replace(/\.ts$/, '.tsx'));
		const graph = new Map(files(source).map(file => [file, new Set(importsOf(file).map(target => fileOf(target)))]));
		expect(cycles(graph).map(cycle => cycle.map(file => relative(source, file)))).toEqual([]);
	});

	it('keep i18n and the model at the bottom: they import nothing above them', () => {
		const graph = folderGraph();
		expect([...(graph.get('model') ?? [])]).toEqual([]);
		expect([...(graph.get('i18n') ?? [])].filter(folder => folder !== 'model')).toEqual([]);
	});

	it('keep every file under 300 lines', () => {
		const long = files(source)
			.map(file => ({file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length}))
			.filter(({lines}) => lines > 300);
		expect(long).toEqual([]);
	});

	it('finds a cycle when there is one (the check itself works)', () => {
		const graph = new Map([
			['a', new Set(['b'])],
			['b', new Set(['c'])],
			['c', new Set(['a'])],
			['d', new Set(['a'])],
		]);
		expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
	});
});
