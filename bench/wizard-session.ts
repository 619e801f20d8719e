// The benchmark's terminal work: the wizard in a real pseudo-terminal, driven with the same
// helpers as the end-to-end tests. scripts/bench.mjs bundles this file with esbuild and imports it.
import {readFile, rm} from 'node:fs/promises';
import pty from 'node-pty';
import {wizardText} from '../source/i18n/text.js';
import {keys, startPty, type PtySession} from '../test/helpers/pty.js';
import {childEnv, collectFromScreen, practiceLabel, providerHint, readPractice, removeChildEnvDirs, waitUntil} from '../test/helpers/wizard-walk.js';

const en = wizardText.en;

/** The last line of the wizard's first frame with no profiles (step 1, in English). */
export const firstFrameMarker = `${en.keyNames.enter} ${en.keyLabels.next}`;

/**
 * Milliseconds from spawning `command` in an 80x24 pseudo-terminal until `marker` has reached
 * the terminal (the program is then killed), or until it exits when there is no marker. node-pty
 * directly, without the polling of the test session, so the time is the program's.
 */
export function timeToMarker(command: readonly string[], marker: string | undefined, env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve, reject) => {
		const clean: Record<string, string> = {};
		for (const [name, value] of Object.entries({...process.env, TERM: 'xterm-256color', ...env})) if (value !== undefined) clean[name] = value;
		delete clean.CI;
		const [file, ...args] = command;
		const started = process.hrtime.bigint();
		const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
		const child = pty.spawn(file!, args, {name: 'xterm-256color', cols: 80, rows: 24, cwd: process.cwd(), env: clean});
		let output = '';
		let at: number | undefined;
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${command.join(' ')}: no "${marker}" within 20 s:\n${output.slice(-500)}`));
		}, 20_000);
		child.onData(data => {
			output += data;
			if (at === undefined && marker !== undefined && output.includes(marker)) {
				at = elapsed();
				child.kill('SIGKILL');
			}
		});
		child.onExit(() => {
			clearTimeout(timer);
			if (marker === undefined) resolve(elapsed());
			else if (at !== undefined) resolve(at);
			else reject(new Error(`${command.join(' ')} exited before "${marker}":\n${output.slice(-500)}`));
		});
	});
}

export type Program = Readonly<{
	/** The executable and its first arguments: `node dist/cli.mjs` or the standalone binary. */
	command: readonly string[];
	cols?: number;
	rows?: number;
}>;

/** Resolves once nothing has reached the terminal for `quietMs`: the frame is whole. */
async function settled(s: PtySession, quietMs = 80): Promise<void> {
	let length = -1;
	let since = Date.now();
	for (;;) {
		const now = s.output().length;
		if (now !== length) {
			length = now;
			since = Date.now();
		} else if (Date.now() - since >= quietMs) {
			return;
		}
		await new Promise(resolve => setTimeout(resolve, 10));
	}
}

function byteLength(text: string): number {
	return Buffer.byteLength(text, 'utf8');
}

export type KeystrokeBytes = Readonly<{field: string; perKey: number[]}>;

/**
 * Bytes the terminal receives for each key typed into a field of `segura-token demo`: the
 * practice Segura URL in field 1 and the practice Client ID in field 4, one key at a time,
 * counting once the frame has settled after each key.
 */
export async function keystrokeBytes(program: Program): Promise<KeystrokeBytes[]> {
	const s = startPty({command: [...program.command, 'demo'], cols: program.cols ?? 80, rows: program.rows ?? 24, env: childEnv()});
	try {
		const results: KeystrokeBytes[] = [];
		const typeCounting = async (field: string, text: string) => {
			await settled(s);
			const perKey: number[] = [];
			for (const char of text) {
				const before = byteLength(s.output());
				s.write(char);
				await waitUntil(s, () => byteLength(s.output()) > before, 'the key to be echoed');
				await settled(s);
				perKey.push(byteLength(s.output()) - before);
			}
			results.push({field, perKey});
		};
		await s.waitFor('(1/5)');
		const seguraUrl = await readPractice(s, practiceLabel('en'));
		await typeCounting('Segura URL (1/5)', seguraUrl);
		s.write(keys.enter);
		await s.waitFor('(2/5)');
		s.write(keys.enter);
		await s.waitFor('(3/5)');
		s.write(keys.enter);
		await s.waitFor('(4/5)');
		const clientId = await readPractice(s, practiceLabel('en', 'internal'));
		await typeCounting('Client ID (4/5)', clientId);
		return results;
	} finally {
		s.kill();
		removeChildEnvDirs();
	}
}

export type FlowResult = Readonly<{
	exitCode: number;
	/** The screen when each step was reached, then the screen after exit. */
	screens: ReadonlyArray<Readonly<{step: string; screen: string}>>;
	/** Everything after exit, scrollback included. */
	lines: readonly string[];
	/** Peak resident set size of the program, in KiB, when `peakRssFile` was given. */
	peakRssKiB?: number;
	seconds: number;
}>;

/**
 * One whole `segura-token demo` flow as a newcomer does it: the practice values copied off the
 * screen, the internal-users provider, Enter through Configure and Clear, Proceed, u (use the
 * token), Enter. With `timeFile`, `command` is expected to write the peak RSS there
 * (`/usr/bin/time -f %M -o FILE ...`).
 */
export async function demoFlow(program: Program, timeFile?: string): Promise<FlowResult> {
	const started = Date.now();
	const s = startPty({command: [...program.command, 'demo'], cols: program.cols ?? 80, rows: program.rows ?? 24, env: childEnv()});
	const screens: {step: string; screen: string}[] = [];
	const keep = async (step: string) => {
		await settled(s);
		screens.push({step, screen: s.screen()});
	};
	try {
		await s.waitFor('(1/5)');
		await keep('collect');
		await collectFromScreen(s, 'en', 'internal');
		await s.waitFor(providerHint(en));
		await keep('provider');
		s.write('i');
		await s.waitFor(en.configureFields.tokenName.label);
		await keep('configure');
		s.write(keys.enter);
		await s.waitFor(en.clearItems[0]!);
		await keep('clear');
		s.write(keys.enter);
		await s.waitFor(en.complete);
		await s.waitFor('Enter Proceed');
		await keep('fetch');
		s.write(keys.enter);
		await s.waitFor(en.copyTitle);
		await s.waitFor('u/Enter Use token');
		await keep('copy');
		s.write('u');
		await s.waitFor(`✔ ${en.addedTitle}`);
		await keep('added');
		s.write(keys.enter);
		const exitCode = await s.exit;
		await keep('after exit');
		const peak = timeFile ? Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop()) : undefined;
		if (timeFile) await rm(timeFile, {force: true});
		return {
			exitCode,
			screens,
			lines: s.lines(),
			...(peak !== undefined && Number.isFinite(peak) ? {peakRssKiB: peak} : {}),
			seconds: (Date.now() - started) / 1000,
		};
	} finally {
		s.kill();
		removeChildEnvDirs();
	}
}

/**
 * The Ink hello-world (bench/ink-hello.tsx) drawn once and ended with a key, as the reference for
 * the wizard's peak memory: `command` is expected to write its peak RSS to `timeFile`.
 */
export async function helloPeak(program: Program, timeFile: string): Promise<number | undefined> {
	const s = startPty({command: [...program.command], cols: program.cols ?? 80, rows: program.rows ?? 24, env: childEnv()});
	try {
		await s.waitFor('Hello, world');
		s.write('x');
		if ((await s.exit) !== 0) return undefined;
		const peak = Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop());
		await rm(timeFile, {force: true});
		return Number.isFinite(peak) ? peak : undefined;
	} finally {
		s.kill();
		removeChildEnvDirs();
	}
}
