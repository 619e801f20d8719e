import {afterEach, describe, expect, it} from 'vitest';
import {createInitialState} from '../../source/flow/index.js';
import {keys, widestLine} from '../helpers/ink.js';
import {startWizard, type WizardRun} from './helpers.js';

const secret = 'Provider-Step-Secret-9876543210';
const values = {
	seguraUrl: 'https://segura.example.com',
	baseUrl: 'https://segura.example.com/iso/scim/v2',
	tokenUrl: 'https://segura.example.com/iso/oauth2/token',
	clientId: 'client-123',
	clientSecret: secret,
};
const today = '2026-11-28';
const now = () => new Date(2026, 10, 28, 14, 30);

let run: WizardRun | undefined;

/** The wizard with step 1 done (as a profile would fill it): it opens on step 2. */
async function atProvider(): Promise<WizardRun> {
	run = await startWizard({initial: createInitialState({now, prefill: {values}})});
	await run.session.waitFor('[2 Provider]');
	return run;
}

async function atConfigure(kind: 'i' | 't' = 'i'): Promise<WizardRun> {
	const wizard = await atProvider();
	await wizard.session.press(kind, '[3 Configure]');
	return wizard;
}

afterEach(async () => {
	if (run) {
		// Nothing on any screen showed the client secret.
		expect(run.session.frames().filter(frame => frame.includes(secret))).toEqual([]);
		await run.close();
		expect(run.bugs).toEqual([]);
	}
	run = undefined;
});

describe('step 2, Provider', () => {
	it('asks which provider, with the warning in plain words, and the finished step collapsed', async () => {
		const {session} = await atProvider();
		const frame = session.frame();
		expect(frame).toContain('1 Collect ✔ · [2 Provider] · 3 Configure');
		expect(frame).toContain(`✔ Collect: https://segura.example.com · client-123 · ${'•'.repeat(12)}`);
		expect(frame).toContain('Which provider are these credentials from?');
		expect(frame).toContain('▸ [i] Internal users');
		expect(frame).toContain('  [t] Third-party users');
		expect(frame).toMatch(/⚠ Take the values from the provider of the kind of groups you will\s+provision/);
		expect(frame.replace(/\s+/g, ' ')).toContain('they appear in the Segura menu of that kind');
		expect(frame).toContain('↑↓ move · Enter choose · Esc back');
	});

	it('moves the highlight with the arrows and chooses with Enter', async () => {
		const {session} = await atProvider();
		await session.press(keys.down, '▸ [t] Third-party users');
		expect(session.frame()).toContain('  [i] Internal users');
		await session.press(keys.up, '▸ [i] Internal users');
		await session.press(keys.down, '▸ [t] Third-party users');
		await session.press(keys.enter, '[3 Configure]');
		expect(session.frame()).toContain('✔ Provider: Third-party users');
		expect(session.frame()).toContain(`okta-scim third-party ${today}`);
	});

	it('i and t choose directly', async () => {
		const {session} = await atProvider();
		await session.press('t', '[3 Configure]');
		expect(session.frame()).toContain('✔ Provider: Third-party users');
		// Back keeps the choice highlighted.
		await session.press(keys.escape, '[2 Provider]');
		expect(session.frame()).toContain('▸ [t] Third-party users');
		await session.press('i', '[3 Configure]');
		expect(session.frame()).toContain('✔ Provider: Internal users');
		expect(session.frame()).toContain(`okta-scim internal ${today}`);
	});

	it('Esc goes back to the Client Secret, kept and masked', async () => {
		const {session} = await atProvider();
		await session.press(keys.escape, 'Client Secret (5/5)');
		expect(session.frame()).toContain('[1 Collect]');
		expect(session.frame()).toContain(`${secret.length} characters`);
		await session.press(keys.enter, '[2 Provider]');
	});
});

