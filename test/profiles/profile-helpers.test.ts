import {describe, expect, it} from 'vitest';
import {isTokenValid, makeTokenRecord, withoutSecret, type Profile} from '../../source/profiles/profile.js';
import {nameProblemText, printableName, profileNameProblem} from '../../source/profiles/profile-name.js';
import {summarizeProfile} from '../../source/profiles/profile-summary.js';
import {sameClientOtherKind} from '../../source/profiles/same-client-other-kind.js';
import {sampleProfile, secret} from './store-helpers.js';
import {say} from '../../source/i18n/catalogs.js';

const profile = (name: string, overrides: Partial<Profile> = {}): Profile => ({...sampleProfile(name), history: [], ...overrides});

describe('profile helpers', () => {
	it('finds the same Client ID saved under the other provider kind', () => {
		const saved = [
			profile('prod-int', {clientId: 'abc', kind: 'internal'}),
			profile('prod-ext', {clientId: 'xyz', kind: 'third-party'}),
		];
		expect(sameClientOtherKind(saved, 'abc', 'third-party')?.name).toBe('prod-int');
		expect(sameClientOtherKind(saved, ' abc ', 'third-party')?.name).toBe('prod-int');
		expect(sameClientOtherKind(saved, 'abc', 'internal')).toBeUndefined();
		expect(sameClientOtherKind(saved, 'other', 'third-party')).toBeUndefined();
		expect(sameClientOtherKind(saved, '', 'third-party')).toBeUndefined();
		// Editing that very profile to fix its kind is no mistake.
		expect(sameClientOtherKind(saved, 'abc', 'third-party', 'PROD-INT')).toBeUndefined();
	});

	it('explains why a name cannot be used, in both languages', () => {
		expect(profileNameProblem('prod_1.a-b')).toBeUndefined();
		expect(profileNameProblem('prod 1')).toEqual({problem: 'invalid'});
		expect(say(nameProblemText('prod 1', {problem: 'invalid'}), 'en').message).toMatch(/letters, digits/);
		expect(say(nameProblemText('prod 1', {problem: 'invalid'}), 'pt-BR').message).toMatch(/letras, números/);
		const saved = [profile('Prod')];
		expect(profileNameProblem('PROD', saved)).toEqual({problem: 'taken', name: 'Prod'});
		expect(say(nameProblemText('PROD', {problem: 'taken', name: 'Prod'}), 'en').message).toContain('"Prod" already exists');
		expect(profileNameProblem('PROD', saved, 'prod')).toBeUndefined();
		expect(printableName('a\u001B]52;c;x\u0007b')).toBe('a\\x1b]52;c;x\\x07b');
	});

	it('summarises a profile for the picker', () => {
		const now = new Date('2026-11-28T12:00:00Z');
		const issued = new Date('2026-11-28T11:30:00Z');
		const withToken = profile('prod', {
			clientSecret: secret,
			tokenUrl: 'https://segura.example.com:8443/iso/oauth2/token',
			history: [makeTokenRecord('x'.repeat(40), 't', issued, new Date('2026-11-28T12:30:00Z'))],
		});
		expect(summarizeProfile(withToken)).toEqual({
			name: 'prod',
			kind: 'internal',
			host: 'segura.example.com:8443',
			lastIssuedAt: issued,
			lastExpiresAt: new Date('2026-11-28T12:30:00Z'),
			hasSecret: true,
		});
		expect(summarizeProfile(profile('lab', {tokenUrl: 'not a url'}))).toMatchObject({host: 'not a url', lastExpiresAt: undefined, hasSecret: false});
		expect(isTokenValid(makeTokenRecord('x'.repeat(40), 't', issued), now)).toBeUndefined();
		expect(withoutSecret(withToken)).not.toHaveProperty('clientSecret');
	});
});
