import {spawn} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/pty.js';
import {childEnv, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// The README's shell examples as a user types them: every block is valid shell, and those that
// talk to the practice server run as written, with `segura-token` on the PATH.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map(match => match[1]!);
const practiceBlocks = blocks.filter(block => block.includes('segura-token demo --serve'));
const folders: string[] = [];

afterAll(() => {
	for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true});
	removeChildEnvDirs();
});

function bash(script: string, options: {cwd?: string; env?: NodeJS.ProcessEnv; args?: readonly string[]} = {}) {
	return new Promise<{code: number | null; stdout: string; stderr: string}>((resolve, reject) => {
		const env: NodeJS.ProcessEnv = {...process.env, ...options.env};
		for (const [name, value] of Object.entries(options.env ?? {})) if (value === undefined) delete env[name];
		const child = spawn('bash', [...(options.args ?? []), '-c', script], {cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
		child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
		child.on('error', reject);
		child.on('close', code => {
			clearTimeout(timer);
			resolve({code, stdout, stderr});
		});
	});
}

describe('the README', () => {
	it('has shell examples, and some run against the practice server', () => {
		expect(blocks.length).toBeGreaterThan(4);
		expect(practiceBlocks.length).toBeGreaterThan(0);
	});

	it.each(blocks.map((block, index) => [index, block] as const))('block %i is valid shell', async (_index, block) => {
		const result = await bash(block, {args: ['-n']});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
	});

	it.each(practiceBlocks)('runs as written: %s', async block => {
		const folder = mkdtempSync(path.join(tmpdir(), 'segura-token-readme-'));
		folders.push(folder);
		// `segura-token` on the PATH, as installing it the README's way leaves it.
		const bin = path.join(folder, 'bin');
		const work = path.join(folder, 'work');
		for (const dir of [bin, work]) mkdirSync(dir);
		writeFileSync(path.join(bin, 'segura-token'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
		chmodSync(path.join(bin, 'segura-token'), 0o755);
		const env = childEnv({PATH: `${bin}:${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`});
		const result = await bash(`set -e\n${block}`, {cwd: work, env});
		expect(result.stderr).toContain('✔ The token works');
		expect(result.code, result.stderr).toBe(0);
		const json = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {access_token: string; expires_in: number};
		expect(json.expires_in).toBe(300);
	});
});
