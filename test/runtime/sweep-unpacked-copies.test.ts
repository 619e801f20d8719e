import {chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {sweepUnpackedCopies} from '../../source/runtime/sweep-unpacked-copies.js';

// What the standalone executable removes from TMPDIR at start: only copies that an earlier
// release's executable unpacked there and left behind (test/build/standalone.test.ts runs it).

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function tmp(): string {
	const dir = mkdtempSync(join(tmpdir(), 'segura-token-sweep-test-'));
	made.push(dir);
	return dir;
}

const now = Date.now();
const twoDaysAgo = new Date(now - 2 * 24 * 60 * 60 * 1000);

function unpacked(dir: string, name: string, files: readonly string[] = ['cli.mjs', 'chunks/get-X.mjs']): string {
	const folder = join(dir, name);
	mkdirSync(join(folder, 'chunks'), {recursive: true});
	for (const file of files) writeFileSync(join(folder, file), '// code');
	utimesSync(folder, twoDaysAgo, twoDaysAgo);
	return folder;
}

describe('sweepUnpackedCopies', () => {
	it('removes an old copy of ours and says which', async () => {
		const dir = tmp();
		const folder = unpacked(dir, 'segura-token-a1B2c3');
		expect(await sweepUnpackedCopies(dir, now)).toEqual([folder]);
		expect(readdirSync(dir)).toEqual([]);
	});

	it('keeps a copy less than a day old: its run may still be open', async () => {
		const dir = tmp();
		unpacked(dir, 'segura-token-a1B2c3');
		expect(await sweepUnpackedCopies(dir, twoDaysAgo.getTime() + 60_000)).toEqual([]);
		expect(readdirSync(dir)).toEqual(['segura-token-a1B2c3']);
	});

	it('keeps folders of other names, without cli.mjs, or with files of their own', async () => {
		const dir = tmp();
		unpacked(dir, 'segura-token-e2e-a1B2c3');
		unpacked(dir, 'segura-token-a1B2c');
		unpacked(dir, 'segura-token-nocli1', ['chunks/get-X.mjs']);
		unpacked(dir, 'segura-token-notes1', ['cli.mjs', 'notes.txt']);
		expect(await sweepUnpackedCopies(dir, now)).toEqual([]);
		expect(readdirSync(dir).sort()).toEqual(['segura-token-a1B2c', 'segura-token-e2e-a1B2c3', 'segura-token-nocli1', 'segura-token-notes1']);
	});

	it('keeps a link with the pattern name, and what it points to', async () => {
		const dir = tmp();
		const target = unpacked(tmp(), 'segura-token-target');
		symlinkSync(target, join(dir, 'segura-token-link01'));
		expect(await sweepUnpackedCopies(dir, now)).toEqual([]);
		expect(readdirSync(target).sort()).toEqual(['chunks', 'cli.mjs']);
	});

	it.runIf(process.getuid?.() === 0)("keeps another user's copy", async () => {
		const dir = tmp();
		const folder = unpacked(dir, 'segura-token-other1');
		chownSync(folder, 4242, 4242);
		chownSync(join(folder, 'cli.mjs'), 4242, 4242);
		expect(await sweepUnpackedCopies(dir, now)).toEqual([]);
		expect(readdirSync(dir)).toEqual(['segura-token-other1']);
	});

	it('does nothing when the folder cannot be read', async () => {
		expect(await sweepUnpackedCopies('/nonexistent/tmp', now)).toEqual([]);
	});
});
