import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {makeTokenRecord} from '../../source/profiles/profile.js';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {storeFormatVersion} from '../../source/profiles/store-shape.js';
import {configHomes, sampleProfile} from './store-helpers.js';

// A later release may add a field anywhere in the file; this one must neither lose it nor act on
// it. And a file written before a field existed must read as if it held the field's default.

const configHome = configHomes();

type Json = Record<string, unknown>;

function writeStore(directory: string, file: string, data: Json): string {
	fs.mkdirSync(directory, {recursive: true, mode: 0o700});
	const text = JSON.stringify({...data, __internal__: {migrations: {version: storeFormatVersion}}}, null, '\t');
	fs.writeFileSync(file, text, {mode: 0o600});
	return text;
}

const readJson = (file: string): {profiles: Json[]} & Json => JSON.parse(fs.readFileSync(file, 'utf8')) as {profiles: Json[]} & Json;

describe('a store file with fields this release does not know', () => {
	const record = {issuedAt: '2026-11-28T10:00:00.000Z', tokenName: 'first', last4: 'abcd', signedBy: 'kid-7'};
	const later = {
		audience: 'okta-audience',
		network: {caFile: '/etc/ssl/segura.pem', proxy: 'http://proxy.example.com:3128'},
		history: [record],
		retries: {count: 3, onStatus: [429, 503]},
	};

	it('ignores them: no notice, nothing set aside, and the profile the app sees has none of them', async () => {
		const {env, file, directory} = configHome();
		const text = writeStore(directory, file, {profiles: [{...sampleProfile('prod'), ...later}], theme: 'dark'});
		const {store, notice} = await openProfileStore({env});
		expect(notice).toBeUndefined();
		const profile = await store.get('prod');
		expect(Object.keys(profile).sort()).toEqual(Object.keys({...sampleProfile('prod'), history: []}).sort());
		expect(Object.keys(profile.network)).toEqual(['caFile']);
		expect(Object.keys(profile.history[0]!)).toEqual(['issuedAt', 'tokenName', 'last4']);
		expect(JSON.stringify(await store.list())).not.toMatch(/okta-audience|proxy|kid-7|retries/);
		expect(fs.readdirSync(directory)).toEqual(['config.json']);
		expect(fs.readFileSync(file, 'utf8')).toBe(text);
	});

	it('keeps them untouched through every change to that profile, and beside the others', async () => {
		const {env, file, directory} = configHome();
		writeStore(directory, file, {profiles: [{...sampleProfile('prod'), ...later}, {...sampleProfile('lab'), history: []}], theme: 'dark'});
		const {store} = await openProfileStore({env});
		const stillThere = (name: string) => {
			const data = readJson(file);
			expect(data.theme).toBe('dark');
			const stored = data.profiles.find(profile => profile['name'] === name)!;
			expect(stored).toMatchObject({audience: later.audience, retries: later.retries, network: {proxy: later.network.proxy}});
			expect((stored['history'] as Json[])[0]).toEqual(record);
			return stored;
		};

		await store.recordToken('prod', makeTokenRecord('eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl-new', 'second', new Date('2026-11-28T11:00:00Z')));
		expect((stillThere('prod')['history'] as Json[])[1]).toMatchObject({tokenName: 'second', last4: '-new'});
		await store.rename('prod', 'main');
		stillThere('main');
		// A save of the same name (the wizard's edit) replaces the settings it knows, no more.
		await store.save(sampleProfile('main', {scope: 'scim', network: {insecure: true}}));
		expect(stillThere('main')).toMatchObject({scope: 'scim', network: {insecure: true, proxy: later.network.proxy}});
		expect(stillThere('main')['network']).not.toHaveProperty('caFile');
		await store.saveAll([sampleProfile('main', {clientId: 'other'})], {replace: true});
		expect(stillThere('main')).toMatchObject({clientId: 'other'});
		await store.remove('lab');
		expect(readJson(file).profiles.map(profile => profile['name'])).toEqual(['main']);
		expect(Object.keys(await store.get('main'))).not.toContain('audience');
	});
});

describe('a store file without a field a later release added', () => {
	it('reads the field as its default, without a notice or a write, and writes it out with the next change', async () => {
		const {env, file, directory} = configHome();
		const bare = {name: 'old', tokenUrl: 'https://segura.example.com/iso/oauth2/token', clientId: 'client-old', kind: 'third-party'};
		const text = writeStore(directory, file, {profiles: [bare]});
		const {store, notice} = await openProfileStore({env});
		expect(notice).toBeUndefined();
		const defaulted = {...bare, seguraUrl: '', baseUrl: '', tokenName: '', auth: 'basic', encoding: 'rfc', scope: '', params: [], network: {}, history: []};
		expect(await store.get('old')).toEqual(defaulted);
		expect(fs.readFileSync(file, 'utf8')).toBe(text);

		await store.recordToken('old', makeTokenRecord('eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl-abc', 't', new Date('2026-11-28T10:00:00Z')));
		expect(readJson(file).profiles[0]).toMatchObject({...defaulted, history: [{tokenName: 't', last4: '-abc'}]});
		expect(readJson(file)['__internal__']).toEqual({migrations: {version: storeFormatVersion}});
	});

	it('still sets a file aside when a field it cannot do without is missing', async () => {
		const {env, file, directory} = configHome();
		writeStore(directory, file, {profiles: [{name: 'old', tokenUrl: 'https://segura.example.com/iso/oauth2/token', clientId: 'client-old'}]});
		const {store, notice} = await openProfileStore({env});
		expect(notice?.en).toMatch(/expected shape/);
		expect(await store.list()).toEqual([]);
	});
});
