import {pollUntil} from '../helpers/poll.js';
import {afterEach, describe, expect, it} from 'vitest';
import type {PracticeServer} from '../../source/demo/practice-server.js';
import {keys} from '../helpers/ink.js';
import {startHttpServer, type RunningServer} from '../helpers/servers.js';
import {closeRun, collectToClear, credentials, startServer, startWizard, toClear, type WizardRun} from './helpers.js';

const spinnerLine = /^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Getting a new access token from 127\.0\.0\.1:\d+ \(\d+ s\)$/m;

let run: WizardRun | undefined;
let practice: PracticeServer | undefined;
let other: RunningServer | undefined;

afterEach(async () => {
	if (run) await closeRun(run, [credentials.internal.clientSecret, wrongSecret]);
	await practice?.close();
	await other?.close();
	run = undefined;
	practice = undefined;
	other = undefined;
});

const wrongSecret = 'Wrong0Secret1Typed2By3Mistake4';

/** The clock times a token valid `seconds` from some moment between `from` and `to` expires at. */
function expiryClocks(from: number, to: number, seconds: number): string[] {
	const format = new Intl.DateTimeFormat('en', {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
	const clocks = new Set<string>();
	for (let at = from; at <= to + 60_000; at += 30_000) clocks.add(format.format(new Date(Math.min(at, to) + seconds * 1000)));
	return [...clocks];
}

/** A token endpoint of its own on a practice-like address: the Segura URL is its origin. */
async function wizardAgainst(server: RunningServer): Promise<WizardRun> {
	run = await startWizard();
	await collectToClear(run, {seguraUrl: server.origin, clientId: 'client-123', clientSecret: credentials.internal.clientSecret});
	return run;
}

describe('step 4, Clear', () => {
	it('says what was cleared, and one key goes on', async () => {
		practice = await startServer();
		run = await startWizard();
		await toClear(run, practice);
		const frame = run.session.frame();
		expect(frame).toContain('1 Collect ✔ · 2 Provider ✔ · 3 Configure ✔ · [4 Clear] · 5 Fetch · 6 Copy');
		expect(frame).toContain('Clean session');
		expect(frame).toContain('✔ Cookies: none kept');
		expect(frame).toContain('✔ Cached token: none');
		expect(frame).toContain('✔ Open connections: none; the request opens a new one');
		expect(frame).toContain("Like Postman's Clear cookies");
		expect(frame).toContain('Enter Get New Access Token · Esc back');
		await run.session.press(keys.escape, '[3 Configure]');
		await run.session.press(keys.enter, '[4 Clear]');
		await run.session.press(keys.enter, '[5 Fetch]');
	});
});

describe('step 5, Fetch', () => {
	it('shows the spinner, then "Authentication complete" with type, lifetime, expiry and the JWT claims', async () => {
		practice = await startServer();
		run = await startWizard();
		const {session} = run;
		await toClear(run, practice);
		// ttl=5 on the way: the lifetime shown is the one the server granted for it.
		await session.press(keys.escape, '[3 Configure]');
		for (let i = 0; i < 3; i++) await session.press(keys.down);
		await session.waitFor(/^▸ Extra parameters/m);
		await session.type('ttl=5');
		await session.press(keys.enter, '[4 Clear]');
		const before = Date.now();
		await session.press(keys.enter, 'Authentication complete');
		const after = Date.now();
		// The spinner was drawn while the request ran, with the host and the elapsed seconds.
		expect(session.frames().some(frame => spinnerLine.test(frame) && frame.includes('Esc cancel'))).toBe(true);
		const frame = session.frame();
		expect(frame).toContain('[5 Fetch]');
		expect(frame).toContain('✔ Authentication complete');
		expect(frame).toMatch(/^Token Name +okta-scim internal \d{4}-\d{2}-\d{2}$/m);
		expect(frame).toMatch(/^Token type +Bearer$/m);
		expect(frame).toMatch(/^Lifetime +5 min$/m);
		const expires = /^Expires +in 5 min, (?:on \d{4}-\d\d-\d\d )?at (\d\d:\d\d) UTC\S*$/m.exec(frame)?.[1];
		expect(expiryClocks(before, after, 300)).toContain(expires);
		expect(frame).toContain('JWT claims (signature not checked)');
		expect(frame).toMatch(new RegExp(`^iss +${practice.seguraUrl.replace(/\./g, '\\.')}$`, 'm'));
		expect(frame).toMatch(/^sub +okta-internal-client$/m);
		expect(frame).toMatch(/^provider_kind +internal$/m);
		// A JWT time as a time, with the zone, not a bare number.
		expect(frame).toMatch(/^exp +in 5 min, (on \d{4}-\d\d-\d\d )?at \d\d:\d\d UTC\S*$/m);
		expect(frame).toContain('Enter Proceed · q quit · Esc back');
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0]?.params).toEqual([['ttl', '5']]);
	});

	it('a wrong secret: the engine\'s message and hint; e goes to the field at fault, and fixed, it works', async () => {
		practice = await startServer();
		run = await startWizard();
		const {session} = run;
		await toClear(run, practice, 'internal', wrongSecret);
		await session.press(keys.enter, '✖ The token request failed');
		let frame = session.frame();
		expect(frame.replace(/\n/g, ' ')).toContain('The token server did not accept the Client ID and Client Secret (HTTP 401');
		expect(frame).toMatch(/^→ Copy the Client ID and Client Secret again/m);
		expect(frame).toContain('Edit goes back to Client ID (1 Collect).');
		expect(frame).toContain('r retry · e edit · q quit · Esc back');
		await session.press('e', 'Client ID (4/5)');
		frame = session.frame();
		expect(frame).toContain('[1 Collect]');
		expect(frame).toContain(`› ${credentials.internal.clientId}`);
		await session.press(keys.enter, 'Client Secret (5/5)');
		expect(session.frame()).toContain(`${wrongSecret.length} characters`);
		await session.press(keys.ctrlU, frame => !frame.includes('characters'));
		await session.press(credentials.internal.clientSecret);
		await session.press(keys.enter, '[2 Provider]');
		// Everything else was kept: the provider kind, then step 3 as it was.
		expect(session.frame()).toContain('▸ [i] Internal users');
		await session.press(keys.enter, '[3 Configure]');
		await session.press(keys.enter, '[4 Clear]');
		await session.press(keys.enter, '✔ Authentication complete');
		expect(run.requests.map(request => request.clientSecret === wrongSecret)).toEqual([true, false]);
	});

	it('r retries the request', async () => {
		let answered = 0;
		other = await startHttpServer((_request, response) => {
			answered++;
			response.writeHead(answered === 1 ? 503 : 200, {'content-type': 'application/json'});
			response.end(JSON.stringify(answered === 1
				? {error: 'temporarily_unavailable'}
				: {access_token: 'retried-token-0123456789-WXYZ', token_type: 'bearer', expires_in: 600}));
		});
		const {session} = await wizardAgainst(other);
		await session.press(keys.enter, '✖ The token request failed');
		expect(session.frame()).toContain('The token server failed with HTTP 503');
		expect(session.frame()).toContain('Edit goes back to Token URL (1 Collect).');
		await session.press('r', '✔ Authentication complete');
		expect(session.frame()).toMatch(/^Token type +bearer$/m);
		expect(session.frame()).toMatch(/^Lifetime +10 min$/m);
		expect(other.stats.requests).toBe(2);
		// Not a JWT: no claims to show, and none made up.
		expect(session.frame()).not.toContain('JWT claims');
	});

	it('Esc while the request runs cancels it and closes the connection; r asks again, q quits', async () => {
		// A token endpoint that reads the request and never answers.
		other = await startHttpServer(() => new Promise(() => {}));
		const wizard = await wizardAgainst(other);
		const {session} = wizard;
		await session.press(keys.enter, spinnerLine);
		// The elapsed seconds count up (polled: the clock is real).
		await session.waitFor(/Getting a new access token from 127\.0\.0\.1:\d+ \(1 s\)$/m);
		expect(session.frame()).toContain('Esc cancel');
		await session.press(keys.escape, '✖ The token request failed');
		expect(session.frame()).toContain('Request cancelled.');
		expect(session.frame()).toContain('→ Retry when ready, or edit the Token URL.');
		await pollUntil(() => other!.openConnections() === 0);
		await session.press('r', spinnerLine);
		await pollUntil(() => other!.stats.requests === 2);
		await session.press(keys.escape, 'Request cancelled.');
		session.write('q');
		await pollUntil(() => wizard.exits.length > 0);
		expect(wizard.exits).toEqual([130]);
		expect(wizard.farewells).toEqual([['✖ Request cancelled.']]);
	});

	it('Esc after the token came back goes back to Clear; Enter asks for a new one', async () => {
		practice = await startServer();
		run = await startWizard();
		const {session} = run;
		await toClear(run, practice);
		await session.press(keys.enter, '✔ Authentication complete');
		await session.press(keys.escape, '[4 Clear]');
		await session.press(keys.enter, '✔ Authentication complete');
		expect(run.requests).toHaveLength(2);
	});
});

