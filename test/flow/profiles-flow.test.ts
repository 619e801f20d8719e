import {describe, expect, it} from 'vitest';
import {configureView, copyView, createInitialState, failureView, keyAction, keyHintLine, keyHints, lineText, menuChoices, pendingEffect, profileNotes, profilesView, summaries, summaryLine, type Credentials, type SavedProfile, type WizardState} from '../../source/flow/index.js';
import {ConfigError, OAuthError, type AppError} from '../../source/errors/app-error.js';
import {answer, atConfigure, expectStep, networkError, now, run, secret, typed} from './helpers.js';
import {oauthText, profileErrorText, scimText, tokenFileText} from '../../source/i18n/text.js';
import {say} from '../../source/i18n/catalogs.js';
import {languages} from '../../source/i18n/lang.js';

function saved(name: string, overrides: Partial<SavedProfile> = {}, withSecret = true): SavedProfile {
	return {
		name,
		kind: 'internal',
		clientId: typed.clientId,
		host: 'segura.example.com',
		lastIssuedAt: undefined,
		lastExpiresAt: undefined,
		hasSecret: withSecret,
		network: {},
		prefill: {
			values: {
				seguraUrl: typed.seguraUrl,
				baseUrl: `${typed.seguraUrl}/iso/scim/v2`,
				tokenUrl: `${typed.seguraUrl}/iso/oauth2/token`,
				clientId: typed.clientId,
				...(withSecret ? {clientSecret: secret} : {}),
			},
			kind: 'internal',
			config: {tokenName: '', auth: 'basic', encoding: 'rfc', scope: '', params: [['ttl', '60']]},
		},
		...overrides,
	};
}

function withProfiles(profiles: SavedProfile[], extra: {startProfile?: string} = {}): WizardState {
	return createInitialState({now, profiles, storePath: '/home/me/.config/segura-token/config.json', ...extra});
}

