import {pollUntil} from '../helpers/poll.js';
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {configHomes} from './store-helpers.js';

const configHome = configHomes();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let work: string;

/** A child that opens the store and, once told "go", saves profiles or keeps saving one forever. */
const childSource = `
import {openProfileStore} from './store.mjs';
const [mode, id, count] = process.argv.slice(2);
const profile = (name, extra = {}) => ({
	name, seguraUrl: 'https://segura.example', baseUrl: 'https://segura.example/iso/scim/v2',
	tokenUrl: 'https://segura.example/iso/oauth2/token', clientId: 'client-' + name, kind: 'internal',
	tokenName: 'okta-scim', auth: 'basic', encoding: 'rfc', scope: '', params: [['ttl', '60']], network: {},
	...extra,
});
process.stdout.write('ready\\n');
process.stdin.once('data', async () => {
	const {store} = await openProfileStore({env: process.env, lock: {staleMs: 300}});
	if (mode === 'many') {
		for (let i = 0; i < Number(count); i++) await store.save(profile('c' + id + '-' + i));
		process.stdout.write('done\\n');
		process.exit(0);
	}
	// Big enough that a write takes a while: a kill lands in the middle of one.
	const params = Array.from({length: 150}, (_, i) => ['p' + i, String(i).repeat(1000).slice(0, 1000)]);
	for (let i = 0; ; i++) {
		await store.save(profile('big', {params, tokenName: 'save ' + i}));
		process.stdout.write('saved ' + i + '\\n');
	}
});
`;

type Child = {process: ChildProcess; output: string};

function startChild(env: NodeJS.ProcessEnv, args: string[]): Child {
	const child: Child = {
		process: spawn(process.execPath, [path.join(work, 'child.mjs'), ...args], {
			env: {PATH: process.env['PATH'], ...env},
			stdio: ['pipe', 'pipe', 'pipe'],
		}),
		output: '',
	};
	child.process.stdout?.on('data', (chunk: Buffer) => {
		child.output += chunk.toString();
	});
	child.process.stderr?.on('data', (chunk: Buffer) => {
		child.output += chunk.toString();
	});
	return child;
}

function exited(child: Child): Promise<number | null> {
	if (child.process.exitCode !== null || child.process.signalCode !== null) {
		return Promise.resolve(child.process.exitCode);
	}
	return new Promise(resolve => child.process.once('exit', code => resolve(code)));
}

beforeAll(async () => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'segura-store-bundle-'));
	await build({
		entryPoints: [path.join(root, 'source/profiles/profile-store.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		outfile: path.join(work, 'store.mjs'),
		logLevel: 'silent',
	});
	fs.writeFileSync(path.join(work, 'child.mjs'), childSource);
});

afterAll(() => {
	fs.rmSync(work, {recursive: true, force: true});
});

describe('profile store shared by processes', () => {
	it('keeps every profile when several processes save at the same moment', async () => {
		const {env, directory} = configHome();
		const children = [1, 2, 3, 4].map(id => startChild(env, ['many', String(id), '8']));
		await pollUntil(() => children.every(child => child.output.includes('ready')), 'the condition', 20_000);
		for (const child of children) child.process.stdin?.write('go\n');
		const codes = await Promise.all(children.map(exited));
		expect(children.map(child => child.output.trim())).toEqual(children.map(() => 'ready\ndone'));
		expect(codes).toEqual([0, 0, 0, 0]);

		const {store: store, notice: storeNotice} = await openProfileStore({env});
		const names = (await store.list()).map(p => p.name).sort();
		const expected = [1, 2, 3, 4].flatMap(id => Array.from({length: 8}, (_, i) => `c${id}-${i}`)).sort();
		expect(names).toEqual(expected);
		expect(storeNotice).toBeUndefined();
		expect(fs.readdirSync(directory)).toEqual(['config.json']);
	});

	it('keeps the previous file whole when a process is killed while saving', async () => {
		const {env, directory} = configHome();
		for (const [savesBeforeKill, snap] of [[1, false], [3, true], [6, false], [10, true]] as const) {
			// Node installed from the Snap store runs with SNAP set, where conf would not write atomically.
			const child = startChild(snap ? {...env, SNAP: '/snap/node/current'} : env, ['forever']);
			await pollUntil(() => child.output.includes('ready'), 'the condition', 20_000);
			child.process.stdin?.write('go\n');
			await pollUntil(() => child.output.includes(`saved ${savesBeforeKill}\n`), 'the condition', 20_000);
			child.process.kill('SIGKILL');
			await exited(child);

			const {store: store, notice: storeNotice} = await openProfileStore({env, lock: {staleMs: 300}});
			const [big] = await store.list();
			expect(storeNotice).toBeUndefined();
			expect(big?.params).toHaveLength(150);
			expect(big?.tokenName).toMatch(/^save \d+$/);
		}
		// Only the file, and maybe a lock or a temp file of the killed process: never a backup.
		expect(fs.readdirSync(directory).filter(name => name.includes('.bak-'))).toEqual([]);
	});
});