describe('step 3, Configure', () => {
	it('shows the request as Postman does, the secret masked, and the token name proposed', async () => {
		const {session} = await atConfigure();
		const frame = session.frame();
		expect(frame).toContain("The request, as in Postman's OAuth 2.0 form");
		for (const [label, value] of [
			['Type', 'OAuth 2.0'],
			['Add auth data to', 'Request Headers'],
			['Header Prefix', 'Bearer'],
			['Grant Type', 'Client Credentials'],
			['Access Token URL', values.tokenUrl],
			['Client ID', values.clientId],
			['Client Secret', '•'.repeat(12)],
		]) {
			expect(frame).toMatch(new RegExp(`^ {2}${label} +${value!.replace(/[.]/g, '\\.')}$`, 'm'));
		}
		// Both blocks share one label column, so Postman's fixed rows and the editable fields line up.
		const valueColumn = (label: string) => {
			const line = frame.split('\n').find(text => text.slice(2).startsWith(`${label} `))!;
			return line.length - line.slice(2 + label.length).trimStart().length;
		};
		expect(valueColumn('Grant Type')).toBe(valueColumn('Client Authentication'));
		expect(frame).toMatch(/^▸ Token Name +okta-scim internal 2026-11-28$/m);
		expect(frame).toMatch(/^ {2}Client Authentication +Send as Basic Auth header \(RFC 6749 encoding\)$/m);
		expect(frame).toContain('A descriptive name, as the manual asks.');
		expect(frame).toContain('↑↓ move · Enter continue · Esc back');
	});

	it('edits the token name, letters that are keys elsewhere included', async () => {
		const {session} = await atConfigure();
		await session.type('equip trucks');
		expect(session.frame()).toMatch(/^▸ Token Name +equip trucks$/m);
		await session.press(keys.backspace, /^▸ Token Name +equip truck$/m);
		await session.press(keys.enter, '[4 Clear]');
		expect(session.frame()).toContain('✔ Configure: equip truck · Basic header (RFC)');
	});

	it('moves with the arrows and changes the client authentication with ←→ and Space', async () => {
		const {session} = await atConfigure();
		await session.press(keys.down, /^▸ Client Authentication/m);
		expect(session.frame()).toContain('‹ Send as Basic Auth header (RFC 6749 encoding) ›');
		expect(session.frame()).toContain('←→ change');
		await session.press(keys.right, '‹ Send as Basic Auth header (raw, as Postman) ›');
		await session.press(keys.space, '‹ Send client credentials in body ›');
		await session.press(keys.right, '‹ Send as Basic Auth header (RFC 6749 encoding) ›');
		await session.press(keys.left, '‹ Send client credentials in body ›');
		await session.press(keys.up, /^▸ Token Name/m);
		// Off focus, the choice shows without the arrows.
		expect(session.frame()).toMatch(/^ {2}Client Authentication +Send client credentials in body$/m);
		expect(session.frame()).not.toContain('←→ change');
		await session.press(keys.enter, '[4 Clear]');
		expect(session.frame()).toContain(`✔ Configure: okta-scim internal ${today} · credentials in body`);
	});

	it('edits scope and extra parameters, showing what is wrong as typed (ttl=abc)', async () => {
		const {session} = await atConfigure();
		await session.press(keys.down, /^▸ Client Authentication/m);
		await session.press(keys.down, /^▸ Scope/m);
		await session.type('scim:read');
		await session.press(keys.down, /^▸ Extra parameters/m);
		expect(session.frame()).toContain('Segura accepts ttl=MINUTES, e.g. ttl=60.');
		await session.type('ttl=abc');
		expect(session.frame()).toContain('✖ ttl is the lifetime in minutes: a whole number above 0, e.g. ttl=60.');
		// Enter elsewhere comes back to the field at fault.
		await session.press(keys.up, /^▸ Scope/m);
		await session.press(keys.enter, /^▸ Extra parameters/m);
		expect(session.frame()).toContain('[3 Configure]');
		expect(session.frame()).toContain('✖ ttl is the lifetime in minutes');
		for (let i = 0; i < 'abc'.length; i++) await session.press(keys.backspace);
		await session.type('60');
		expect(session.frame()).not.toContain('✖');
		await session.type(' oops');
		expect(session.frame()).toContain('✖ "oops" is not KEY=VALUE.');
		for (let i = 0; i < ' oops'.length; i++) await session.press(keys.backspace);
		await session.press(keys.enter, '[4 Clear]');
		// Too long for 80 columns: the last whole item gives way, never a part of one, never past the edge.
		expect(session.frame()).toMatch(/^✔ Configure: okta-scim internal \S+ · Basic header \(RFC\) · scim:read$/m);
		expect(widestLine(session.frame())).toBeLessThanOrEqual(80);
	});

	// Keys that Ink splits out of one chunk (↓ then a letter, as a fast typist's keys arrive over
	// a slow SSH link) are handled before React renders again: the letter must go to the field the
	// flow moved to, not to the one on screen.
	it('↓ and a letter in one chunk: the letter goes to the field moved to', async () => {
		const {session} = await atConfigure();
		await session.press(keys.down, /^▸ Client Authentication/m);
		await session.press(keys.down, /^▸ Scope/m);
		await session.type('scim');
		await session.press(`${keys.down}t`, /^▸ Extra parameters/m);
		expect(session.frame()).toMatch(/^ {2}Scope +scim$/m);
		expect(session.frame()).toMatch(/^▸ Extra parameters +t$/m);
	});

	// At 40 columns the focused choice gets a line of its own, in its short words, so ←→ always
	// shows which of the three is chosen.
	it('at 40 columns, the three client authentication choices read differently', async () => {
		run = await startWizard({columns: 40, initial: createInitialState({now, prefill: {values}})});
		const {session} = run;
		await session.press('i', 'Step 3/6');
		await session.press(keys.down, /^▸ Client Authentication/m);
		const shown = (frame: string) => {
			const lines = frame.split('\n');
			return lines[lines.findIndex(line => line.startsWith('▸ Client Authentication')) + 1];
		};
		const choices = [shown(session.frame())];
		for (let i = 0; i < 2; i++) choices.push(shown(await session.press(keys.right)));
		expect(choices).toEqual(['    ‹ Basic header (RFC) ›', '    ‹ Basic header (Postman) ›', '    ‹ credentials in body ›']);
	});

	it('Esc goes back to step 2, keeping the edits for when the user comes back', async () => {
		const {session} = await atConfigure();
		await session.type('kept');
		await session.press(keys.escape, '[2 Provider]');
		expect(session.frame()).not.toContain('✔ Configure');
		await session.press(keys.enter, '[3 Configure]');
		expect(session.frame()).toMatch(/^▸ Token Name +kept$/m);
	});
});
