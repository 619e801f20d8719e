import {describe, expect, it} from 'vitest';
import {
	configureView,
	createInitialState,
	keyAction,
	keyHintLine,
	lineText,
	pendingEffect,
	profilesView,
	summaries,
	summaryLine,
	type SavedProfile,
	type WizardState,
} from '../../source/flow/index.js';
import {ConfigError} from '../../source/errors/app-error.js';
import {answer, atConfigure, expectStep, now, run, secret, typed} from './helpers.js';

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
			[false, 'lab · Third-party users · segura.example.com', 'record of the last token: issued at 14:02 UTC-03:00, expires in 40 min, at 15:02 UTC-03:00 · secret kept'],
			[false, 'New: type the values of another provider', ''],
		]);
		expect(keyHintLine(state)).toBe('↑↓ move · Enter use · e edit · d remove · n new');
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
		for (const lang of ['en', 'pt-BR'] as const) {
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
		expect(profilesView(expectStep(asking, 'profiles')).status?.text).toBe('Remove profile "lab" and its token history? y yes · n no');
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
		const error = new ConfigError({en: {message: 'disk full'}, 'pt-BR': {message: 'disco cheio'}});
		const failed = expectStep(run(removing, {type: 'profiles/remove-failed', id, error}), 'profiles');
		expect(profilesView(failed).status).toEqual({tone: 'error', text: 'Could not remove it: disk full'});
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
		const refused = new ConfigError({en: {message: 'rejected', hint: 'get a new one'}, 'pt-BR': {message: 'recusado'}});
		const again = run(done, {type: 'verify/request'});
		const failed = run(again, {type: 'verify/failed', id: pendingEffect(again)!.id, error: refused});
		expect(copyView(expectStep(failed, 'copy')).verification.map(lineText)).toEqual(['✖ rejected', '→ get a new one']);
	});
});

describe('saving the token to a file in step 6', () => {
	it('o asks for a path (proposal on Enter), writes it 0600 through an effect, and never replaces a file unasked', async () => {
		const {atCopy} = await import('./helpers.js');
		const {copyView} = await import('../../source/flow/index.js');
		const state = atCopy();
		const asking = run(state, keyAction(state, 'o', 0)!);
		expect(keyHintLine(asking)).toBe('Enter save · Esc cancel');
		expect(copyView(expectStep(asking, 'copy')).file).toEqual({
			isAsking: true,
			placeholder: './okta-scim-internal-2026-11-28.token',
			lines: [{tone: 'plain', text: 'Save the token to the file (readable only by you, mode 0600):'}],
		});
		// Letters are the path's now, not the step's keys.
		expect(keyAction(asking, 'c', 0)).toBeUndefined();
		const writing = run(asking, {type: 'file/input', value: ' /tmp/t.txt '}, {type: 'file/submit'});
		const first = pendingEffect(writing);
		expect(first).toMatchObject({type: 'write-file', path: '/tmp/t.txt', overwrite: false});
		const exists = new ConfigError({en: {message: 'exists'}, 'pt-BR': {message: 'existe'}}, {reason: 'output_exists'});
		const confirming = run(writing, {type: 'file/failed', id: first!.id, error: exists});
		expect(copyView(expectStep(confirming, 'copy')).file.lines.map(lineText)).toEqual(['⚠ /tmp/t.txt exists already. Replace it? y yes · n no']);
		expect(expectStep(run(confirming, keyAction(confirming, 'n', 0)!), 'copy').file.status).toBe('idle');
		// s (sim) is yes too, and the Portuguese hint names it.
		expect(pendingEffect(run(confirming, keyAction(confirming, 's', 0)!))).toMatchObject({type: 'write-file', overwrite: true});
		expect(keyHintLine(confirming, 'pt-BR')).toContain('s sim');
		expect(copyView(expectStep(confirming, 'copy'), 'pt-BR').file.lines.map(lineText)).toEqual(['⚠ /tmp/t.txt já existe. Substituir? s sim · n não']);
		const replacing = run(confirming, keyAction(confirming, 'y', 0)!);
		const second = pendingEffect(replacing);
		expect(second).toMatchObject({type: 'write-file', path: '/tmp/t.txt', overwrite: true});
		const done = run(replacing, {type: 'file/done', id: second!.id});
		expect(copyView(expectStep(done, 'copy')).file.lines.map(lineText)).toEqual(['✔ Token written to /tmp/t.txt (mode 0600: only you can read it).']);
		const proposal = run(state, {type: 'file/ask'}, {type: 'file/submit'});
		expect(pendingEffect(proposal)).toMatchObject({path: './okta-scim-internal-2026-11-28.token'});
	});
});
