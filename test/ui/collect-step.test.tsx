import {randomBytes} from 'node:crypto';
import {afterEach, describe, expect, it} from 'vitest';
import {keys, widestLine} from '../helpers/ink.js';
import {startWizard, type WizardRun} from './helpers.js';

const seguraUrl = 'https://segura.example.com';
const secret = 'Collect-Step-Secret-0123456789-abcdef';

let run: WizardRun | undefined;

async function start(options: Parameters<typeof startWizard>[0] = {}): Promise<WizardRun> {
	run = await startWizard(options);
	return run;
}

afterEach(async () => {
	await run?.close();
	expect(run?.bugs ?? []).toEqual([]);
	run = undefined;
});

/** Types the Segura URL and lands on the Base URL field. */
async function atBaseUrl(wizard: WizardRun): Promise<void> {
	await wizard.session.press(seguraUrl);
	await wizard.session.press(keys.enter, 'Base URL (2/5)');
}

/** Through to the Client Secret field with the proposals accepted. */
async function atSecret(wizard: WizardRun): Promise<void> {
	const {session} = wizard;
	await atBaseUrl(wizard);
	await session.press(keys.enter, 'Token URL (3/5)');
	await session.press(keys.enter, 'Client ID (4/5)');
	await session.press('client-123');
	await session.press(keys.enter, 'Client Secret (5/5)');
}

