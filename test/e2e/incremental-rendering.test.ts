import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type BuildOptions, type Plugin} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {wizardText} from '../../source/i18n/text.js';
// @ts-expect-error The build options are a plain .mjs script without declarations.
import {bundleOptions} from '../../scripts/build-options.mjs';
import {cliPath, keys, startPty, type PtySession} from '../helpers/pty.js';
import {childEnv, providerHint, removeChildEnvDirs, waitUntil} from '../helpers/wizard-walk.js';

// The wizard draws with Ink's incremental renderer (only the rows that changed are rewritten).
// Here the built CLI and a build of the same code that redraws every frame whole run side by
// side in two pseudo-terminals, get the same keys, and must show the same screen after each one.

const root = fileURLToPath(new URL('../..', import.meta.url));
const en = wizardText.en;
let fullRedrawDir: string;
let server: PracticeServer;

beforeAll(async () => {
	fullRedrawDir = await mkdtemp(join(tmpdir(), 'segura-token-full-redraw-'));
	// The same build, with `ink` taken from a module that turns incremental rendering off.
	const fullRedrawInk = fileURLToPath(new URL('../helpers/ink-full-redraw.ts', import.meta.url));
	const fullRedraw: Plugin = {
		name: 'full-redraw',
		setup(builder) {
			builder.onResolve({filter: /^ink$/}, args => (args.importer === fullRedrawInk ? undefined : {path: fullRedrawInk}));
		},
	};
	const {metafile} = await build({...(bundleOptions({root, outdir: fullRedrawDir, metafile: true}) as BuildOptions), plugins: [fullRedraw], logLevel: 'silent'});
	// The reference really is the full-redraw build.
	expect(Object.keys(metafile!.inputs)).toContain('test/helpers/ink-full-redraw.ts');
	server = await startPracticeServer();
}, 60_000);

afterAll(async () => {
	await server?.close();
	removeChildEnvDirs();
	if (fullRedrawDir) await rm(fullRedrawDir, {recursive: true, force: true});
});

/**
 * What differs between two runs by nature, masked: each gets its own token, shown whole (long
 * base64url runs) or as its last four characters after the mask.
 */
function comparable(screen: string): string {
	return screen.replace(/[\w-]{24,}/g, match => '#'.repeat(match.length)).replace(/(•+)[\w-]{4}/g, '$1####');
}

type Twins = Readonly<{incremental: PtySession; full: PtySession}>;

/**
 * Sends `data` to both, waits until the incremental one's screen changed and, when given, shows
 * `until`, then until the full redraw shows the same screen; fails with both screens when it
 * never does.
 */
async function step(twins: Twins, data: string, until?: string | RegExp): Promise<void> {
	const before = twins.incremental.screen();
	twins.incremental.write(data);
	twins.full.write(data);
	await twins.incremental.waitForChange(before);
	if (until !== undefined) await twins.incremental.waitFor(until);
	const same = () => comparable(twins.incremental.screen()) === comparable(twins.full.screen());
	try {
		await waitUntil(twins.full, same, 'the same screen in both', 5000);
	} catch {
		expect(comparable(twins.incremental.screen()), `after ${JSON.stringify(data)}`).toBe(comparable(twins.full.screen()));
	}
}

describe('incremental rendering', () => {
	it('shows the same screen as a full redraw after every key of a whole wizard run, at 80x24', async () => {
		const provider = server.providers.find(p => p.kind === 'internal')!;
		const start = (command: readonly string[]) => startPty({command, cols: 80, rows: 24, env: childEnv()});
		const twins: Twins = {incremental: start([process.execPath, cliPath]), full: start([process.execPath, join(fullRedrawDir, 'cli.mjs')])};
		try {
			await twins.incremental.waitFor('(1/5)');
			await twins.full.waitFor('(1/5)');
			expect(twins.incremental.screen()).toBe(twins.full.screen());
			const typeField = async (value: string) => {
				for (const char of value) await step(twins, char);
			};
			await typeField(server.seguraUrl);
			await step(twins, keys.enter, '(2/5)');
			await step(twins, keys.enter, '(3/5)');
			await step(twins, keys.enter, '(4/5)');
			await typeField(provider.clientId);
			// Backspace: rows that get shorter, and an error row that comes and goes.
			await step(twins, keys.backspace);
			await typeField(provider.clientId.slice(-1));
			await step(twins, keys.enter, '(5/5)');
			// A dozen bullets whatever its length: the first key draws them, a paste its length.
			await step(twins, provider.clientSecret.slice(0, 1), '••••••••••••');
			await step(twins, provider.clientSecret.slice(1), `${provider.clientSecret.length} characters`);
			await step(twins, keys.enter, providerHint(en));
			await step(twins, 'i', en.configureFields.tokenName.label);
			await step(twins, keys.enter, en.clearItems[0]);
			await step(twins, keys.enter, 'Enter Proceed');
			await step(twins, keys.enter, 'u/Enter Use token');
			await step(twins, 'u', `✔ ${en.addedTitle}`);
			twins.incremental.write(keys.enter);
			twins.full.write(keys.enter);
			expect(await twins.incremental.exit).toBe(0);
			expect(await twins.full.exit).toBe(0);
			expect(comparable(twins.incremental.lines().join('\n'))).toBe(comparable(twins.full.lines().join('\n')));
		} finally {
			twins.incremental.kill();
			twins.full.kill();
		}
	});
});
