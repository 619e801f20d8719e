import {isSecretName, isTokenName} from '../model/credential-names.js';
import {defaultStoredSettings, storedKinds, type StoredSettings} from '../model/configure-fields.js';
import {providerKinds} from '../model/provider-kind.js';
import type {Profile} from './profile.js';
import {profileNamePattern} from './profile-name.js';
import {setUnknownAside, withUnknown} from './unknown-fields.js';

export type StoreData = {profiles?: Profile[]};

/**
 * The release that last changed the file's shape, which conf records in the file. A file of a
 * newer format is refused untouched (store-file.ts). A new field is no new shape: an older
 * release keeps it and ignores it, and a file without it gets its default. Only a change an
 * older release would misread (a field that changes meaning or type) needs a conf migration
 * (store-conf.ts) and this bumped to the release that brings it.
 */
export const storeFormatVersion = '0.2.0';

const maxText = 4096;
const namePattern = new RegExp(profileNamePattern);
const isoTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

type Check = (value: unknown) => string | undefined;

const text =
	(minLength = 0): Check =>
	value =>
		typeof value !== 'string' ? 'is not text' : value.length < minLength ? 'is empty' : value.length > maxText ? `is longer than ${maxText} characters` : undefined;
const oneOf =
	(choices: readonly string[]): Check =>
	value =>
		typeof value === 'string' && choices.includes(value) ? undefined : `is not one of ${choices.join(', ')}`;
const time: Check = value => (typeof value === 'string' && isoTime.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'is not a date and time');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// No release writes these: JSON.parse makes them plain fields, but one careless assignment
// away from an object's prototype. A file that has them was made by hand or by an attack.
const prototypeNames = new Set(['__proto__', 'constructor', 'prototype']);

/** A field of no known name is kept and ignored, unless its name is one of the above or says it holds a secret or a token (one kept by mistake is refused, never kept silently). */
function unknownFieldProblem(name: string): string | undefined {
	const shown = JSON.stringify(name).slice(0, 40);
	if (prototypeNames.has(name)) return `has a field ${shown} that no object may have`;
	if (isSecretName(name) || isTokenName(name)) return `has a field ${shown} whose name says it holds a secret or a token`;
	return undefined;
}

/** The problem of an object against its fields: a missing required one, a wrong value, an unknown one refused above. */
function fieldsProblem(value: unknown, fields: Readonly<Record<string, Check>>, required: readonly string[]): string | undefined {
	if (!isRecord(value)) return 'is not an object';
	for (const name of required) if (!Object.hasOwn(value, name)) return `has no ${name}`;
	for (const [name, field] of Object.entries(value)) {
		// Own fields only: "__proto__" or "constructor" in the file is an unknown field, not Object's.
		const check = Object.hasOwn(fields, name) ? fields[name] : undefined;
		const problem = check ? check(field) : unknownFieldProblem(name);
		if (problem) return check ? `${name} ${problem}` : problem;
	}
	return undefined;
}

const listOf =
	(item: Check): Check =>
	value => {
		if (!Array.isArray(value)) return 'is not a list';
		for (const [index, entry] of value.entries()) {
			const problem = item(entry);
			if (problem) return `[${index}] ${problem}`;
		}
		return undefined;
	};

const param: Check = value => {
	if (!Array.isArray(value) || value.length !== 2) return 'is not a KEY, VALUE pair';
	return text(1)(value[0]) ?? text()(value[1]);
};

const recordFields = {issuedAt: time, tokenName: text(), expiresAt: time, last4: (value: unknown) => (typeof value === 'string' && value.length <= 4 ? undefined : 'is not 4 characters'), tokenUrl: text(1), baseUrl: text(1)};
const record: Check = value => fieldsProblem(value, recordFields, ['issuedAt', 'tokenName', 'last4']);

const networkFields = {caFile: text(1), insecure: (value: unknown) => (typeof value === 'boolean' ? undefined : 'is not true or false')};
const network: Check = value => fieldsProblem(value, networkFields, []);

const profileFields: Readonly<Record<keyof Profile, Check>> = {
	name: value => (typeof value === 'string' && namePattern.test(value) ? undefined : 'is not a profile name'),
	seguraUrl: text(),
	baseUrl: text(),
	tokenUrl: text(1),
	clientId: text(1),
	kind: oneOf(providerKinds),
	// Step 3's fields, as its table keeps them.
	...(Object.fromEntries(Object.entries(storedKinds).map(([name, kind]) => [name, kind === 'text' ? text() : kind === 'pairs' ? listOf(param) : oneOf(kind)])) as Record<keyof StoredSettings, Check>),
	network,
	clientSecretCommand: text(1),
	clientSecret: text(1),
	history: listOf(record),
};

/** The fields a profile cannot do without. Every other one is optional, a field added later too: a file without it needs no migration. */
const required: ReadonlyArray<keyof Profile> = ['name', 'tokenUrl', 'clientId', 'kind'];

/** What a profile without the field has. A field neither here nor required stays absent (a secret not remembered). */
const profileDefaults: Partial<Profile> = {seguraUrl: '', baseUrl: '', ...defaultStoredSettings, network: {}, history: []};

/**
 * What is wrong with the file's data, in a few words, or undefined when it is a store this release
 * can use: an object whose profiles (if any) each have the required fields of a Profile and right
 * values in every field it knows, with names unique ignoring case. The store checks every read and
 * every write with this one rule.
 */
export function storeProblem(data: unknown): string | undefined {
	if (!isRecord(data)) return 'the file is not a JSON object';
	for (const name of Object.keys(data)) {
		const problem = name === 'profiles' || name === '__internal__' ? undefined : unknownFieldProblem(name);
		if (problem) return `the file ${problem}`;
	}
	if (data.profiles === undefined) return undefined;
	if (!Array.isArray(data.profiles)) return 'profiles is not a list';
	const seen = new Set<string>();
	for (const [index, profile] of data.profiles.entries()) {
		const problem = fieldsProblem(profile, profileFields, required);
		if (problem) return `profiles[${index}] ${problem}`;
		const name = (profile as Profile).name.toLowerCase();
		if (seen.has(name)) return `profiles[${index}] has the name of another profile`;
		seen.add(name);
	}
	return undefined;
}

/** The profiles of data storeProblem accepts, as the app sees them: defaults filled in, unknown fields set aside (unknown-fields.ts). */
export function readProfiles(data: StoreData): Profile[] {
	return (data.profiles ?? []).map(stored => {
		const profile = setUnknownAside({...profileDefaults, ...stored}, profileFields);
		return {...profile, network: setUnknownAside(profile.network, networkFields), history: profile.history.map(entry => setUnknownAside(entry, recordFields))};
	});
}

/** The profiles as they are written: each object with the unknown fields it was read with. */
export function storedProfiles(profiles: readonly Profile[]): Profile[] {
	return profiles.map(profile => ({...withUnknown(profile), network: withUnknown(profile.network), history: profile.history.map(entry => withUnknown(entry))}));
}
