import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {migrateTo010} from '../../source/profiles/store-migrations.js';
import {storeFormatVersion} from '../../source/profiles/store-shape.js';
import {mode, secret, configHomes} from './store-helpers.js';

const configHome = configHomes();

/** The 0.0.x prototype's file: profiles keyed by name, flat network options, one last token. */
const version0 = {
	profiles: {
		lab: {
			seguraUrl: 'https://lab.example',
			baseUrl: 'https://lab.example/iso/scim/v2',
			tokenUrl: 'https://lab.example/iso/oauth2/token',
			clientId: 'lab-client',
			providerKind: 'third-party',
			clientAuthentication: 'basic-header',
		},
		'prod internos': {
			seguraUrl: 'https://segura.example',
			baseUrl: 'https://segura.example/iso/scim/v2',
			tokenUrl: 'https://segura.example/iso/oauth2/token',
			clientId: 'prod-client',
			providerKind: 'internal',
			tokenName: 'okta-scim internos',
			clientAuthentication: 'body',
			scope: 'scim',
			params: {ttl: 60},
			ca: '/etc/ssl/segura.pem',
			insecure: true,
			clientSecret: secret,
			lastToken: {issuedAt: '2026-01-02T03:04:05.000Z', expiresAt: '2026-01-02T04:04:05.000Z', last4: 'wxyz'},
		},
		'PROD-internos': {
			seguraUrl: 'https://segura2.example',
			baseUrl: 'https://segura2.example/iso/scim/v2',
			tokenUrl: 'https://segura2.example/iso/oauth2/token',
			clientId: 'prod2-client',
			providerKind: 'internal',
			clientAuthentication: 'basic-header',
		},
	},
};

describe('migrations', () => {
	it('brings a version-0 file to the current shape, losing nothing', async () => {
		const {env, file, directory} = configHome();
		fs.mkdirSync(directory, {recursive: true});
		fs.writeFileSync(file, JSON.stringify(version0, null, 2), {mode: 0o644});

		const {store: store, notice: storeNotice} = await openProfileStore({env});
		const profiles = await store.list();
		expect(storeNotice).toBeUndefined();
		expect(profiles.map(p => p.name)).toEqual(['lab', 'prod-internos', 'PROD-internos-2']);
		expect(profiles[0]).toEqual({
			name: 'lab',
			seguraUrl: 'https://lab.example',
			baseUrl: 'https://lab.example/iso/scim/v2',
			tokenUrl: 'https://lab.example/iso/oauth2/token',
			clientId: 'lab-client',
			kind: 'third-party',
			tokenName: '',
			auth: 'basic',
			encoding: 'rfc',
			scope: '',
			params: [],
			network: {},
			history: [],
		});
		expect(profiles[1]).toEqual({
			name: 'prod-internos',
			seguraUrl: 'https://segura.example',
			baseUrl: 'https://segura.example/iso/scim/v2',
			tokenUrl: 'https://segura.example/iso/oauth2/token',
			clientId: 'prod-client',
			clientSecret: secret,
			kind: 'internal',
			tokenName: 'okta-scim internos',
			auth: 'body',
			encoding: 'rfc',
			scope: 'scim',
			params: [['ttl', '60']],
			network: {caFile: '/etc/ssl/segura.pem', insecure: true},
			history: [
				{
					issuedAt: '2026-01-02T03:04:05.000Z',
					tokenName: 'okta-scim internos',
					expiresAt: '2026-01-02T04:04:05.000Z',
					last4: 'wxyz',
				},
			],
		});

		const written = JSON.parse(fs.readFileSync(file, 'utf8'));
		expect(written.__internal__.migrations.version).toBe(storeFormatVersion);
		expect(Array.isArray(written.profiles)).toBe(true);
		expect(mode(file)).toBe(0o600);
		expect(fs.readdirSync(directory)).toEqual(['config.json']);

		// The migrated store takes changes, and a second opening migrates nothing again.
		await store.rename('PROD-internos-2', 'prod2');
		const {store: again} = await openProfileStore({env});
		expect((await again.list()).map(p => p.name)).toEqual(['lab', 'prod-internos', 'prod2']);
	});

	it('moves aside, byte for byte, a version-0 file it cannot make whole', async () => {
		const {env, file, directory} = configHome();
		fs.mkdirSync(directory, {recursive: true});
		const broken = JSON.stringify({profiles: {prod: {seguraUrl: 'https://x', providerKind: 'internal'}}});
		fs.writeFileSync(file, broken);
		const {store: store, notice: storeNotice} = await openProfileStore({env});
		expect(await store.list()).toEqual([]);
		const backups = fs.readdirSync(directory).filter(name => name.startsWith('config.json.bak-'));
		expect(backups).toHaveLength(1);
		expect(fs.readFileSync(path.join(directory, backups[0] ?? ''), 'utf8')).toBe(broken);
		expect(storeNotice?.en).toMatch(/expected shape/);
	});

	it('leaves data already in the current shape alone', () => {
		const current = {profiles: [{name: 'prod'}], other: 1};
		expect(migrateTo010(current)).toBe(current);
		expect(migrateTo010({})).toEqual({});
	});
});
