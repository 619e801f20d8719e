import {runCaptured} from '../helpers/run-cli.js';
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {readdir} from 'node:fs/promises';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/pty.js';
import {childEnv, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// The README's shell examples as a user types them: every block is valid shell, and those that
// talk to the practice server run as written, with `segura-token` on the PATH.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map(match => match[1]!);
// The blocks that get a token and verify it; doctor's and the profile moves are checked below.
const secretCommandBlocks = blocks.filter(block => block.includes('--client-secret-command'));
const practiceBlocks = blocks.filter(block => block.includes('segura-token demo --serve') && block.includes('segura-token verify') && !secretCommandBlocks.includes(block));
const doctorBlocks = blocks.filter(block => block.includes('segura-token doctor') && block.includes('segura-token demo --serve'));
const transferBlocks = blocks.filter(block => block.includes('profiles import'));
const folders: string[] = [];

afterAll(() => {
	for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true});
	removeChildEnvDirs();
});

function bash(script: string, options: {cwd?: string; env?: NodeJS.ProcessEnv; args?: readonly string[]} = {}) {
	return runCaptured('bash', [...(options.args ?? []), '-c', script], {...(options.cwd ? {cwd: options.cwd} : {}), ...(options.env ? {env: options.env} : {}), timeoutMs: 30_000});
}

/** A block run by bash with `set -e`, in a folder of its own, with `segura-token` on the PATH. */
async function runAsWritten(block: string) {
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
	return {...result, work, env};
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
		const result = await runAsWritten(block);
		expect(result.stderr).toContain('✔ The token works');
		expect(result.code, result.stderr).toBe(0);
		const json = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {access_token: string; expires_in: number};
		expect(json.expires_in).toBe(300);
	});

	it('has a doctor example, a profile move and a secret command that run', () => {
		expect(doctorBlocks).toHaveLength(1);
		expect(transferBlocks).toHaveLength(1);
		expect(secretCommandBlocks).toHaveLength(1);
	});

	it.each(secretCommandBlocks)('the secret command runs as written: %s', async block => {
		const result = await runAsWritten(block);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toContain('"practice" reads its Client Secret from the command "');
		expect(result.stdout).toMatch(/^Client Secret +read from the command ".*\/practice-vault" each time \(never saved\)$/m);
		expect(result.stderr).toContain('✔ The token works');
		const json = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {access_token: string};
		expect(json.access_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
		// The script printed the practice secret to segura-token alone.
		const kept = JSON.parse(readFileSync(path.join(result.env.XDG_CONFIG_HOME!, 'segura-token', 'practice.json'), 'utf8')) as {credentials: {internal: {clientSecret: string}}};
		expect(result.stdout.includes(kept.credentials.internal.clientSecret) || result.stderr.includes(kept.credentials.internal.clientSecret), 'the secret shown').toBe(false);
		expect(await readdir(result.work)).toEqual([]);
	});

	it.each(doctorBlocks)('doctor runs as written: %s', async block => {
		const result = await runAsWritten(block);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^✔ SCIM .*The token works/m);
		expect(result.stdout).toContain('Every link holds: this machine can get a token for Okta\'s SCIM app.');
		expect(result.stdout).toContain('doctor stopped with exit 3: dns');
		expect(await readdir(result.work)).toEqual([]);
	});

	it.each(transferBlocks)('the profile move runs as written: %s', async block => {
		const result = await runAsWritten(block);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toContain('Added profile "prod" (internal users, segura.example.com).');
		expect(result.stderr).toContain('Added profile "prod-eu" (internal users, segura.example.com).');
		expect(result.stdout).toMatch(/^prod +internal +segura\.example\.com +never$/m);
		expect(result.stdout).toMatch(/^prod-eu +internal +segura\.example\.com +never$/m);
		expect(await readdir(result.work)).toEqual([]);
	});
});
