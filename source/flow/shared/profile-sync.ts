import type {AppError} from '../../errors/app-error.js';
import type {ProviderKind} from '../../model/provider-kind.js';
import {collectFields, type CollectField} from '../../model/steps.js';
import type {ProfileInput} from '../../profiles/profile.js';
import type {Base, SavedProfile} from './base.js';
import {valuesOf} from './prefill.js';
import {answerWork, startWork, type Work} from './work.js';

/** A value of the profile in use that this run changed: one of step 1's, or the provider kind. */
export type DriftField = CollectField | 'kind';

/** Writing the values that worked back into the profile in use: which ones, then the profiles as they are. */
export type SyncWork = Work<Readonly<{name: string; fields: readonly DriftField[]}>, undefined>;

export type SyncAction =
	/** s: the values of this run that the profile does not keep, saved into it. */
	| Readonly<{type: 'profile/sync'}>
	| Readonly<{type: 'sync/done'; id: number; profiles: readonly SavedProfile[]}>
	| Readonly<{type: 'sync/failed'; id: number; error: AppError}>;

/** The saved profile this run started from, as it is saved now. */
export function savedInUse(state: Pick<Base, 'profiles' | 'profile'>): SavedProfile | undefined {
	return state.profile ? state.profiles.find(profile => profile.name === state.profile?.name) : undefined;
}

/**
 * What this run uses that the profile in use keeps otherwise: URLs fixed with edit, a server that
 * moved, a Client ID, the kind switched with k, and the Client Secret when the profile keeps one
 * (never when it does not: a secret is stored only where the user asked for it).
 */
export function driftOf(state: Pick<Base, 'profiles' | 'profile' | 'values'> & Readonly<{kind: ProviderKind | undefined}>): readonly DriftField[] {
	const saved = savedInUse(state);
	if (!saved) return [];
	const kept = valuesOf(saved.prefill);
	const fields: DriftField[] = collectFields.filter(field => (field !== 'clientSecret' || saved.hasSecret) && state.values[field] !== kept[field]);
	if (state.kind !== undefined && state.kind !== saved.kind) fields.push('kind');
	return fields;
}

/** The profile as saved, with `fields` taken from this run: the rest (and its history) as it was. */
export function syncInputOf(saved: SavedProfile, state: Pick<Base, 'values'> & Readonly<{kind: ProviderKind}>, fields: readonly DriftField[]): ProfileInput {
	const values = {...valuesOf(saved.prefill)};
	for (const field of fields) if (field !== 'kind') values[field] = state.values[field];
	const config = saved.prefill.config ?? {};
	return {
		name: saved.name,
		seguraUrl: values.seguraUrl,
		baseUrl: values.baseUrl,
		tokenUrl: values.tokenUrl,
		clientId: values.clientId,
		kind: fields.includes('kind') ? state.kind : saved.kind,
		tokenName: config.tokenName ?? '',
		auth: config.auth ?? 'basic',
		encoding: config.encoding ?? 'rfc',
		scope: config.scope ?? '',
		params: config.params ?? [],
		network: saved.network,
		...(saved.hasSecret && values.clientSecret !== '' ? {clientSecret: values.clientSecret} : {}),
	};
}

type Syncing = Base & Readonly<{kind: ProviderKind; sync: SyncWork}>;

/** Starts writing `fields` into the profile in use, unless a write is under way or there is nothing to write. */
export function startSync<S extends Syncing>(state: S, fields: readonly DriftField[]): S {
	const saved = savedInUse(state);
	if (!saved || fields.length === 0 || state.sync.status === 'running') return state;
	const {seq, work} = startWork(state.seq, {name: saved.name, fields});
	return {...state, seq, sync: work};
}

/** The sync actions on a state of step 5 or 6; undefined for any other action. */
export function reduceSync<S extends Syncing>(state: S, action: Readonly<{type: string}>): S | undefined {
	const sync = action as SyncAction;
	switch (sync.type) {
		case 'profile/sync':
			return startSync(state, driftOf(state));
		case 'sync/done': {
			const answered = answerWork(state.sync, {id: sync.id, result: undefined});
			// The profiles as they are now: what the profile keeps is what worked.
			return answered === state.sync ? state : {...state, profiles: sync.profiles, sync: answered};
		}
		case 'sync/failed': {
			const answered = answerWork(state.sync, sync);
			return answered === state.sync ? state : {...state, sync: answered};
		}
		default:
			return undefined;
	}
}

export type SyncProfileEffect = Readonly<{type: 'sync-profile'; id: number; input: ProfileInput}>;

/** The write the state waits for, if any: the saved profile with the fields of this run. */
export function syncEffect(state: Syncing): SyncProfileEffect | undefined {
	const {sync} = state;
	const saved = savedInUse(state);
	if (sync.status !== 'running' || !saved) return undefined;
	return {type: 'sync-profile', id: sync.id, input: syncInputOf(saved, state, sync.job.fields)};
}

/** Saves the profile; the answer carries the profiles as they are now. */
export async function runSyncProfile(effect: SyncProfileEffect, saveProfile: (input: ProfileInput) => Promise<{profiles: readonly SavedProfile[]}>): Promise<SyncAction> {
	return {type: 'sync/done', id: effect.id, profiles: (await saveProfile(effect.input)).profiles};
}
