import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {cliText, wizardRunText} from '../../source/i18n/text.js';
import type {ProfileInput} from '../../source/profiles/profile.js';
import {keys, startPty, type PtyOptions, type PtySession} from '../helpers/pty.js';
import {practiceProfile, saveProfiles} from '../helpers/saved-profile.js';

/** The escape character, written out so no regular expression holds it raw. */
const ESC = '\u001B';
import {press, removeChildEnvDirs, terminalEnv} from '../helpers/wizard-walk.js';

// Issue 5's terminals: the built wizard in a real pseudo-terminal at 200 columns, resized in the
// middle of a step, with TERM=dumb, --insecure and NO_COLOR.

const credentials = {
	internal: {clientId: 'e2e-terminal-internal', clientSecret: 'TerminalInternal0Secret1Never2Shown'},
	'third-party': {clientId: 'e2e-terminal-third', clientSecret: 'TerminalThird3Party4Secret5Hidden'},
} as const;

let practice: PracticeServer;
const sessions: PtySession[] = [];

beforeAll(async () => {
	practice = await startPracticeServer({credentials});
});

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

afterAll(async () => {
	await practice?.close();
	removeChildEnvDirs();
});

/** A config folder of its own holding `saved`, and nothing from this shell that changes the program. */
async function newEnv(saved: readonly ProfileInput[], extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
	const {env, configHome} = terminalEnv(extra);
	await saveProfiles({XDG_CONFIG_HOME: configHome}, saved);
	return env;
}

function start(options: PtyOptions): PtySession {
	const session = startPty({rows: 40, ...options});
	sessions.push(session);
	return session;
}

/** The screen's rows that are not blank, right-trimmed: what a fresh draw and a redraw must share. */
function visibleLines(s: PtySession): string[] {
	return s.screen().split('\n').map(line => line.trimEnd()).filter(line => line !== '');
}

