import {lstat, readdir, rm} from 'node:fs/promises';
import path from 'node:path';

/**
 * Standalone executables of segura-token 0.1.0 unpacked their code at each start into
 * `$TMPDIR/segura-token-XXXXXX` (mkdtemp) and removed it on exit, which a hang-up (SIGHUP, the
 * SSH link dropping) skipped. The executables of later releases unpack nothing; they remove such
 * folders left behind. Only a folder that one of those runs made qualifies: a real folder (not a
 * link) named by that pattern, owned by this user, holding cli.mjs and otherwise only the
 * chunks/ folder, and older than a day, so the copy of a run that is still open is kept.
 */
const unpackedName = /^segura-token-[A-Za-z0-9]{6}$/;
const dayMs = 24 * 60 * 60 * 1000;

export async function sweepUnpackedCopies(tmp: string, now = Date.now()): Promise<string[]> {
	const removed: string[] = [];
	const uid = process.getuid?.();
	if (uid === undefined) return removed;
	let names: string[];
	try {
		names = await readdir(tmp);
	} catch {
		return removed;
	}
	for (const name of names.filter(entry => unpackedName.test(entry))) {
		const folder = path.join(tmp, name);
		try {
			if (await isOldUnpackedCopy(folder, uid, now)) {
				await rm(folder, {recursive: true, force: true});
				removed.push(folder);
			}
		} catch {
			// Another user's folder, or one that went meanwhile: not ours to worry about.
		}
	}
	return removed;
}

async function isOldUnpackedCopy(folder: string, uid: number, now: number): Promise<boolean> {
	const info = await lstat(folder);
	if (!info.isDirectory() || info.uid !== uid || now - info.mtimeMs < dayMs) return false;
	const entries = await readdir(folder);
	if (!entries.includes('cli.mjs') || entries.some(entry => entry !== 'cli.mjs' && entry !== 'chunks')) return false;
	const cli = await lstat(path.join(folder, 'cli.mjs'));
	return cli.isFile() && cli.uid === uid;
}
