import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createInitialState, pendingEffect, toSavedProfiles, type WizardAction, type WizardState} from '../../source/flow/index.js';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {atConfigure, expectStep, now, run} from './helpers.js';

// Step 3 is one table (source/model/configure-fields.ts): the reducer, the request builder, the
// profile writer and the store's shape all read it. Proved here by a row the real table does not
// have, "Audience", sent as audience=… and kept in profiles: nothing else is changed for it (the
// wizard catalogs would add its label and help; no view is drawn here).
vi.mock('../../source/model/configure-fields.js', async importOriginal => {
	const original = await importOriginal<typeof import('../../source/model/configure-fields.js')>();
	const table = {
		...original.configureTable,
		audience: original.text({
			initial: '',
			request: value => (value.trim() === '' ? {} : {params: [['audience', value.trim()]]}),
			stored: {fields: {audience: 'text'}, write: value => ({audience: value.trim()}), read: stored => stored.audience},
		}),
	};
	return {...original, configureTable: table, ...original.readTable(table)};
});

let folder: string | undefined;
afterEach(async () => {
	if (folder) await rm(folder, {recursive: true, force: true});
	folder = undefined;
});

/** Typed into a field of step 3 that only the test's table has. */
const typed = (field: string, value: string) => ({type: 'configure/edit', field, value}) as unknown as WizardAction;

describe('a field added to the table of step 3', () => {
	it('is typed in step 3, sent in the token request, and kept in the saved profile', async () => {
		const configured = run(atConfigure(), typed('audience', ' api://okta '), typed('profileName', 'prod'), {type: 'configure/continue'});
		const clear = expectStep(configured, 'clear');
		const effect = pendingEffect(clear);
		if (effect?.type !== 'save-profile') throw new Error(`expected the profile to be saved, got ${effect?.type}`);
		expect(effect.input).toMatchObject({name: 'prod', audience: 'api://okta'});

		const fetching = expectStep(run(clear, {type: 'clear/continue', at: 1}), 'fetch');
		expect(fetching.request.params).toEqual([['audience', 'api://okta']]);

		folder = await mkdtemp(path.join(tmpdir(), 'segura-token-table-'));
		const {store} = await openProfileStore({cwd: folder});
		await store.save(effect.input);
		expect(JSON.parse(await readFile(store.path, 'utf8'))).toMatchObject({profiles: [{name: 'prod', audience: 'api://okta'}]});

		// Used again from the picker, the profile fills the field in and sends it.
		const again: WizardState = createInitialState({now, profiles: toSavedProfiles(await store.list()), startProfile: 'prod'});
		expect(again.config).toMatchObject({audience: 'api://okta'});
	});
});
