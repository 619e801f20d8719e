import {errorText, type AppError} from '../errors/app-error.js';
import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/text.js';
import {extraTextFor} from '../i18n/text.js';
import {defaultStoredSettings} from '../model/configure-fields.js';
import type {SeguraDetails} from '../model/provider-details.js';
import type {ProviderKind} from '../model/provider-kind.js';
import {collectFields} from '../model/steps.js';
import type {ProfileInput} from '../profiles/profile.js';
import {displayLine} from '../text/display.js';
import {parseUrl} from '../url/url-rules.js';
import {practiceOf, valuesOf, type Credentials} from './credentials.js';
import {answerWork, startWork, type Base, type CopyState, type DriftField, type FetchState, type SavedProfile, type Settled, type SyncWork} from './state.js';
import type {Binding, ViewLine} from './view-lines.js';

// The profile in use against this run: what the run changed that the profile does not keep (s
// writes it back, a fixed secret at once), and what Fetch and Copy say about it.

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
	const kept = valuesOf(saved.prefill.values);
	const fields: DriftField[] = collectFields.filter(field => (field !== 'clientSecret' || saved.hasSecret) && state.values[field] !== kept[field]);
	if (state.kind !== undefined && state.kind !== saved.kind) fields.push('kind');
	return fields;
}

/** The profile as saved, with `fields` taken from this run: the rest (and its history) as it was. */
export function syncInputOf(saved: SavedProfile, state: Pick<Base, 'values'> & Readonly<{kind: ProviderKind}>, fields: readonly DriftField[]): ProfileInput {
	const values = {...valuesOf(saved.prefill.values)};
	for (const field of fields) if (field !== 'kind') values[field] = state.values[field];
	const {clientSecret, ...urls} = values;
	return {
		name: saved.name,
		...urls,
		kind: fields.includes('kind') ? state.kind : saved.kind,
		...defaultStoredSettings,
		...saved.prefill.config,
		network: saved.network,
		...(saved.hasSecret && clientSecret !== '' ? {clientSecret} : {}),
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

/** s: offered once a token came, when this run used values the profile in use does not keep. */
export function syncBindings(state: Base & Settled): ReadonlyArray<Binding<SyncAction>> {
	if (state.sync.status === 'running' || driftOf(state).length === 0) return [];
	return [{keys: ['s'], label: 'saveToProfile', shown: () => 's', action: () => ({type: 'profile/sync'})}];
}

function originOf(url: string): string | undefined {
	const parsed = parseUrl(url);
	return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.origin : undefined;
}

/**
 * A profile saved against the practice server (one of its Client IDs) on another address than the
 * one it listens on now: where it was, and where it is. `demo --port`, `demo --reset` or a port
 * taken by another program move it; its Client IDs stay in practice.json.
 */
export function practiceMoveOf(saved: SavedProfile, demo: SeguraDetails | undefined): Readonly<{from: string; to: string}> | undefined {
	if (!demo?.providers.some(provider => provider.clientId === saved.clientId)) return undefined;
	const from = originOf(saved.prefill.values.seguraUrl ?? '');
	const to = originOf(demo.seguraUrl);
	return from && to && from !== to ? {from, to} : undefined;
}

/**
 * The profile's values with the practice server's present address in place of the one it was saved
 * with: the Segura URL, and the Base and Token URL that were on the same address.
 */
export function movedToPractice(saved: SavedProfile, demo: SeguraDetails | undefined): Credentials {
	const values = valuesOf(saved.prefill.values);
	const move = practiceMoveOf(saved, demo);
	if (!move) return values;
	const moved = (url: string) => (originOf(url) === move.from ? move.to + url.slice(move.from.length) : url);
	return {...values, seguraUrl: moved(values.seguraUrl), baseUrl: moved(values.baseUrl), tokenUrl: moved(values.tokenUrl)};
}

function fieldNames(fields: readonly DriftField[], lang: Lang): string[] {
	const text = wizardTextFor(lang);
	return fields.map(field => (field === 'kind' ? extraTextFor(lang).kindField : text.fields[field].label));
}

/** In `demo`, about the profile in use: that the practice server moved, and that its own secret was filled in. */
function practiceLines(state: Base, lang: Lang): readonly ViewLine[] {
	const saved = savedInUse(state);
	if (!saved) return [];
	const extra = extraTextFor(lang);
	const name = displayLine(saved.name);
	const move = practiceMoveOf(saved, state.demo);
	const practice = practiceOf(state);
	// The profile keeps no secret and `demo` filled in the practice server's own.
	const isSecretFilled = !saved.hasSecret && practice !== undefined && state.values.clientId === practice.clientId && state.values.clientSecret === practice.clientSecret;
	return [
		...(move ? [{tone: 'notice', text: extra.practiceMoved(name, displayLine(parseUrl(move.from)?.host ?? move.from), displayLine(parseUrl(move.to)?.host ?? move.to))} as const] : []),
		...(isSecretFilled ? [{tone: 'notice', text: extra.practiceSecret(name)} as const] : []),
	];
}

/**
 * Once there is a token, what Fetch and Copy say about the profile in use: the values of this run
 * it does not keep (s saves them), and what became of saving them.
 */
function profileLines(state: Base & Settled, lang: Lang, isTokenShown: boolean): readonly ViewLine[] {
	const saved = savedInUse(state);
	const extra = extraTextFor(lang);
	const lines: ViewLine[] = [];
	const name = displayLine(state.profile?.name ?? '');
	const {sync} = state;
	if (sync.status === 'running') lines.push({tone: 'progress', text: wizardTextFor(lang).save.running(name)});
	if (sync.status === 'done') lines.push({tone: 'success', text: extra.synced(name, fieldNames(sync.job.fields, lang))});
	if (sync.status === 'failed') lines.push({tone: 'error', text: wizardTextFor(lang).save.failed(errorText(sync.error, lang).message)});
	const drift = driftOf(state);
	if (isTokenShown && saved && sync.status !== 'running' && drift.length > 0) lines.push({tone: 'hint', text: extra.drift(name, fieldNames(drift, lang))});
	return lines;
}

/**
 * What the Fetch and Copy screens say about the profile in use, whatever the face. `practice`:
 * in `demo`, that the practice server moved or filled in its own secret (said from the moment
 * the profile is picked); `profile`: once the token is shown, the values it does not keep (s) and
 * what became of saving them.
 */
export function profileNotes(state: FetchState | CopyState, lang: Lang = state.lang): Readonly<{practice: readonly ViewLine[]; profile: readonly ViewLine[]}> {
	const isTokenShown = state.step === 'copy' ? state.phase === 'shown' : state.call.status === 'done';
	return {practice: practiceLines(state, lang), profile: profileLines(state, lang, isTokenShown)};
}