/** Polls until the screen's non-blank rows equal `expected`; fails showing both. */
async function expectScreenToBecome(s: PtySession, expected: readonly string[], what: string): Promise<void> {
	const deadline = Date.now() + 2500;
	while (JSON.stringify(visibleLines(s)) !== JSON.stringify(expected)) {
		if (Date.now() > deadline) {
			expect(visibleLines(s), what).toEqual(expected);
			return;
		}
		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

/**
 * From the picker ("prod", no secret kept) through `e` to step 3 (Configure) with its values:
 * the same keys at any width land on the same screen.
 */
async function toConfigure(s: PtySession): Promise<void> {
	await s.waitFor('Saved profiles');
	await press(s, 'e', 'Segura URL (1/5)');
	await press(s, keys.enter, 'Base URL (2/5)');
	await press(s, keys.enter, 'Token URL (3/5)');
	await press(s, keys.enter, 'Client ID (4/5)');
	await press(s, keys.enter, 'Client Secret (5/5)');
	await press(s, credentials.internal.clientSecret, `${credentials.internal.clientSecret.length} characters`);
	await press(s, keys.enter, 'Enter choose');
	await press(s, keys.enter, /Token Name/);
	await s.waitFor(/Enter continue/);
}

/** From the picker to the Segura URL field, a value being typed. */
async function toCollect(s: PtySession): Promise<void> {
	await s.waitFor('Saved profiles');
	await press(s, 'n', 'Segura URL (1/5)');
	await press(s, practice.seguraUrl, `› ${practice.seguraUrl}`);
}

describe('widths', () => {
	it('at 200 columns the wizard uses the width: help and picker lines whole, on one row', async () => {
		const env = await newEnv([practiceProfile(practice, 'prod', 'internal', true)]);
		const s = start({env, cols: 200});
		await s.waitFor('Saved profiles');
		expect(s.screen()).toMatch(/^▸ prod · Internal users · 127\.0\.0\.1:\d+\n {4}no token yet · secret kept$/m);
		await press(s, 'e', 'Segura URL (1/5)');
		expect(s.screen()).toContain('[1 Collect] · 2 Provider · 3 Configure · 4 Clear · 5 Fetch · 6 Copy');
		expect(s.screen().split('\n')).toContain('The address of the Segura server to integrate with Okta, as you open it in the browser.');
		expect(Math.max(...s.screen().split('\n').map(row => row.length))).toBeGreaterThan(80);
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
	});

	/** What a fresh start shows at each width, reached with the same keys. */
	async function freshScreens(env: NodeJS.ProcessEnv, walk: (s: PtySession) => Promise<void>): Promise<Record<number, string[]>> {
		const fresh: Record<number, string[]> = {};
		for (const cols of [40, 120]) {
			const clean = start({env, cols});
			await walk(clean);
			fresh[cols] = visibleLines(clean);
			clean.kill();
		}
		return fresh;
	}

	// Issue 5, "a resize during any step redraws cleanly": the frame after 80 → 40 → 120 columns
	// must be what a fresh start at that width draws, with no stale copies of earlier lines.
	for (const [name, walk] of [['Configure', toConfigure], ['Collect', toCollect]] as const) {
		it(`a resize during ${name} (80 → 40 → 120 columns) redraws it as a fresh start at that width would draw it`, async () => {
			const env = await newEnv([practiceProfile(practice, 'prod', 'internal', false)]);
			const fresh = await freshScreens(env, walk);
			const s = start({env, cols: 80});
			await walk(s);
			const at80 = s.screen();
			s.resize(40, 40);
			await s.waitForChange(at80);
			await expectScreenToBecome(s, fresh[40]!, 'the screen after 80 → 40');
			s.resize(120, 40);
			await expectScreenToBecome(s, fresh[120]!, 'the screen after 40 → 120');
		});
	}

	it('after a resize the wizard keeps working, and its next frame is drawn at the new width', async () => {
		const env = await newEnv([practiceProfile(practice, 'prod', 'internal', false)]);
		const fresh = await freshScreens(env, toCollect);
		const s = start({env, cols: 80});
		await toCollect(s);
		for (const cols of [40, 120]) {
			s.resize(cols, 40);
			// A key and its undo: the same state as the fresh start, drawn again.
			await press(s, 'x', `${new URL(practice.seguraUrl).port}x`);
			s.write(keys.backspace);
			const expected = fresh[cols]!;
			const deadline = Date.now() + 5000;
			while (JSON.stringify(visibleLines(s).slice(-expected.length)) !== JSON.stringify(expected) && Date.now() < deadline) {
				await new Promise(resolve => setTimeout(resolve, 20));
			}
			expect(visibleLines(s).slice(-expected.length), `the frame at ${cols} columns`).toEqual(expected);
		}
		await press(s, keys.enter, 'Base URL (2/5)');
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
	});
});

describe('TERM=dumb', () => {
	it('switches to plain prompts and says why', async () => {
		const env = await newEnv([], {TERM: 'dumb'});
		const s = start({env, cols: 100});
		await s.waitFor(/^Segura URL: $/m);
		const all = s.lines().join('\n');
		expect(all).toContain(wizardRunText.dumbTerminal.en);
		// Plain lines read whole lines: Esc counts once Enter sends it.
		expect(all).toContain('(Esc then Enter goes back, Ctrl+C quits)');
		expect(all).toContain('Segura URL (1/5)');
		await press(s, `${practice.seguraUrl}\r`, 'Base URL (2/5)');
		expect(s.lines().join('\n')).toContain(`Segura URL: ${practice.seguraUrl}`);
		s.write(keys.ctrlC);
		expect(await s.exit).toBe(130);
		// Where nothing is drawn, nothing but text was written: no cursor movement, colour or mode.
		expect(s.output()).not.toContain('\u001B[');
	});
});

describe('--insecure', () => {
	it('shows the warning line on every screen of the wizard, from the picker to "Token added"', async () => {
		const env = await newEnv([practiceProfile(practice, 'prod', 'internal', false)]);
		const s = start({env, cols: 140, args: ['--insecure']});
		const warning = `⚠ ${cliText.insecure.en}`;
		const seen: string[] = [];
		const check = async (screen: string) => {
			await s.waitFor(screen);
			expect(s.screen().split('\n'), `the warning on the screen with "${screen}"`).toContain(warning);
			seen.push(screen);
		};
		await check('Saved profiles');
		s.write('e');
		for (const field of ['Segura URL (1/5)', 'Base URL (2/5)', 'Token URL (3/5)', 'Client ID (4/5)']) {
			await check(field);
			s.write(keys.enter);
		}
		await check('Client Secret (5/5)');
		await press(s, credentials.internal.clientSecret, `${credentials.internal.clientSecret.length} characters`);
		s.write(keys.enter);
		await check('[2 Provider]');
		s.write('i');
		await check('[3 Configure]');
		s.write(keys.enter);
		await check('[4 Clear]');
		s.write(keys.enter);
		await check('Authentication complete');
		s.write(keys.enter);
		await check('[6 Copy]');
		s.write('u');
		await check('Enter finish');
		expect(seen).toHaveLength(12);
		s.write(keys.enter);
		expect(await s.exit).toBe(0);
		// Said once more before the wizard drew anything, for the scrollback.
		expect(s.output()).toContain(cliText.insecure.en);
	});
});

describe('NO_COLOR', () => {
	/** The colour parameters of every SGR sequence in `output`: 30–38, 40–48, 90–97, 100–107. */
	function colourCodes(output: string): string[] {
		const found: string[] = [];
		for (const match of output.matchAll(new RegExp(`${ESC}\\[([\\d;:]*)m`, 'g'))) {
			const params = (match[1] ?? '').split(/[;:]/).map(Number);
			for (let i = 0; i < params.length; i++) {
				const code = params[i]!;
				if (code === 38 || code === 48) {
					found.push(match[0]);
					break;
				}
				if ((code >= 30 && code <= 37) || (code >= 40 && code <= 47) || (code >= 90 && code <= 97) || (code >= 100 && code <= 107)) {
					found.push(match[0]);
				}
			}
		}
		return found;
	}

	async function walk(s: PtySession): Promise<void> {
		await s.waitFor('Saved profiles');
		// Yellow ⚠ (http:// on this machine), the cyan copy note, the green ✔ of verify and "Token added".
		await press(s, 'e', 'http:// is unencrypted');
		for (const field of ['Base URL (2/5)', 'Token URL (3/5)', 'Client ID (4/5)', 'Client Secret (5/5)']) await press(s, keys.enter, field);
		await press(s, credentials.internal.clientSecret, `${credentials.internal.clientSecret.length} characters`);
		await press(s, keys.enter, '[2 Provider]');
		await press(s, 'i', '[3 Configure]');
		await press(s, keys.enter, '[4 Clear]');
		await press(s, keys.enter, 'Authentication complete');
		await press(s, keys.enter, '[6 Copy]');
		await press(s, 'p', 'Printed alone on its own line');
		await press(s, 'v', '✔ The token works');
		// Copied (OSC 52 to this terminal) after the print: "Token added" once it went somewhere.
		await press(s, 'c', "Sent to your terminal's clipboard");
		await press(s, 'u', 'Token added');
		s.write(keys.enter);
		expect(await s.exit).toBe(0);
	}

	it('no colour codes anywhere in the output, while bold and dim stay', async () => {
		const s = start({env: await newEnv([practiceProfile(practice, 'prod', 'internal', false)], {NO_COLOR: '1'}), cols: 100});
		await walk(s);
		expect(colourCodes(s.output())).toEqual([]);
		expect(s.output()).toContain(`${ESC}[1m`);
		expect(s.output()).toContain(`${ESC}[2m`);
	});

	it('without NO_COLOR the same run is in colour (the check above can fail)', async () => {
		const s = start({env: await newEnv([practiceProfile(practice, 'prod', 'internal', false)]), cols: 100});
		await walk(s);
		expect(colourCodes(s.output()).length).toBeGreaterThan(0);
	});

	it('--plain honours it too (inquirer\'s prompts are in colour without it)', async () => {
		const codes: Record<string, string[]> = {};
		for (const [label, extra] of [['NO_COLOR', {NO_COLOR: '1'}], ['colour', {}]] as const) {
			const s = start({env: await newEnv([], extra), cols: 100, args: ['--plain']});
			await s.waitFor(/^\? Segura URL/m);
			await press(s, `${practice.seguraUrl}\r`, /^\? Base URL/m);
			codes[label] = colourCodes(s.output());
			s.write(keys.ctrlC);
			expect(await s.exit).toBe(130);
		}
		expect(codes.NO_COLOR).toEqual([]);
		expect(codes.colour?.length).toBeGreaterThan(0);
	});
});