describe('the profile picker', () => {
	it('opens the wizard when there are saved profiles, and lists them with "new"', () => {
		const issued = new Date(Date.UTC(2026, 10, 28, 17, 2));
		const state = expectStep(withProfiles([saved('prod'), saved('lab', {kind: 'third-party', lastIssuedAt: issued, lastExpiresAt: new Date(issued.getTime() + 3_600_000)})]), 'profiles');
		const view = profilesView(state, 'en', {timeZone: 'America/Sao_Paulo', now: new Date(issued.getTime() + 20 * 60_000)});
		expect(view.items.map(item => [item.isHighlighted, item.label, item.detail])).toEqual([
			[true, 'prod · Internal users · segura.example.com', 'no token yet · secret kept'],
			// Only a record is kept: the line says so, with the time and zone it was issued and when it expires.
			[false, 'lab · Third-party users · segura.example.com', 'record of the last token: issued at 14:02 UTC−03:00, expires in 40 min, at 15:02 UTC−03:00 · secret kept'],
			[false, 'New: type the values of another provider', ''],
		]);
		expect(keyHintLine(state)).toBe('↑↓ move · Enter use · e edit · d remove · n new');
		// In Portuguese the letter is the verb's: r remover (d works too).
		expect(keyHintLine(state, 'pt-BR')).toBe('↑↓ mover · Enter usar · e editar · r remover · n novo');
		expect(keyAction(state, 'r', 0)).toEqual(keyAction(state, 'd', 0));
	});

	it('starts at step 1 when there are none', () => {
		expect(withProfiles([]).step).toBe('collect');
	});

	it('uses a profile with a remembered secret straight away: the request starts, steps 1-4 done', () => {
		const state = withProfiles([saved('prod')]);
		const next = run(state, keyAction(state, 'enter', 5_000)!);
		const fetch = expectStep(next, 'fetch');
		expect(fetch.call.status).toBe('running');
		expect(fetch.request).toMatchObject({clientId: typed.clientId, clientSecret: secret, params: [['ttl', '60']]});
		expect(summaries(next).map(summary => summary.step)).toEqual(['collect', 'provider', 'configure', 'clear']);
		expect(pendingEffect(next)).toMatchObject({type: 'fetch', profile: 'prod', tokenName: 'okta-scim internal 2026-11-28'});
	});

	it('keeps the profile\'s name and the host in step 1\'s summary at 40 columns, in both languages', () => {
		const long = 'okta-scim-client-0uv6wEQcN9YojLHor2c';
		for (const lang of languages) {
			const state = createInitialState({now, lang, profiles: [saved('lab', {clientId: long, prefill: {...saved('lab').prefill, values: {...saved('lab').prefill.values, clientId: long}}})], startProfile: 'lab'});
			const collect = summaries(state).find(summary => summary.step === 'collect')!;
			const name = lang === 'en' ? 'Collect' : 'Coletar';
			const word = lang === 'en' ? 'profile' : 'perfil';
			expect(summaryLine(collect, 100)).toBe(`✔ ${name}: ${word} "lab" · segura.example.com · ${long}`);
			// The Client ID goes whole; the name and the host stay.
			expect(summaryLine(collect, 50)).toBe(`✔ ${name}: ${word} "lab" · segura.example.com`);
			// At 40 columns (39 drawn): the name in its short form, the host still whole.
			expect(summaryLine(collect, 39)).toBe(`✔ ${name}: "lab" · segura.example.com`);
		}
	});

	it('asks only for the secret when it was not remembered, then lands on Clear', () => {
		const state = run(withProfiles([saved('prod', {}, false)]), {type: 'profiles/use', at: 1});
		expect(expectStep(state, 'collect').field).toBe('clientSecret');
		const next = run(state, ...answer(secret));
		expect(next.step).toBe('clear');
		expect(summaries(next).map(summary => summary.step)).toEqual(['collect', 'provider', 'configure']);
	});

	it('--profile starts straight at it, whatever the case of the name', () => {
		expect(withProfiles([saved('lab'), saved('Prod')], {startProfile: 'prod'}).step).toBe('fetch');
	});

	it('edit walks every step with the values in place and the profile name ready to update', () => {
		const state = run(withProfiles([saved('prod')]), {type: 'profiles/edit'});
		const collect = expectStep(state, 'collect');
		expect(collect.field).toBe('seguraUrl');
		expect(collect.draft).toBe(typed.seguraUrl);
		const atProvider = run(state, ...answer(typed.seguraUrl), ...answer(''), ...answer(''), ...answer(typed.clientId), ...answer(secret));
		expect(atProvider.step).toBe('provider');
		const configure = expectStep(run(atProvider, {type: 'provider/choose'}), 'configure');
		expect(configure.config).toMatchObject({profileName: 'prod', rememberSecret: 'yes', params: 'ttl=60'});
		// Its own name is not "taken".
		expect(configureView(configure).fields.find(field => field.field === 'profileName')!.issues).toEqual([]);
	});

	it('remove asks first; Esc or n keeps the profile; y removes it through an effect', () => {
		const state = run(withProfiles([saved('prod'), saved('lab')]), {type: 'profiles/highlight', index: 1});
		const asking = run(state, keyAction(state, 'd', 0)!);
		expect(profilesView(expectStep(asking, 'profiles')).status?.text).toBe('Remove profile "lab" and its token history?');
		// The question alone: the key line under it says y yes · n no (s sim · n não).
		expect(keyHintLine(asking, 'pt-BR')).toBe('s sim · n não');
		expect(expectStep(run(asking, {type: 'back'}), 'profiles').removal.status).toBe('idle');
		expect(expectStep(run(asking, keyAction(asking, 'n', 0)!), 'profiles').removal.status).toBe('idle');
		const removing = run(asking, keyAction(asking, 'y', 0)!);
		const effect = pendingEffect(removing);
		expect(effect).toMatchObject({type: 'remove-profile', name: 'lab'});
		const done = expectStep(run(removing, {type: 'profiles/removed', id: effect!.id, profiles: [saved('prod')]}), 'profiles');
		expect(done.profiles.map(profile => profile.name)).toEqual(['prod']);
		expect(done.highlight).toBe(1);
		expect(profilesView(done).items.at(-1)!.isHighlighted).toBe(true);
	});

	it('a failed removal is said and the picker stays usable', () => {
		const removing = run(withProfiles([saved('prod')]), {type: 'profiles/remove'}, {type: 'profiles/confirm-remove'});
		const id = pendingEffect(removing)!.id;
		const error = new ConfigError(profileErrorText.io('/p/profiles.json', 'ENOSPC', '/p'));
		const failed = expectStep(run(removing, {type: 'profiles/remove-failed', id, error}), 'profiles');
		expect(profilesView(failed).status).toEqual({tone: 'error', text: `Could not remove it: ${say(error.text, 'en').message}`});
		expect(run(failed, {type: 'profiles/use', at: 0}).step).toBe('fetch');
	});

	it('n starts a new one, and Esc on its first field goes back to the picker', () => {
		const state = withProfiles([saved('prod')]);
		const fresh = run(state, keyAction(state, 'n', 0)!);
		expect(expectStep(fresh, 'collect').draft).toBe('');
		expect(run(fresh, {type: 'back'}).step).toBe('profiles');
	});
});

