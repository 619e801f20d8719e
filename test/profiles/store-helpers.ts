import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';
import {defaultStoredSettings} from '../../source/model/configure-fields.js';
import type {ProfileInput} from '../../source/profiles/profile.js';

/** A fresh XDG_CONFIG_HOME per test, removed afterwards. */
export function configHomes(): () => {home: string; env: NodeJS.ProcessEnv; directory: string; file: string} {
	const made: string[] = [];
	afterEach(() => {
		for (const dir of made.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
	});
	return () => {
		const home = fs.mkdtempSync(path.join(os.tmpdir(), 'segura-profiles-'));
		made.push(home);
		const directory = path.join(home, 'xdg', 'segura-token');
		return {
			home,
			env: {XDG_CONFIG_HOME: path.join(home, 'xdg'), HOME: home},
			directory,
			file: path.join(directory, 'config.json'),
		};
	};
}

export const secret = 'Sx9-very-secret-value-4242';

export function sampleProfile(name: string, overrides: Partial<ProfileInput> = {}): ProfileInput {
	return {
		name,
		seguraUrl: 'https://segura.example.com',
		baseUrl: 'https://segura.example.com/iso/scim/v2',
		tokenUrl: 'https://segura.example.com/iso/oauth2/token',
		clientId: `client-${name}`,
		kind: 'internal',
		// Step 3's other fields (a test's table may have more) as the wizard proposes them.
		...defaultStoredSettings,
		tokenName: `okta-scim ${name}`,
		auth: 'basic',
		encoding: 'rfc',
		scope: '',
		params: [['ttl', '60']],
		network: {},
		...overrides,
	};
}

export function mode(file: string): number {
	return fs.statSync(file).mode & 0o777;
}

