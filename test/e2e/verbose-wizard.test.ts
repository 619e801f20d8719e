import {existsSync, readFileSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {wizardText} from '../../source/i18n/text.js';
import {answer, choose} from '../helpers/plain-prompts.js';
import {cliPath, keys, startPty, type PtyOptions, type PtySession} from '../helpers/pty.js';
import {childEnv, chooseAndClear, collectFromScreen, leaks, removeChildEnvDirs, typeToCopyStep, waitUntil} from '../helpers/wizard-walk.js';

// `--verbose` in the wizard, in a real terminal: the plain face traces between its prompts; the
// Ink face never writes over its frame (the trace comes once it has ended), unless stderr goes
// elsewhere (2>FILE), where it is written as it happens.

// Throwaway practice credentials, made for this file only.
const credentials = {
	internal: {clientId: 'verbose-wizard-internal', clientSecret: 'VerboseWizardSecret0123456789'},
	'third-party': {clientId: 'verbose-wizard-third', clientSecret: 'VerboseWizardThird9876543210'},
} as const;
const {clientId, clientSecret} = credentials.internal;

let practice: PracticeServer;
let folder: string;
const sessions: PtySession[] = [];

beforeAll(async () => {
	practice = await startPracticeServer({credentials});
	folder = await mkdtemp(path.join(tmpdir(), 'segura-token-verbose-wizard-'));
});

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
});

afterAll(async () => {
	await practice?.close();
	await rm(folder, {recursive: true, force: true});
	removeChildEnvDirs();
});

function run(args: readonly string[], options: Omit<PtyOptions, 'args' | 'env'> = {}): PtySession {
	const session = startPty({cols: 100, rows: 30, ...options, args, env: childEnv()});
	sessions.push(session);
	return session;
}

it('--plain --verbose: the exchange between "get new access token" and its result, the secret never shown', async () => {
	const s = run(['--plain', '--verbose']);
	await answer(s, 'Segura URL', practice.seguraUrl);
	await answer(s, 'Base URL');
	await answer(s, 'Token URL');
	await answer(s, 'Client ID', clientId);
	await answer(s, 'Client Secret', clientSecret);
	await s.waitFor('? Which provider are these credentials from?');
	await choose(s, 'Internal users');
	await s.waitFor('Header Prefix: Bearer');
	await choose(s, 'Continue');
	await s.waitFor('✔ Cookies: none kept');
	await choose(s, 'get new access token');
	await s.waitFor('✔ Authentication complete');
	const transcript = s.lines().map(line => line.trimEnd());
	const post = transcript.indexOf('> POST /iso/oauth2/token HTTP/1.1');
	expect(post).toBeGreaterThan(transcript.findIndex(line => line.includes('get new access token')));
	expect(post).toBeLessThan(transcript.indexOf('✔ Authentication complete'));
	expect(transcript).toContain('> authorization: Basic [redacted]');
	expect(transcript).toContainEqual(expect.stringMatching(/^< {3}"access_token": "\[redacted …[\w-]{4}\]",$/));
	await choose(s, 'Proceed');
	await s.waitFor(/^Access token$/m);
	await choose(s, 'Use token');
	await s.waitFor('✔ Token added');
	await choose(s, 'finish');
	expect(await s.exit).toBe(0);
	expect(leaks(s.output(), clientSecret), 'the secret reached the terminal').toBe(false);
});

it('demo --verbose (the Ink wizard): nothing drawn over its frame; the session\'s exchanges once it has ended', async () => {
	const s = run(['demo', '--verbose']);
	const collected = await collectFromScreen(s, 'en', 'internal');
	await chooseAndClear(s, wizardText.en, 'i');
	await s.waitFor(wizardText.en.complete);
	// The token was fetched, and its trace held back while the wizard has the screen.
	expect(s.output()).not.toContain('* POST');
	s.write(keys.enter);
	await s.waitFor('Access token');
	s.write('u');
	await s.waitFor('Token added');
	s.write(keys.enter);
	expect(await s.exit).toBe(0);
	const output = s.lines().map(line => line.trimEnd());
	const start = output.indexOf('The HTTP exchanges of this session (--verbose):');
	expect(start).toBeGreaterThan(0);
	const trace = output.slice(start);
	expect(trace).toContain(`* POST ${collected.seguraUrl}/iso/oauth2/token`);
	expect(trace).toContain('> authorization: Basic [redacted]');
	expect(trace).toContain('< HTTP/1.1 200 OK');
	expect(trace).toContainEqual(expect.stringMatching(/^\* {3}total +\d/));
	// The practice server shows its secret in step 1, to be copied: the trace must not.
	expect(leaks(trace.join('\n'), collected.clientSecret), 'the secret in the trace').toBe(false);
});

it('the Ink wizard with --verbose 2>FILE: the trace reaches the file as the request runs, the screen stays the wizard\'s', async () => {
	const file = path.join(folder, 'trace.txt');
	const s = run(['-c', `exec "$0" "$1" --verbose 2>"$2"`, process.execPath, cliPath, file], {command: ['/bin/sh']});
	await typeToCopyStep(s, practice.seguraUrl, {clientId, secret: clientSecret});
	// Still in the wizard, and the file already has the exchange.
	await waitUntil(s, () => existsSync(file) && readFileSync(file, 'utf8').includes('*   total '), 'the trace in the file');
	expect(s.output()).not.toContain('* POST');
	s.write('u');
	await s.waitFor('Token added');
	s.write(keys.enter);
	expect(await s.exit).toBe(0);
	const written = readFileSync(file, 'utf8');
	expect(written).toContain('> authorization: Basic [redacted]');
	expect(written).not.toContain('The HTTP exchanges of this session');
	expect(leaks(written, clientSecret), 'the secret in the file').toBe(false);
});