describe('saving a profile from step 3', () => {
	const fresh = () => atConfigure(withProfiles([saved('prod', {kind: 'third-party'})]).step === 'profiles' ? run(withProfiles([saved('prod', {kind: 'third-party'})]), {type: 'start-fresh'}) : withProfiles([]));
	const typedIn = () => {
		const state = fresh();
		return run(state, ...answer(typed.seguraUrl), ...answer(''), ...answer(''), ...answer(typed.clientId), ...answer(secret), {type: 'provider/choose', kind: 'internal'});
	};

	it('warns when the same Client ID is saved under the other kind of provider', () => {
		const view = configureView(expectStep(typedIn(), 'configure'));
		expect(view.warnings.map(lineText)).toEqual([
			'⚠ This Client ID is saved in profile "prod" as the other kind of provider: check that you copied it from the right provider.',
		]);
	});

	it('refuses a bad or taken name, case-insensitively, and focuses it', () => {
		const bad = run(typedIn(), {type: 'configure/edit', field: 'profileName', value: 'my prod'}, {type: 'configure/continue'});
		expect(expectStep(bad, 'configure').focus).toBe('profileName');
		expect(configureView(expectStep(bad, 'configure')).fields.find(field => field.field === 'profileName')!.issues[0]!.code).toBe('profile-name-invalid');
		const taken = run(typedIn(), {type: 'configure/edit', field: 'profileName', value: 'PROD'}, {type: 'configure/continue'});
		expect(configureView(expectStep(taken, 'configure')).fields.find(field => field.field === 'profileName')!.issues[0]!.text).toContain('"prod" exists already');
	});

	it('saves on the way to Clear; the secret only when asked, and says where', () => {
		const base = run(typedIn(), {type: 'configure/edit', field: 'profileName', value: 'lab'});
		const without = run(base, {type: 'configure/continue'});
		const effect = pendingEffect(without);
		expect(effect?.type).toBe('save-profile');
		if (effect?.type !== 'save-profile') throw new Error('no save');
		expect(effect.input).toMatchObject({name: 'lab', kind: 'internal', clientId: typed.clientId, auth: 'basic', encoding: 'rfc'});
		expect(effect.input).not.toHaveProperty('clientSecret');

		const keeping = run(base, {type: 'configure/focus', field: 'rememberSecret'});
		expect(configureView(expectStep(keeping, 'configure')).fields.find(field => field.isFocused)!.help).toContain('plain text in /home/me/.config/segura-token/config.json');
		const remembered = run(keeping, keyAction(keeping, 'space', 0)!, {type: 'configure/continue'});
		const save = pendingEffect(remembered);
		if (save?.type !== 'save-profile') throw new Error('no save');
		expect(save.input.clientSecret).toBe(secret);

		const done = run(remembered, {type: 'save/done', id: save.id, path: '/x/config.json', profiles: [saved('lab')]});
		const clear = expectStep(done, 'clear');
		expect(clear.save).toEqual({status: 'done', job: {name: 'lab', isSecretRemembered: true}, result: {path: '/x/config.json'}});
		expect(clear.profile).toEqual({name: 'lab', mode: 'use'});
		// The token of this run goes in that profile's history.
		expect(pendingEffect(run(done, {type: 'clear/continue', at: 1}))).toMatchObject({type: 'fetch', profile: 'lab'});
	});

	it('does not save without a name', () => {
		expect(pendingEffect(run(typedIn(), {type: 'configure/continue'}))).toBeUndefined();
	});
});

