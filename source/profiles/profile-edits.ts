import {ConfigError} from '../errors/app-error.js';
import {copyStoredSettings} from '../model/configure-fields.js';
import {profileErrorText} from '../i18n/text.js';
import {historyLimit, type Profile, type ProfileInput, type ProfileSettings, type TokenRecord} from './profile.js';
import {assertProfileName, findProfile, printableName, sameProfileName} from './profile-name.js';
import {unknownOf} from './unknown-fields.js';

/** A change to the list of profiles: the list after it, and what the caller gets back. */
export type Edit<T> = (profiles: readonly Profile[]) => Readonly<{profiles: Profile[]; result: T}>;

export function notFound(name: string): ConfigError {
	return new ConfigError(profileErrorText.notFound(printableName(name)), {reason: 'profile_not_found'});
}

/** The profile named `name` (any case), or the ConfigError that says there is none. */
function named(profiles: readonly Profile[], name: string): Profile {
	const found = findProfile(profiles, name);
	if (!found) throw notFound(name);
	return found;
}

/**
 * Adds the profile, or replaces the one of that name (case-insensitively; the new spelling wins).
 * With isNew, an existing name is a ConfigError instead. The history is the store's: kept.
 */
export function saveEdit(input: ProfileInput, isNew: boolean): Edit<Profile> {
	assertProfileName(input.name);
	return profiles => {
		const index = profiles.findIndex(profile => sameProfileName(profile.name, input.name));
		const existing = profiles[index];
		if (existing && isNew) throw new ConfigError(profileErrorText.nameTaken(existing.name), {reason: 'profile_exists'});
		const profile = cleanProfile({...input, history: existing?.history ?? input.history ?? []}, existing);
		const next = [...profiles];
		if (existing) next[index] = profile;
		else next.push(profile);
		return {profiles: next, result: profile};
	};
}

/** What became of one profile of saveAllEdit: added, or put in the place of one of the same name. */
export type Saved = Readonly<{profile: Profile; replaced: boolean; keptSecret: boolean}>;

/**
 * Adds several profiles in one change (an import): all of them or none. A name that exists
 * (case-insensitively) is a ConfigError unless `replace`; a replaced profile keeps its token
 * history, and its remembered secret while the Client ID and Token URL stay the same (the secret
 * belongs to those). Two inputs of the same name are an error either way.
 */
export function saveAllEdit(inputs: readonly ProfileInput[], replace: boolean): Edit<Saved[]> {
	for (const [index, input] of inputs.entries()) {
		assertProfileName(input.name, inputs.slice(0, index));
	}
	return profiles => {
		const next = [...profiles];
		const result: Saved[] = [];
		for (const input of inputs) {
			const index = next.findIndex(profile => sameProfileName(profile.name, input.name));
			const existing = next[index];
			if (existing && !replace) throw new ConfigError(profileErrorText.nameTaken(existing.name), {reason: 'profile_exists'});
			const keepSecret = existing?.clientSecret !== undefined && existing.clientId === input.clientId && existing.tokenUrl === input.tokenUrl;
			const profile = cleanProfile(
				{...input, ...(keepSecret ? {clientSecret: existing.clientSecret} : {}), history: existing?.history ?? input.history ?? []},
				existing,
			);
			if (existing) next[index] = profile;
			else next.push(profile);
			result.push({profile, replaced: existing !== undefined, keptSecret: keepSecret});
		}
		return {profiles: next, result};
	};
}

export function removeEdit(name: string): Edit<Profile> {
	return profiles => {
		const found = named(profiles, name);
		return {profiles: profiles.filter(profile => profile !== found), result: found};
	};
}

export function renameEdit(from: string, to: string): Edit<Profile> {
	assertProfileName(to);
	return profiles => {
		const found = named(profiles, from);
		assertProfileName(to, profiles, found.name);
		const renamed = {...found, name: to};
		return {profiles: profiles.map(profile => (profile === found ? renamed : profile)), result: renamed};
	};
}

/** Appends to the profile's history, keeping the last `historyLimit` entries. */
export function recordEdit(name: string, record: TokenRecord): Edit<void> {
	return profiles => {
		const found = named(profiles, name);
		const updated = {...found, history: [...found.history, cleanRecord(record)].slice(-historyLimit)};
		return {profiles: profiles.map(profile => (profile === found ? updated : profile)), result: undefined};
	};
}

/** A profile's settings, field by field in a stable order: no secret, no history, no caller's extra state. */
export function profileSettings(input: ProfileSettings): ProfileSettings {
	return {
		name: input.name,
		seguraUrl: input.seguraUrl,
		baseUrl: input.baseUrl,
		tokenUrl: input.tokenUrl,
		clientId: input.clientId,
		kind: input.kind,
		...copyStoredSettings(input),
		network: {...(input.network.caFile ? {caFile: input.network.caFile} : {}), ...(input.network.insecure ? {insecure: true} : {})},
		...(input.clientSecretCommand ? {clientSecretCommand: input.clientSecretCommand} : {}),
	};
}

/**
 * Exactly the stored fields: the settings, a remembered secret, and the history; and the fields
 * a later release added to the profile it replaces (unknown-fields.ts), kept for that release.
 */
function cleanProfile(input: ProfileInput & {history: readonly TokenRecord[]}, replaced: Profile | undefined): Profile {
	const settings = profileSettings(input);
	return {
		...unknownOf(replaced),
		...settings,
		network: {...unknownOf(replaced?.network), ...settings.network},
		...(input.clientSecret ? {clientSecret: input.clientSecret} : {}),
		history: input.history.slice(-historyLimit).map(record => cleanRecord(record)),
	};
}

function cleanRecord(record: TokenRecord): TokenRecord {
	return {
		...unknownOf(record),
		issuedAt: record.issuedAt,
		tokenName: record.tokenName,
		...(record.expiresAt === undefined ? {} : {expiresAt: record.expiresAt}),
		last4: record.last4.slice(-4),
		...(record.tokenUrl === undefined ? {} : {tokenUrl: record.tokenUrl}),
		...(record.baseUrl === undefined ? {} : {baseUrl: record.baseUrl}),
	};
}
