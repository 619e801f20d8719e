import {afterEach, describe, expect, it} from 'vitest';
import type {PracticeServer} from '../../source/demo/practice-server.js';
import {keys} from '../helpers/ink.js';
import {closeRun, startServer, startWizard, toCopy, type WizardOptions, type WizardRun} from './helpers.js';

let run: WizardRun | undefined;
let practice: PracticeServer | undefined;

afterEach(async () => {
	if (run) await closeRun(run);
	await practice?.close();
	run = undefined;
	practice = undefined;
});

/** The wizard on step 6 with a token the practice server issued; resolves with that token. */
async function atCopy(options: WizardOptions = {}): Promise<{wizard: WizardRun; token: string}> {
	practice = await startServer();
	run = await startWizard(options);
	await toCopy(run, practice);
	const token = run.results[0]?.accessToken;
	if (!token) throw new Error('no token was fetched');
	return {wizard: run, token};
}

/** Frames drawn by Ink, not the token written raw on purpose (p, and at the end). */
function drawn(wizard: WizardRun, token: string): string[] {
	// The token's own line is written before the frame that follows it (Ink 8's test output): left out.
	return wizard.session.frames().map(frame => (frame.startsWith(`${token}\n`) ? frame.slice(token.length + 1) : frame));
}

describe('step 6, Copy', () => {
	it('shows the token masked but for its last four characters; r, like p, writes it alone on its line', async () => {
		const {wizard, token} = await atCopy();
		const {session} = wizard;
		const frame = session.frame();
		expect(frame).toContain('1 Collect ✔ · 2 Provider ✔ · 3 Configure ✔ · 4 Clear ✔ · 5 Fetch ✔ · [6 Copy]');
		expect(frame).toMatch(/^✔ Fetch: expires in [\d a-z]+, (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC\S* · Bearer$/m);
		expect(frame).toContain('Access token');
		expect(frame).toMatch(new RegExp(`^•{8}${token.slice(-4)}$`, 'm'));
		expect(frame.replace(/\s+/g, ' ')).toContain('c copy · p print · o to a file · v verify · u/Enter Use token · q quit Esc back');
		expect(session.frames().some(item => item.includes(token.slice(0, 24)))).toBe(false);
		await session.press('r', 'Printed alone on its own line: triple-click it to select it.');
		// Written once, whole, above the frame: the terminal wraps it, so a mouse selects it in one piece.
		// (Ink, as the testing library renders it, writes the line and then the frame again.)
		expect(session.frames().filter(item => item.startsWith(`${token}\n`))).toHaveLength(1);
		// The frame itself never holds it, not even in pieces.
		expect(drawn(wizard, token).some(item => item.includes(token.slice(0, 24)) || item.includes(token.slice(-24)))).toBe(false);
	});

	it('c copies the token once and says how', async () => {
		const {wizard, token} = await atCopy();
		const {session} = wizard;
		await session.press('c', "Sent to your terminal's clipboard; a terminal cannot confirm it arrived.");
		expect(session.frame().replace(/\s+/g, ' ')).toContain('If nothing arrives when you paste, choose print to show the token alone on a line.');
		expect(wizard.copies).toEqual([token]);
		// Copying does not show it.
		expect(drawn(wizard, token).some(frame => frame.includes(token.slice(0, 24)))).toBe(false);
	});

	it('a copy that reached nothing says so and points to print', async () => {
		const {wizard, token} = await atCopy({copyResult: {used: [], failed: [{way: 'osc52', reason: 'no-terminal'}]}});
		const {session} = wizard;
		await session.press('c', 'The token could not be copied from here.');
		expect(session.frame().replace(/\s+/g, ' ')).toContain('choose print to show the token alone on a line.');
		expect(wizard.copies).toEqual([token]);
	});

	it('p prints the token alone on its line, for a triple-click', async () => {
		const {wizard, token} = await atCopy();
		const {session} = wizard;
		await session.press('p', 'Printed alone on its own line: triple-click it to select it.');
		// Ink (its debug output, as the testing library renders) writes the line, then the frame again.
		expect(session.frames().some(frame => frame.startsWith(`${token}\n`))).toBe(true);
		expect(wizard.copies).toEqual([]);
	});

	it('v checks the token the way Okta does, against the practice server\'s SCIM', async () => {
		const {wizard} = await atCopy();
		await wizard.session.press('v', /✔ The token works: the SCIM server answered like Okta expects \(\d+ users?\)\./);
	});

	it('u: copies the token not copied yet, then "Token added" with where to paste it in Okta; Enter ends with exit 0, the token and the confirmation left behind', async () => {
		const {wizard, token} = await atCopy();
		const {session} = wizard;
		const frame = await session.press('u', /Sent to your terminal's clipboard[\s\S]*✔ Token added/);
		expect(wizard.copies).toEqual([token]);
		const words = frame.replace(/\s+/g, ' ');
		expect(words).toContain("Paste the token in the authentication screen of Okta's SCIM app (Provisioning > Integration > API Token),");
		expect(words).toContain('without "Bearer" (Okta adds it), then click Test API Credentials.');
		// "Token added" offers no print: what it says is what happens there.
		expect(words).toContain('If nothing arrives when you paste, the token is printed alone on a line when the wizard ends.');
		expect(frame).toMatch(/^The token expires in [\d a-z]+, (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC\S* \(lifetime 1 h\)\.$/m);
		expect(frame).toContain('Enter finish · Esc back');
		// Esc goes back to the token; u again.
		await session.press(keys.escape, 'c copy');
		await session.press('u', '✔ Token added');
		// Copied once: Use token copies only a token that was neither copied nor printed.
		expect(wizard.copies).toEqual([token]);
		session.write(keys.enter);
		await session.waitFor(() => wizard.exits.length > 0);
		expect(wizard.exits).toEqual([0]);
		// Nothing left drawn: what stays is printed after Ink has gone, as plain lines the terminal
		// wraps itself — the token alone on its line, then the confirmation.
		expect(session.frame()).not.toContain('Enter finish');
		const [line, title, ...prose] = wizard.farewells[0]!;
		expect(line).toBe(token);
		expect(title).toBe("✔ Token added: copied to your terminal's clipboard (unconfirmed).");
		// Prose wrapped at words to 80 columns, the token left whole.
		expect(prose.every(text => text.length <= 80 && !text.startsWith(' '))).toBe(true);
		expect(prose.join(' ')).toContain("Okta's SCIM app (Provisioning > Integration > API Token)");
		expect(prose.at(-1)).toMatch(/^The token expires in [\d a-z]+, (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC\S* \(lifetime 1 h\)\.$/);
		expect(drawn(wizard, token).some(item => item.includes(token.slice(0, 24)))).toBe(false);
	});

	it('Esc goes back to the result of step 5', async () => {
		const {wizard} = await atCopy();
		await wizard.session.press(keys.escape, '✔ Authentication complete');
		expect(wizard.session.frame()).toContain('[5 Fetch]');
		await wizard.session.press(keys.enter, '[6 Copy]');
		expect(wizard.requests).toHaveLength(1);
	});
});