describe('network options of a profile', () => {
	it('a profile brings its CA file; the command line wins', () => {
		const state = withProfiles([saved('prod', {network: {caFile: '/etc/segura-ca.pem', insecure: true}})]);
		const next = run(state, {type: 'profiles/use', at: 0});
		expect(pendingEffect(next)).toMatchObject({network: {caFile: '/etc/segura-ca.pem', insecure: true}});
		const flagged = createInitialState({now, profiles: [saved('prod', {network: {caFile: '/etc/segura-ca.pem'}})], network: {caFile: '/tmp/other.pem'}, startProfile: 'prod'});
		expect(pendingEffect(flagged)).toMatchObject({network: {caFile: '/tmp/other.pem'}});
	});
});

describe('verify in step 6', () => {
	it('v checks the token against the Base URL, with the profile network options, and shows the answer', async () => {
		const {atCopy} = await import('./helpers.js');
		const state = atCopy();
		const running = run(state, keyAction(state, 'v', 0)!);
		const effect = pendingEffect(running);
		expect(effect).toMatchObject({type: 'verify', baseUrl: `${typed.seguraUrl}/iso/scim/v2`, network: {}});
		const {copyView} = await import('../../source/flow/index.js');
		expect(copyView(expectStep(running, 'copy')).verification.map(lineText)).toEqual([
			`… Checking the token the way Okta does: GET ${typed.seguraUrl}/iso/scim/v2/Users…`,
		]);
		const done = run(running, {type: 'verify/done', id: effect!.id, totalResults: 3});
		expect(copyView(expectStep(done, 'copy')).verification.map(lineText)).toEqual(['✔ The token works: the SCIM server answered like Okta expects (3 users).']);
		const refused = new ConfigError(scimText.unauthorized(undefined));
		const {message, hint} = say(refused.text, 'en');
		const again = run(done, {type: 'verify/request'});
		const failed = run(again, {type: 'verify/failed', id: pendingEffect(again)!.id, error: refused});
		expect(copyView(expectStep(failed, 'copy')).verification.map(lineText)).toEqual([`✖ ${message}`, `→ ${hint}`]);
	});
});

describe('saving the token to a file in step 6', () => {
	it('o asks for a path (proposal on Enter), writes it 0600 through an effect, and never replaces a file unasked', async () => {
		const {atCopy} = await import('./helpers.js');
		const {copyView} = await import('../../source/flow/index.js');
		const state = atCopy();
		const asking = run(state, keyAction(state, 'o', 0)!);
		expect(keyHintLine(asking)).toBe('Enter write · Esc cancel');
		expect(keyHintLine(asking, 'pt-BR')).toBe('Enter gravar · Esc cancelar');
		expect(copyView(expectStep(asking, 'copy')).file).toEqual({
			isAsking: true,
			placeholder: './okta-scim-internal-2026-11-28.token',
			lines: [{tone: 'plain', text: 'Write the token to the file (mode 0600: only you can read it):'}],
		});
		// Letters are the path's now, not the step's keys.
		expect(keyAction(asking, 'c', 0)).toBeUndefined();
		const writing = run(asking, {type: 'file/input', value: ' /tmp/t.txt '}, {type: 'file/submit'});
		const first = pendingEffect(writing);
		expect(first).toMatchObject({type: 'write-file', path: '/tmp/t.txt', overwrite: false});
		const exists = new ConfigError(tokenFileText.fileExists('/tmp/t.txt'), {reason: 'output_exists'});
		const confirming = run(writing, {type: 'file/failed', id: first!.id, error: exists});
		expect(copyView(expectStep(confirming, 'copy')).file.lines.map(lineText)).toEqual(['⚠ /tmp/t.txt exists already. Replace it?']);
		expect(expectStep(run(confirming, keyAction(confirming, 'n', 0)!), 'copy').file.status).toBe('idle');
		// s (sim) is yes too, and the Portuguese hint names it.
		expect(pendingEffect(run(confirming, keyAction(confirming, 's', 0)!))).toMatchObject({type: 'write-file', overwrite: true});
		expect(keyHintLine(confirming, 'pt-BR')).toContain('s sim');
		expect(copyView(expectStep(confirming, 'copy'), 'pt-BR').file.lines.map(lineText)).toEqual(['⚠ /tmp/t.txt já existe. Substituir?']);
		const replacing = run(confirming, keyAction(confirming, 'y', 0)!);
		const second = pendingEffect(replacing);
		expect(second).toMatchObject({type: 'write-file', path: '/tmp/t.txt', overwrite: true});
		const done = run(replacing, {type: 'file/done', id: second!.id});
		expect(copyView(expectStep(done, 'copy')).file.lines.map(lineText)).toEqual(['✔ Token written to /tmp/t.txt (mode 0600: only you can read it).']);
		const proposal = run(state, {type: 'file/ask'}, {type: 'file/submit'});
		expect(pendingEffect(proposal)).toMatchObject({path: './okta-scim-internal-2026-11-28.token'});
	});
});

