import {storedKinds, type StoredSettings} from '../model/configure-fields.js';
import {providerKinds} from '../model/provider-kind.js';
import type {Profile} from './profile.js';
import {profileNamePattern} from './profile-name.js';

export type StoreData = {profiles?: Profile[]};

/**
 * The release that last changed the file's shape, which conf records in the file. A file of a
 * newer format is refused untouched (store-file.ts). A new shape means a conf migration to it
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

/** The problem of an object against its fields: a missing required one, one of no known name, a wrong value. */
function fieldsProblem(value: unknown, fields: Readonly<Record<string, Check>>, required: readonly string[]): string | undefined {
	if (!isRecord(value)) return 'is not an object';
	for (const name of required) if (!Object.hasOwn(value, name)) return `has no ${name}`;
	for (const [name, field] of Object.entries(value)) {
		// Own fields only: "__proto__" or "constructor" in the file is an unknown field, not Object's.
		const check = Object.hasOwn(fields, name) ? fields[name] : undefined;
		// Nothing but these fields: a token kept by mistake in a profile or its history is refused.
		if (!check) return `has a field ${JSON.stringify(name).slice(0, 40)} that a profile does not have`;
		const problem = check(field);
		if (problem) return `${name} ${problem}`;
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

const record: Check = value =>
	fieldsProblem(value, {issuedAt: time, tokenName: text(), expiresAt: time, last4: value => (typeof value === 'string' && value.length <= 4 ? undefined : 'is not 4 characters'), tokenUrl: text(1), baseUrl: text(1)}, [
		'issuedAt',
		'tokenName',
		'last4',
	]);

const network: Check = value => fieldsProblem(value, {caFile: text(1), insecure: value => (typeof value === 'boolean' ? undefined : 'is not true or false')}, []);

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
	clientSecret: text(1),
	history: listOf(record),
};

const required = Object.keys(profileFields).filter(name => name !== 'clientSecret');

/**
 * What is wrong with the file's data, in a few words, or undefined when it is a store this release
 * can use: an object whose profiles (if any) each have exactly the fields of a Profile, with names
 * unique ignoring case. The store checks every read and every write with this one rule.
 */
export function storeProblem(data: unknown): string | undefined {
	if (!isRecord(data)) return 'the file is not a JSON object';
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
