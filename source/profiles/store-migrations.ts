import type Conf from 'conf';
import type {Options} from 'conf';
import type {StoreData} from './store-shape.js';

/**
 * Version 0 is the 0.0.x prototype's file, written before conf's migration marker existed:
 *
 *   {"profiles": {"<name>": {seguraUrl, baseUrl, tokenUrl, clientId,
 *     providerKind: "internal" | "third-party", tokenName?, clientAuthentication: "basic-header" | "body",
 *     scope?, params?: {"ttl": "60"}, ca?, insecure?, clientSecret?,
 *     lastToken?: {issuedAt, expiresAt?, last4}}}}
 *
 * 0.1.0 keeps profiles in an array (names are unique ignoring case, which object keys are not),
 * adds the Basic encoding, nests the network options, and keeps a history instead of one token.
 * Whatever a migration cannot make sense of is left as it is: the schema then rejects the file
 * and the store moves it aside whole, so nothing is lost.
 *
 * 0.2.0 adds to each token record the Token URL and Base URL it was issued with (both optional):
 * a 0.1.0 file is a 0.2.0 file as it is, so there is nothing to migrate; the format moves on so
 * that a 0.1.0 release leaves a newer file untouched instead of setting it aside as unknown.
 */
export const storeMigrations: NonNullable<Options<StoreData>['migrations']> = {
	'0.1.0': store => replaceData(store, migrateTo010),
};

function replaceData(store: Conf<StoreData>, migrate: (data: Data) => Data): void {
	store.store = migrate(store.store);
}

type Data = Record<string, unknown>;

export function migrateTo010(data: Data): Data {
	const {profiles} = data;
	if (!isPlainObject(profiles)) return data;
	const taken = new Set<string>();
	const migrated = Object.entries(profiles).map(([key, value]) => {
		const name = uniqueName(key, taken);
		return isPlainObject(value) ? profileFrom010(name, value) : value;
	});
	return {...data, profiles: migrated};
}

function profileFrom010(name: string, old: Data): Data {
	const tokenName = typeof old['tokenName'] === 'string' ? old['tokenName'] : '';
	const network: Data = {};
	if (typeof old['ca'] === 'string' && old['ca'] !== '') network['caFile'] = old['ca'];
	if (old['insecure'] === true) network['insecure'] = true;
	const profile: Data = {
		name,
		seguraUrl: old['seguraUrl'] ?? '',
		baseUrl: old['baseUrl'] ?? '',
		tokenUrl: old['tokenUrl'],
		clientId: old['clientId'],
		kind: old['providerKind'],
		tokenName,
		auth: old['clientAuthentication'] === 'body' ? 'body' : 'basic',
		// The engine's default; it retries the raw style by itself when the server wants that.
		encoding: 'rfc',
		scope: typeof old['scope'] === 'string' ? old['scope'] : '',
		params: isPlainObject(old['params'])
			? Object.entries(old['params']).map(([key, value]) => [key, String(value)])
			: [],
		network,
		history: [],
	};
	if (typeof old['clientSecret'] === 'string' && old['clientSecret'] !== '') {
		profile['clientSecret'] = old['clientSecret'];
	}
	const last = old['lastToken'];
	if (isPlainObject(last)) {
		const record: Data = {issuedAt: last['issuedAt'], tokenName, last4: last['last4'] ?? ''};
		if (last['expiresAt'] !== undefined) record['expiresAt'] = last['expiresAt'];
		profile['history'] = [record];
	}
	return profile;
}

/** Prototype names were object keys: anything went. Keep them recognisable and unique. */
function uniqueName(key: string, taken: Set<string>): string {
	const base = key.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 60) || 'profile';
	let name = base;
	for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
	taken.add(name.toLowerCase());
	return name;
}

function isPlainObject(value: unknown): value is Data {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