const tokenOf = {accessToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJva3RhIn0.signature-part-WXYZ', tokenType: 'Bearer'};

describe('the profile holds what worked', () => {
	const moved = 'https://segura.example.net:8443';
	const fetchId = (state: WizardState) => {
		if (state.step !== 'fetch' || state.call.status !== 'running') throw new Error(`not fetching: ${state.step}`);
		return state.call.id;
	};
	const succeed = (state: WizardState) => run(state, {type: 'fetch/succeeded', id: fetchId(state), result: tokenOf});
	const fail = (state: WizardState, error: AppError) => run(state, {type: 'fetch/failed', id: fetchId(state), error});
	const hints = (state: WizardState) => keyHints(state).map(hint => `${hint.keys} ${hint.label}`);
	const savedWith = (profile: SavedProfile, values: Partial<Credentials>, kind = profile.kind): SavedProfile => ({
		...profile,
		kind,
		prefill: {...profile.prefill, kind, values: {...profile.prefill.values, ...values}},
	});

	it('after a 401, a Client Secret fixed with e is written back to the profile that keeps one, and said', () => {
		const profile = saved('prod', {}, true);
		const wrong = savedWith(profile, {clientSecret: 'Old-Wrong-Secret'});
		let state = fail(withProfiles([wrong], {startProfile: 'prod'}), new OAuthError(oauthText.invalidClient(401, undefined, undefined, false), {reason: 'invalid_client'}));
		state = run(state, {type: 'fetch/edit'}, {type: 'collect/submit'}, {type: 'collect/input', value: secret}, {type: 'collect/submit'});
		state = succeed(run(state, {type: 'clear/continue', at: 2}));
		const effect = pendingEffect(state);
		expect(effect).toMatchObject({type: 'sync-profile', input: {name: 'prod', clientSecret: secret, seguraUrl: typed.seguraUrl}});
		if (effect?.type !== 'sync-profile') throw new Error('no sync');
		state = run(state, {type: 'sync/done', id: effect.id, profiles: [profile]});
		expect(profileNotes(expectStep(state, 'fetch')).profile.map(lineText)).toEqual(['✔ Profile "prod" updated with the values that worked: Client Secret.']);
		// Nothing else differs: nothing to offer.
		expect(hints(state)).not.toContain('s save to profile');
		// A profile that keeps no secret is never given one.
		const asked = run(withProfiles([saved('prod', {}, false)], {startProfile: 'prod'}), ...answer('Typed-Each-Time-Secret'), {type: 'clear/continue', at: 1});
		expect(pendingEffect(succeed(asked))).toBeUndefined();
	});

	it('a server that moved: e goes to the Segura URL, the others follow; s offers to save them; the history and the summary use them', () => {
		const profile = saved('prod');
		let state = fail(withProfiles([profile], {startProfile: 'prod'}), networkError('refused'));
		const failure = failureView(expectStep(state, 'fetch').call.status === 'failed' ? (state as {call: {error: AppError}}).call.error : networkError(), 'en', expectStep(state, 'fetch'));
		expect(failure.profileNote).toContain('Profile "prod" keeps this address. If the server moved, press e and give its Segura URL');
		state = run(state, {type: 'fetch/edit'});
		expect(expectStep(state, 'collect').field).toBe('seguraUrl');
		state = run(state, ...answer(moved), ...answer(''), ...answer(''), ...answer(typed.clientId), ...answer(secret));
		const fetching = expectStep(run(state, {type: 'clear/continue', at: 3}), 'fetch');
		expect(fetching.request.tokenUrl).toBe(`${moved}/iso/oauth2/token`);
		// The record of this token names the URLs it came with, not the profile's.
		expect(pendingEffect(fetching)).toMatchObject({type: 'fetch', profile: 'prod', issuedWith: {tokenUrl: `${moved}/iso/oauth2/token`, baseUrl: `${moved}/iso/scim/v2`}});
		state = succeed(fetching);
		// No secret changed: nothing is written unasked; s is offered, in both faces' words.
		expect(pendingEffect(state)).toBeUndefined();
		expect(hints(state)).toContain('s save to profile');
		expect(menuChoices(state, 0, 'pt-BR').map(choice => choice.label)).toContain('gravar no perfil');
		expect(profileNotes(expectStep(state, 'fetch')).profile.map(lineText)).toEqual([
			'→ Not as in profile "prod": Segura URL, Base URL and Token URL. Press s to save the values that worked to it.',
		]);
		expect(summaries(state).find(summary => summary.step === 'collect')!.value).toBe('profile "prod" · segura.example.net:8443 · client-123');
		const copy = run(state, {type: 'fetch/proceed'});
		expect(hints(copy)).toContain('s save to profile');
		const syncing = run(copy, keyAction(copy, 's', 0)!);
		const effect = pendingEffect(syncing);
		expect(effect).toMatchObject({type: 'sync-profile', input: {name: 'prod', seguraUrl: moved, baseUrl: `${moved}/iso/scim/v2`, tokenUrl: `${moved}/iso/oauth2/token`, clientSecret: secret, params: [['ttl', '60']]}});
		expect(hints(syncing)).not.toContain('s save to profile');
		const after = run(syncing, {type: 'sync/done', id: effect!.id, profiles: [savedWith(profile, {seguraUrl: moved, baseUrl: `${moved}/iso/scim/v2`, tokenUrl: `${moved}/iso/oauth2/token`})]});
		expect(profileNotes(expectStep(after, 'copy')).profile.map(lineText)).toEqual(['✔ Profile "prod" updated with the values that worked: Segura URL, Base URL and Token URL.']);
		expect(hints(after)).not.toContain('s save to profile');
		// v: the Base URL and the Token URL on the same server: no warning.
		const verifying = run(after, {type: 'verify/request'});
		expect(copyView(expectStep(verifying, 'copy')).verification.map(line => line.tone)).toEqual(['progress']);
	});

	it('k switches the kind: the profile does not keep it, so s offers it', () => {
		const profile = saved('prod');
		const claims = {...tokenOf, claims: {provider_kind: 'third-party'}};
		const state = run(withProfiles([profile], {startProfile: 'prod'}), {type: 'fetch/succeeded', id: 1, result: claims});
		expect(hints(state)).not.toContain('s save to profile');
		const switched = run(state, {type: 'provider/switch', kind: 'third-party'});
		expect(profileNotes(expectStep(switched, 'fetch')).profile.map(lineText)).toEqual([
			'→ Not as in profile "prod": provider kind. Press s to save the values that worked to it.',
		]);
		expect(pendingEffect(run(switched, {type: 'profile/sync'}))).toMatchObject({input: {kind: 'third-party'}});
	});

	it('v warns when the Base URL is on another server than the Token URL', () => {
		const state = run(atConfigure(run(withProfiles([]), ...answer(typed.seguraUrl), ...answer('https://scim.example.org/iso/scim/v2'), ...answer(''), ...answer(typed.clientId), ...answer(secret))), {type: 'configure/continue'}, {type: 'clear/continue', at: 1});
		const copy = run(succeed(state), {type: 'fetch/proceed'}, {type: 'verify/request'});
		expect(copyView(expectStep(copy, 'copy')).verification[0]).toEqual({
			tone: 'warning',
			text: "The Base URL's server (scim.example.org) is not the Token URL's (segura.example.com): the token is checked on another server than the one that issued it.",
		});
	});
});

describe('segura-token demo and saved profiles', () => {
	const demo = (port: number) => ({
		seguraUrl: `http://127.0.0.1:${port}`,
		providers: [
			{kind: 'internal' as const, seguraUrl: `http://127.0.0.1:${port}`, baseUrl: `http://127.0.0.1:${port}/iso/scim/v2`, tokenUrl: `http://127.0.0.1:${port}/iso/oauth2/token`, clientId: 'practice-internal', clientSecret: 'PracticeInternalSecret1'},
			{kind: 'third-party' as const, seguraUrl: `http://127.0.0.1:${port}`, baseUrl: `http://127.0.0.1:${port}/iso/scim/v2`, tokenUrl: `http://127.0.0.1:${port}/iso/oauth2/token`, clientId: 'practice-third', clientSecret: 'PracticeThirdSecret2'},
		],
	});
	const practiceSaved = (name: string, port: number, kind: 'internal' | 'third-party', withSecret: boolean) =>
		saved(name, {
			kind,
			clientId: kind === 'internal' ? 'practice-internal' : 'practice-third',
			hasSecret: withSecret,
			prefill: {
				values: {
					seguraUrl: `http://127.0.0.1:${port}`,
					baseUrl: `http://127.0.0.1:${port}/iso/scim/v2`,
					tokenUrl: `http://127.0.0.1:${port}/iso/oauth2/token`,
					clientId: kind === 'internal' ? 'practice-internal' : 'practice-third',
					...(withSecret ? {clientSecret: kind === 'internal' ? 'PracticeInternalSecret1' : 'PracticeThirdSecret2'} : {}),
				},
				kind,
				config: {tokenName: '', auth: 'basic', encoding: 'rfc', scope: '', params: []},
			},
		});

	it('a profile saved when the practice server listened on another port: said when picked, this run uses the new one, s saves it', () => {
		for (const lang of languages) {
			const state = createInitialState({now, lang, demoDetails: demo(5002), profiles: [practiceSaved('lab', 5001, 'internal', true)]});
			const fetching = expectStep(run(state, {type: 'profiles/use', at: 1}), 'fetch');
			expect(fetching.request.tokenUrl).toBe('http://127.0.0.1:5002/iso/oauth2/token');
			expect(profileNotes(fetching).practice.map(lineText)).toEqual([
				lang === 'en'
					? 'ℹ The practice server listens at 127.0.0.1:5002 now; profile "lab" was saved with 127.0.0.1:5001: this run uses 127.0.0.1:5002.'
					: 'ℹ O servidor de prática agora escuta em 127.0.0.1:5002; o perfil "lab" foi salvo com 127.0.0.1:5001: esta execução usa 127.0.0.1:5002.',
			]);
			const done = run(fetching, {type: 'fetch/succeeded', id: fetching.call.status === 'running' ? fetching.call.id : 0, result: tokenOf});
			expect(pendingEffect(run(done, {type: 'profile/sync'}))).toMatchObject({input: {seguraUrl: 'http://127.0.0.1:5002', tokenUrl: 'http://127.0.0.1:5002/iso/oauth2/token'}});
		}
		// Another profile (not the practice server's Client IDs) is left as it is.
		const other = createInitialState({now, demoDetails: demo(5002), profiles: [saved('prod')]});
		expect(expectStep(run(other, {type: 'profiles/use', at: 1}), 'fetch').request.tokenUrl).toBe(`${typed.seguraUrl}/iso/oauth2/token`);
	});

	it('a practice profile that keeps no secret: the practice server\'s own is filled in, of the right provider, and said', () => {
		const state = createInitialState({now, demoDetails: demo(5002), profiles: [practiceSaved('third', 5002, 'third-party', false)]});
		const fetching = expectStep(run(state, {type: 'profiles/use', at: 1}), 'fetch');
		expect(fetching.request.clientSecret).toBe('PracticeThirdSecret2');
		expect(profileNotes(fetching).practice.map(lineText)).toEqual(['ℹ Practice secret filled in: the practice server\'s own Client Secret, which profile "third" does not keep.']);
		// Not a drift: the profile keeps no secret, and is never given one.
		const done = run(fetching, {type: 'fetch/succeeded', id: fetching.call.status === 'running' ? fetching.call.id : 0, result: tokenOf});
		expect(pendingEffect(done)).toBeUndefined();
		expect(keyHints(done).map(hint => hint.label)).not.toContain('save to profile');
	});
});