describe('step 1, Collect', () => {
	it('opens on the Segura URL with the step marked without colour, where to find it, and its keys', async () => {
		const {session} = await start();
		const frame = session.frame();
		expect(frame).toContain('[1 Collect] · 2 Provider · 3 Configure · 4 Clear · 5 Fetch · 6 Copy');
		expect(frame).toContain('Segura URL (1/5)');
		expect(frame).toContain('The address of the Segura server');
		expect(frame).toContain('› https://segura.example.com');
		expect(frame).toContain('Enter next');
		// The first field has nothing before it.
		expect(frame).not.toContain('Esc back');
	});

	it('shows each typed character, validates as typed and erases with Backspace (\\x7f)', async () => {
		const {session} = await start();
		await session.type('segura.example.com');
		expect(session.frame()).toContain('› segura.example.com');
		expect(session.frame()).toContain('✖ Add https:// at the start.');
		// Enter on an error stays on the field.
		await session.press(keys.enter);
		expect(session.frame()).toContain('Segura URL (1/5)');
		for (let i = 0; i < '.com'.length; i++) await session.press(keys.backspace);
		expect(session.frame()).toContain('› segura.example\n');
		await session.type('.org');
		expect(session.frame()).toContain('› segura.example.org');
	});

	it('refuses an http:// URL on another machine and says why', async () => {
		const {session} = await start();
		await session.type('http://segura.example.com');
		expect(session.frame()).toContain('✖ http:// would send the secret unencrypted: use https://');
		// The refused submit redraws the same field.
		await session.press(keys.enter);
		expect(session.frame()).toContain('Segura URL (1/5)');
		expect(session.frame()).not.toContain('Base URL (2/5)');
	});

	it('accepts http:// on this machine with a warning', async () => {
		const {session} = await start();
		await session.type('http://127.0.0.1:8443');
		expect(session.frame()).toContain('⚠ http:// is unencrypted: accepted only because the server is on this machine.');
		await session.press(keys.enter, 'Base URL (2/5)');
	});

	it('proposes the Base URL from the Segura URL; Enter accepts it', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atBaseUrl(wizard);
		const frame = session.frame();
		expect(frame).toContain('› https://segura.example.com/iso/scim/v2');
		expect(frame).toContain('Proposed from the Segura URL: Enter accepts it, typing replaces it.');
		expect(frame).toContain('Tab edit the proposal');
		await session.press(keys.enter, 'Token URL (3/5)');
		expect(session.frame()).toContain('› https://segura.example.com/iso/oauth2/token');
		// Back shows what was accepted: the proposal, now a value of its own.
		await session.press(keys.escape, 'Base URL (2/5)');
		expect(session.frame()).toContain('› https://segura.example.com/iso/scim/v2');
		expect(session.frame()).not.toContain('Proposed from the Segura URL');
	});

	it('Tab fills the proposal in, to be edited', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atBaseUrl(wizard);
		await session.press(keys.tab, frame => !frame.includes('Proposed from the Segura URL'));
		expect(session.frame()).toContain('› https://segura.example.com/iso/scim/v2');
		expect(session.frame()).not.toContain('Tab edit the proposal');
		for (let i = 0; i < 'v2'.length; i++) await session.press(keys.backspace);
		expect(session.frame()).toContain('› https://segura.example.com/iso/scim/');
		expect(session.frame()).toContain('⚠ A Segura Base URL ends in /iso/scim/v2.');
	});

	it('typing replaces the proposal; another host than the Segura URL warns but does not block', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atBaseUrl(wizard);
		await session.type('https://other.example.com/iso/scim/v2');
		expect(session.frame()).toContain("⚠ Not the Segura URL's server (segura.example.com)");
		await session.press(keys.enter, 'Token URL (3/5)');
		// The Token URL is still proposed from the Segura URL, not from the other host.
		expect(session.frame()).toContain('› https://segura.example.com/iso/oauth2/token');
	});

	it('cleans spaces, quotes and line breaks out of a paste and says so', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atBaseUrl(wizard);
		await session.press(keys.enter, 'Token URL (3/5)');
		await session.press(keys.enter, 'Client ID (4/5)');
		await session.press('  "client-\n123"  ');
		expect(session.frame()).toContain('ℹ Removed spaces, quotes and line breaks from the paste.');
		// The line break is shown, not obeyed.
		expect(session.frame()).toContain('client-↵123');
		await session.press(keys.enter, 'Client Secret (5/5)');
		await session.press(keys.escape, 'Client ID (4/5)');
		expect(session.frame()).toContain('› client-123');
		expect(session.frame()).not.toContain('Removed');
	});

	it('a value and its Enter in one chunk, but needing cleaning, waits so the notice can be read', async () => {
		const {session} = await start();
		await session.press(` ${seguraUrl}  \r`, 'Removed spaces');
		expect(session.frame()).toContain('Segura URL (1/5)');
		await session.press(keys.enter, 'Base URL (2/5)');
		expect(session.frame()).toContain('› https://segura.example.com/iso/scim/v2');
	});

	it('refuses a Client ID with a space inside', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atBaseUrl(wizard);
		await session.press(keys.enter, 'Token URL (3/5)');
		await session.press(keys.enter, 'Client ID (4/5)');
		await session.type('client 123');
		expect(session.frame()).toContain('✖ A Client ID has no spaces: copy it again (eye icon).');
		await session.press(keys.enter);
		expect(session.frame()).toContain('Client ID (4/5)');
	});

	it('masks the secret as typed with a dozen bullets whatever its length; Ctrl+R reveals it and hides it again', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atSecret(wizard);
		expect(session.frame()).toContain('Ctrl+R show');
		await session.type(secret.slice(0, 5));
		expect(session.frame()).toMatch(/^› •{12} ?$/m);
		expect(session.frame()).not.toContain('5 characters');
		await session.type(secret.slice(5));
		expect(session.frame()).toMatch(/^› •{12} ?$/m);
		expect(session.frame()).toContain(`${secret.length} characters`);
		expect(session.frames().some(frame => frame.includes(secret))).toBe(false);
		await session.press(keys.ctrlR, secret);
		expect(session.frame()).toContain('Ctrl+R hide');
		expect(session.frame()).not.toContain('characters');
		await session.press(keys.ctrlR, 'Ctrl+R show');
		expect(session.frame()).not.toContain(secret);
		// Leaving the step masks it in the summary line, whatever was revealed before.
		await session.press(keys.enter, '[2 Provider]');
		expect(session.frame()).toContain(`✔ Collect: ${seguraUrl} · client-123 · ${'•'.repeat(12)}`);
		expect(session.frame()).not.toContain(secret);
	});

	it('a 5 KB pasted secret draws at once, masked, within 80 columns', async () => {
		const wizard = await start({columns: 80});
		const {session} = wizard;
		await atSecret(wizard);
		const big = randomBytes(3750).toString('base64');
		expect(big.length).toBe(5000);
		const started = performance.now();
		await session.press(big, '5000 characters');
		const elapsed = performance.now() - started;
		// Drawing only the visible window keeps this to milliseconds; a frozen screen takes seconds.
		expect(elapsed).toBeLessThan(1000);
		expect(widestLine(session.frame())).toBeLessThanOrEqual(80);
		expect(session.frame()).toMatch(/^› •{12} ?$/m);
		// Not one chunk of the paste shows: the window holds bullets only.
		expect(session.frame()).not.toContain(big.slice(-8));
		// Revealed, it scrolls: still one line within 80 columns, the end of the paste in view.
		await session.press(keys.ctrlR, 'Ctrl+R hide');
		expect(widestLine(session.frame())).toBeLessThanOrEqual(80);
		expect(session.frame()).toContain(big.slice(-20));
		expect(session.frame()).not.toContain(big.slice(0, 80));
	});

	it('counts the secret as it will be sent: what a paste brought around it is not counted', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atSecret(wizard);
		// A paste from a chat: quotes, spaces and a line break around the secret.
		await session.press(` "${secret}"\n `, `${secret.length} characters`);
		expect(session.frame()).toMatch(/^› •{12} ?$/m);
		expect(session.frame()).toContain('Removed spaces, quotes and line breaks from the paste.');
		expect(session.frame()).not.toContain(`${secret.length + 5} characters`);
	});

	it('a lone line feed is Enter (Enter pressed before raw mode arrives as one), never a character of the value', async () => {
		const {session} = await start();
		await session.press(seguraUrl);
		await session.press('\n', 'Base URL (2/5)');
		expect(session.frame()).not.toContain('↵');
	});

	it('a value and its Enter arriving in one chunk (type-ahead over SSH) submits it', async () => {
		const {session} = await start();
		await session.press(`${seguraUrl}\r`, 'Base URL (2/5)');
		expect(session.frame()).toContain('› https://segura.example.com/iso/scim/v2');
		await session.press(`${seguraUrl}/iso/scim/v2\r`, 'Token URL (3/5)');
	});

	// Shift+Tab and a letter in one chunk: the flow goes back to the Token URL, whose value is
	// selected, so the letter replaces it there (not in the Client ID's text).
	it('Shift+Tab and a letter in one chunk: the letter replaces the selected value gone back to', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atBaseUrl(wizard);
		await session.press(keys.enter, 'Token URL (3/5)');
		await session.press(keys.enter, 'Client ID (4/5)');
		await session.type('half-typ');
		await session.press(`${keys.shiftTab}x`, 'Token URL (3/5)');
		expect(session.frame()).toMatch(/^› x$/m);
	});

	it('going back selects the value: an arrow keeps it for editing, and the hint says so', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atBaseUrl(wizard);
		await session.press(keys.enter, 'Token URL (3/5)');
		await session.press(keys.escape, 'Base URL (2/5)');
		expect(session.frame()).toContain('typing or pasting replaces it');
		await session.press(keys.left);
		await session.press(keys.right);
		await session.press('x', '› https://segura.example.com/iso/scim/v2x');
	});

	it('Esc and Shift+Tab go back a field, keeping what was typed in both', async () => {
		const wizard = await start();
		const {session} = wizard;
		await atBaseUrl(wizard);
		await session.press(keys.enter, 'Token URL (3/5)');
		await session.press(keys.enter, 'Client ID (4/5)');
		expect(session.frame()).toContain('Esc back');
		await session.type('half-typ');
		await session.press(keys.shiftTab, 'Token URL (3/5)');
		await session.press(keys.escape, 'Base URL (2/5)');
		await session.press(keys.escape, 'Segura URL (1/5)');
		expect(session.frame()).toContain(`› ${seguraUrl}`);
		await session.press(keys.enter, 'Base URL (2/5)');
		await session.press(keys.enter, 'Token URL (3/5)');
		await session.press(keys.enter, 'Client ID (4/5)');
		expect(session.frame()).toContain('› half-typ');
	});
});
