import {access, chmod, constants, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Writable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {runCommand, type RunCommand} from '../../source/clipboard/run-command.js';

/** A made-up token: long and JWT-shaped, so a leak into argv or text would be visible. */
export const fakeToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJva3RhLXNjaW0iLCJ0ZXN0Ijp0cnVlfQ.ZmFrZS1zaWduYXR1cmUtZm9yLXRlc3Rz';

/** A terminal stand-in that keeps every byte written to it. */
export function byteCollector(): Readonly<{open: () => Writable; text: () => string; opened: () => number}> {
	const chunks: Buffer[] = [];
	let opens = 0;
	const stream = new Writable({
		write(chunk: Buffer, _encoding, callback) {
			chunks.push(chunk);
			callback();
		},
	});
	return {
		open() {
			opens++;
			return stream;
		},
		text: () => Buffer.concat(chunks).toString('latin1'),
		opened: () => opens,
	};
}

export type RecordedCall = Readonly<{command: string; args: readonly string[]; input: string}>;

/** The real runner, recording what it was asked to start (to check argv never carries the text). */
export function recordingRun(): Readonly<{run: RunCommand; calls: RecordedCall[]}> {
	const calls: RecordedCall[] = [];
	const run: RunCommand = async (command, args, options) => {
		calls.push({command, args: [...args], input: options.input});
		return runCommand(command, args, options);
	};
	return {run, calls};
}

export type TempDir = Readonly<{path: string; file: (name: string) => string; remove: () => Promise<void>}>;

export async function makeTempDir(): Promise<TempDir> {
	const dir = await mkdtemp(path.join(tmpdir(), 'segura-clipboard-'));
	return {path: dir, file: name => path.join(dir, name), remove: async () => rm(dir, {recursive: true, force: true})};
}

/**
 * An executable shell script under `dir`: a real process standing in for a desktop tool this
 * machine does not have (xclip needs an X server, which a test machine has not).
 */
export async function writeStandIn(dir: string, name: string, script: string): Promise<string> {
	const file = path.join(dir, name);
	// Its own PATH for cat and sleep: the caller's PATH is often just the stand-ins' folder.
	await writeFile(file, `#!/bin/sh\nPATH=/usr/local/bin:/usr/bin:/bin\n${script}\n`);
	await chmod(file, 0o755);
	return file;
}

/** Finds an executable on PATH, as a shell would; undefined when it is not installed. */
export async function which(command: string): Promise<string | undefined> {
	for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
		if (dir === '') continue;
		const candidate = path.join(dir, command);
		try {
			await access(candidate, constants.X_OK);
			return candidate;
		} catch {
			// not here
		}
	}
	return undefined;
}

/** The pane fixture and the code it imports as one ESM file that plain node can run. */
export async function bundlePaneFixture(dir: string): Promise<string> {
	const outfile = path.join(dir, 'copy-in-pane.mjs');
	await build({
		entryPoints: [fileURLToPath(new URL('fixtures/copy-in-pane.ts', import.meta.url))],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		logLevel: 'silent',
	});
	return outfile;
}
