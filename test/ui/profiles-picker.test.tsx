import {mkdtemp, readFile, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {CommandIo} from '../../source/cli/command-io.js';
import type {PracticeServer} from '../../source/demo/practice-server.js';
import {createInitialState} from '../../source/flow/index.js';
import type {ProfileInput} from '../../source/profiles/profile.js';
import {openProfileStore, type ProfileStore} from '../../source/profiles/profile-store.js';
import type {ProviderKind} from '../../source/model/provider-kind.js';
import {WizardApp} from '../../source/ui/ink-app.js';
import {realWizardServices} from '../../source/commands/wizard-services.js';
import {wizardWork, type WizardServices} from '../../source/commands/wizard-effects.js';
import {toSavedProfiles} from '../../source/flow/profiles.js';
import {keys, renderInk, type InkSession} from '../helpers/ink.js';
import {practiceProfile} from '../helpers/saved-profile.js';
import {credentials, startServer} from './helpers.js';

// The profile picker with the real store (a temporary folder), the real token engine and the
// practice server: what `segura-token` shows when profiles are saved.

let practice: PracticeServer;

beforeAll(async () => {
	practice = await startServer();
});

afterAll(async () => {
	await practice?.close();
});

type Picker = Readonly<{
	session: InkSession;
	store: ProfileStore;
	exits: number[];
	bugs: unknown[];
	/** The config file as it is on disk now. */
	file(): Promise<string>;
}>;

let open: {picker: Picker; folder: string} | undefined;

afterEach(async () => {
	if (!open) return;
	const {picker, folder} = open;
	open = undefined;
	picker.session.unmount();
	// No frame ever showed a client secret, remembered or typed.
	for (const secret of [credentials.internal.clientSecret, credentials['third-party'].clientSecret]) {
		expect(picker.session.frames().some(frame => frame.includes(secret)), 'a frame showed a client secret').toBe(false);
	}
	expect(picker.bugs).toEqual([]);
	await rm(folder, {recursive: true, force: true});
});

/** A saved profile for the practice provider of `kind`; the secret only when `remember`. */
function profileFor(name: string, kind: ProviderKind, remember: boolean): ProfileInput {
	return practiceProfile(practice, name, kind, remember);
}

/** The wizard as `segura-token` starts it: the store's profiles in the picker, the real services. */
async function startPicker(saved: readonly ProfileInput[]): Promise<Picker> {
	const folder = await mkdtemp(path.join(tmpdir(), 'segura-token-picker-'));
	const {store} = await openProfileStore({cwd: folder});
	for (const profile of saved) await store.save(profile);
	const io: CommandIo = {stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {}, lang: 'en', signal: new AbortController().signal};
	const real = realWizardServices({}, io, store);
	// Copying is not what these tests are about; the real one would write to /dev/tty.
	const services: WizardServices = {...real, copy: () => Promise.resolve({used: [{way: 'osc52'}], failed: []})};
	const initial = createInitialState({
		now: () => new Date(),
		lang: 'en',
		profiles: toSavedProfiles(await store.list()),
		storePath: store.path,
	});
	const exits: number[] = [];
	const bugs: unknown[] = [];
	const session = await renderInk(
		<WizardApp initial={initial} work={wizardWork(services)} isInsecure={false} onState={() => undefined} onExit={ending => exits.push(ending.code)} onBug={error => bugs.push(error)} />,
	);
	const picker: Picker = {session, store, exits, bugs, file: async () => readFile(store.path, 'utf8')};
	open = {picker, folder};
	return picker;
}

const host = () => new URL(practice.seguraUrl).host;

describe('the profile picker', () => {
	it('lists each profile (kind, host, last token, secret kept) and "New", ▸ on the highlighted line', async () => {
		const {session} = await startPicker([profileFor('prod', 'internal', true), profileFor('lab', 'third-party', false)]);
		let frame = session.frame();
		expect(frame).toContain('Saved profiles');
		expect(frame).toContain(`▸ prod · Internal users · ${host()}\n    no token yet · secret kept`);
		expect(frame).toMatch(new RegExp(`^  lab · Third-party users · ${host().replaceAll('.', '\\.')}\n {4}no token yet$`, 'm'));
		expect(frame).toMatch(/^ {2}New: type the values of another provider$/m);
		expect(frame).toContain('↑↓ move · Enter use · e edit · d remove · n new');
		// No step is current yet.
		expect(frame).toContain('1 Collect · 2 Provider · 3 Configure · 4 Clear · 5 Fetch · 6 Copy');

		frame = await session.press(keys.down, '▸ lab');
		expect(frame).toContain('  prod · Internal users');
		frame = await session.press(keys.down, '▸ New: type the values');
		// On "New" there is nothing to edit or remove.
		expect(frame).toContain('↑↓ move · Enter choose · n new');
		frame = await session.press(keys.enter, '[1 Collect]');
		expect(frame).toContain('Segura URL (1/5)');
		expect(frame).not.toContain(practice.seguraUrl);
	});

	it('Enter on a profile with a remembered secret asks for the token at once: steps 1–4 done, "Authentication complete"', async () => {
		const picker = await startPicker([profileFor('prod', 'internal', true)]);
		const {session} = picker;
		const frame = await session.press(keys.enter, 'Authentication complete');
		expect(frame).toContain('1 Collect ✔ · 2 Provider ✔ · 3 Configure ✔ · 4 Clear ✔ · [5 Fetch]');
		// The profile's name and host say which one the token comes from.
		expect(frame).toContain(`✔ Collect: profile "prod" · ${new URL(practice.seguraUrl).host} · ${credentials.internal.clientId}`);
		expect(frame).toContain('✔ Provider: Internal users');
		await session.press(keys.enter, '[6 Copy]');
		// The token's metadata went into the profile's history; the token itself did not.
		const [record] = (await picker.store.get('prod')).history;
		expect(record?.last4).toMatch(/^[\w-]{4}$/);
		expect(session.frame()).toMatch(new RegExp(`^•{8}${record!.last4}$`, 'm'));
		expect(record?.tokenName).toMatch(/^okta-scim internal \d{4}-\d\d-\d\d$/);
		expect(Date.parse(record!.expiresAt!)).toBeGreaterThan(Date.now());
		const file = await picker.file();
		expect(file).toContain(`"last4": "${record!.last4}"`);
		expect(file).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
	});

	it('Enter on a profile without a secret asks for the secret alone, then lands on Clear', async () => {
		const {session} = await startPicker([profileFor('lab', 'third-party', false)]);
		let frame = await session.press(keys.enter, 'Client Secret (5/5)');
		expect(frame).toContain('1 Collect');
		frame = await session.press(credentials['third-party'].clientSecret);
		expect(frame).toContain(`${credentials['third-party'].clientSecret.length} characters`);
		frame = await session.press(keys.enter, '[4 Clear]');
		expect(frame).toContain('1 Collect ✔ · 2 Provider ✔ · 3 Configure ✔ · [4 Clear]');
		expect(frame).toContain('✔ Provider: Third-party users');
		await session.press(keys.enter, 'Authentication complete');
	});

	it('e walks from step 1 with the saved values in place, and Configure saves the changes back', async () => {
		const picker = await startPicker([profileFor('prod', 'internal', true)]);
		const {session} = picker;
		const provider = practice.providers.find(item => item.kind === 'internal')!;
		let frame = await session.press('e', '[1 Collect]');
		expect(frame).toContain('Segura URL (1/5)');
		expect(frame).toContain(`› ${practice.seguraUrl}`);
		frame = await session.press(keys.enter, 'Base URL (2/5)');
		expect(frame).toContain(`› ${provider.baseUrl}`);
		frame = await session.press(keys.enter, 'Token URL (3/5)');
		expect(frame).toContain(`› ${provider.tokenUrl}`);
		frame = await session.press(keys.enter, 'Client ID (4/5)');
		expect(frame).toContain(`› ${provider.clientId}`);
		frame = await session.press(keys.enter, 'Client Secret (5/5)');
		// The remembered secret is in place, shown by its length only.
		expect(frame).toContain(`${provider.clientSecret.length} characters`);
		frame = await session.press(keys.enter, '[2 Provider]');
		expect(frame).toContain('▸ [i] Internal users');
		frame = await session.press(keys.enter, '[3 Configure]');
		expect(frame).toMatch(/Save as profile\s+prod/);
		expect(frame).toMatch(/Remember secret\s+Yes, in plain text \(mode 0600\)/);
		// A token name typed now is saved in the profile on the way out.
		frame = await session.type('edited-name');
		expect(frame).toContain('edited-name');
		frame = await session.press(keys.enter, '✔ Profile "prod" saved in');
		expect(frame).toContain('[4 Clear]');
		expect(frame).toContain('The Client Secret is in it, in plain text (mode 0600: only you can read it).');
		const saved = await picker.store.list();
		expect(saved.map(profile => profile.name)).toEqual(['prod']);
		expect(saved[0]?.tokenName).toBe('edited-name');
		expect(saved[0]?.clientId).toBe(provider.clientId);
	});

	it('d asks first: n keeps the profile, y removes it from the list and from the file', async () => {
		const picker = await startPicker([profileFor('prod', 'internal', true), profileFor('lab', 'third-party', false)]);
		const {session} = picker;
		let frame = await session.press('d', 'Remove profile "prod" and its token history?');
		// The question once, the answers once: on the key line.
		expect(frame.match(/y yes · n no/g)).toHaveLength(1);
		frame = await session.press('n', frame => !frame.includes('Remove profile'));
		expect(frame).toContain('▸ prod · Internal users');
		expect((await picker.store.list()).map(profile => profile.name)).toEqual(['prod', 'lab']);

		await session.press(keys.down, '▸ lab');
		await session.press('d', 'Remove profile "lab"');
		frame = await session.press('y', frame => !frame.includes('lab ·') && !frame.includes('Remov'));
		expect(frame).toContain('prod · Internal users');
		expect(frame).toContain('New: type the values of another provider');
		expect((await picker.store.list()).map(profile => profile.name)).toEqual(['prod']);
		const file = JSON.parse(await picker.file()) as {profiles: Array<{name: string}>};
		expect(file.profiles.map(profile => profile.name)).toEqual(['prod']);

		// The last one removed: the picker stays, with "New" alone.
		await session.press(keys.up, '▸ prod');
		await session.press('d', 'Remove profile "prod"');
		frame = await session.press('y', frame => !frame.includes('prod'));
		expect(frame).toContain('▸ New: type the values of another provider');
		expect(await picker.store.list()).toEqual([]);
	});
});

describe('saving from step 3 (Configure)', () => {
	/** "New" in the picker, step 1 with the practice values, the provider kind, then step 3. */
	async function toConfigure(picker: Picker, kind: ProviderKind): Promise<void> {
		const {session} = picker;
		const provider = practice.providers.find(item => item.kind === kind)!;
		await session.press('n', 'Segura URL (1/5)');
		await session.press(practice.seguraUrl);
		await session.press(keys.enter, 'Base URL (2/5)');
		await session.press(keys.enter, 'Token URL (3/5)');
		await session.press(keys.enter, 'Client ID (4/5)');
		await session.press(provider.clientId);
		await session.press(keys.enter, 'Client Secret (5/5)');
		await session.press(provider.clientSecret);
		await session.press(keys.enter, '[2 Provider]');
		await session.press(kind === 'internal' ? 'i' : 't', '[3 Configure]');
	}

	/** Moves the focus to a field of step 3 by its label. */
	async function focus(session: InkSession, label: string): Promise<void> {
		for (let i = 0; i < 6 && !session.frame().includes(`▸ ${label}`); i++) await session.press(keys.down);
		expect(session.frame()).toContain(`▸ ${label}`);
	}

	it('a name saves the profile (file 0600) without the secret, and Clear says so', async () => {
		const picker = await startPicker([profileFor('lab', 'third-party', false)]);
		const {session} = picker;
		await toConfigure(picker, 'internal');
		await focus(session, 'Save as profile');
		await session.type('staging');
		const frame = await session.press(keys.enter, '✔ Profile "staging" saved in');
		expect(frame.replace(/\s+/g, ' ')).toContain(`✔ Profile "staging" saved in ${picker.store.path}.`);
		expect(frame).toContain('The Client Secret is not in it: you will be asked for it next time.');
		expect((await stat(picker.store.path)).mode & 0o777).toBe(0o600);
		const file = await picker.file();
		expect(file.includes(credentials.internal.clientSecret), 'the secret is in the file').toBe(false);
		const saved = await picker.store.get('staging');
		expect(saved).toMatchObject({kind: 'internal', clientId: credentials.internal.clientId, seguraUrl: practice.seguraUrl});
		expect(saved.clientSecret).toBeUndefined();
		// The run goes on with it: its token lands in this profile's history.
		await session.press(keys.enter, 'Authentication complete');
		expect((await picker.store.get('staging')).history).toHaveLength(1);
	});

	it('"Remember secret" yes keeps the secret in the file, and the screen says where and how', async () => {
		const picker = await startPicker([]);
		const {session} = picker;
		// No profiles: the wizard opens on step 1, not on the picker.
		await session.waitFor('Segura URL (1/5)');
		await session.press(practice.seguraUrl);
		await session.press(keys.enter, 'Base URL (2/5)');
		await session.press(keys.enter, 'Token URL (3/5)');
		await session.press(keys.enter, 'Client ID (4/5)');
		await session.press(credentials.internal.clientId);
		await session.press(keys.enter, 'Client Secret (5/5)');
		await session.press(credentials.internal.clientSecret);
		await session.press(keys.enter, '[2 Provider]');
		await session.press('i', '[3 Configure]');
		await focus(session, 'Save as profile');
		await session.type('kept');
		await focus(session, 'Remember secret');
		let frame = session.frame().replace(/\s+/g, ' ');
		expect(frame).toContain(`It is kept in plain text in ${picker.store.path} (mode 0600: only you can read it).`);
		await session.press(keys.space, 'Yes, in plain text (mode 0600)');
		frame = await session.press(keys.enter, '✔ Profile "kept" saved in');
		expect(frame).toContain('The Client Secret is in it, in plain text (mode 0600: only you can read it).');
		expect((await stat(picker.store.path)).mode & 0o777).toBe(0o600);
		expect((await stat(path.dirname(picker.store.path))).mode & 0o777).toBe(0o700);
		expect((await picker.file()).includes(credentials.internal.clientSecret), 'the secret is in the file').toBe(true);
		expect((await picker.store.get('kept')).clientSecret === credentials.internal.clientSecret).toBe(true);
	});

	it('a taken name (any case) or a bad one is an error that keeps the user on Configure', async () => {
		const picker = await startPicker([profileFor('prod', 'internal', false)]);
		const {session} = picker;
		await toConfigure(picker, 'internal');
		await focus(session, 'Save as profile');
		let frame = await session.type('PROD');
		expect(frame).toContain('A profile named "prod" exists already');
		frame = await session.press(keys.enter);
		expect(frame).toContain('[3 Configure]');
		expect(frame).toContain('▸ Save as profile');
		for (let i = 0; i < 4; i++) await session.press(keys.backspace);
		frame = await session.type('my prod');
		expect(frame).toContain('A profile name uses letters, digits, "-", "_" and "." only (at most 64).');
		frame = await session.press(keys.enter);
		expect(frame).toContain('[3 Configure]');
		expect((await picker.store.list()).map(profile => profile.name)).toEqual(['prod']);
	});

	it('the same Client ID saved under the other provider kind earns a ⚠ warning', async () => {
		// "lab" is the third-party practice provider; type its Client ID and choose "internal".
		const picker = await startPicker([profileFor('lab', 'third-party', false)]);
		const {session} = picker;
		const {clientId, clientSecret} = credentials['third-party'];
		await session.press('n', 'Segura URL (1/5)');
		await session.press(practice.seguraUrl);
		await session.press(keys.enter, 'Base URL (2/5)');
		await session.press(keys.enter, 'Token URL (3/5)');
		await session.press(keys.enter, 'Client ID (4/5)');
		await session.press(clientId);
		await session.press(keys.enter, 'Client Secret (5/5)');
		await session.press(clientSecret);
		await session.press(keys.enter, '[2 Provider]');
		let frame = await session.press('i', '[3 Configure]');
		expect(frame.replace(/\s+/g, ' ')).toContain(
			'⚠ This Client ID is saved in profile "lab" as the other kind of provider: check that you copied it from the right provider.',
		);
		// A warning, not an error: the wizard goes on.
		await session.press(keys.enter, '[4 Clear]');
		await session.press(keys.escape, '[3 Configure]');
		await session.press(keys.escape, '[2 Provider]');
		frame = await session.press('t', '[3 Configure]');
		expect(frame).not.toContain('as the other kind of provider');
	});
});
