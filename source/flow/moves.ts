import {configOf, defaultConfig, isTextField, type ConfigureField} from '../model/configure-fields.js';
import type {ProfileNetwork} from '../model/net-options.js';
import {hasErrors} from '../model/issues.js';
import type {ProviderKind} from '../model/provider-kind.js';
import {collectFields, type CollectField} from '../model/steps.js';
import type {TokenResult} from '../oauth/types.js';
import {buildRequest, fieldIssues, resolvedTokenName, saveContextOf} from './configure-rules.js';
import {checkField, emptyCredentials, practiceOf, valuesOf} from './credentials.js';
import {
	idle,
	noFate,
	startWork,
	type Base,
	type ClearState,
	type CollectState,
	type ConfigureState,
	type DoneState,
	type FetchState,
	type Prefill,
	type ProfilesState,
	type ProviderState,
	type SaveWork,
	type Settled,
	type WizardState,
} from './state.js';

// Entering each step, from what was typed and chosen so far: every move between steps is one of these.

// Copied field by field so nothing of the step being left (a token, an error) leaks into the next.
export function baseOf(state: Base): Base {
	const {lang, today, demo, values, kind, config, seq, profiles, profile, network, storePath} = state;
	return {lang, today, demo, values, kind, config, seq, profiles, profile, network, storePath};
}

/** The Settled part of a state, copied field by field as baseOf copies the Base. */
export function settledOf(state: Settled): Settled {
	const {kind, request, tokenName, fate, sync} = state;
	return {kind, request, tokenName, fate, sync};
}

/** Nothing typed, nothing chosen: everything but the language, date, practice details and profiles. */
export function freshBase(base: Base): Base {
	return {...baseOf(base), values: emptyCredentials, kind: undefined, config: defaultConfig, profile: undefined};
}

/** The network options a request of this run uses: the profile's own, then the command line's. */
export function networkOf(state: Pick<Base, 'profiles' | 'profile' | 'network'>): ProfileNetwork {
	const saved = state.profiles.find(profile => profile.name === state.profile?.name);
	return {...saved?.network, ...state.network};
}

export function toProfiles(state: Base, highlight = 0): ProfilesState {
	return {...baseOf(state), step: 'profiles', highlight: Math.min(highlight, state.profiles.length), removal: idle};
}

/** `select`: the user comes back to fix the value, so it is selected (typing replaces it). */
export function toCollect(state: Base, field: CollectField, options: Readonly<{select?: boolean}> = {}): CollectState {
	const draft = state.values[field];
	return {...baseOf(state), step: 'collect', field, draft, tried: false, isSecretRevealed: false, isSelected: options.select === true && draft !== ''};
}

export function toProvider(state: Base): ProviderState {
	return {...baseOf(state), step: 'provider', highlight: state.kind ?? 'internal'};
}

export function toConfigure(state: Base, kind: ProviderKind, focus: ConfigureField = 'tokenName', options: Readonly<{select?: boolean}> = {}): ConfigureState {
	return {...baseOf(state), step: 'configure', kind, focus, isSelected: options.select === true && isTextField(focus) && state.config[focus] !== ''};
}

export function toClear(state: Base, kind: ProviderKind, save: SaveWork = idle): ClearState {
	return {...baseOf(state), step: 'clear', kind, save};
}

/** The wizard ends with the token: the face leaves it in the terminal, with what became of it. */
export function toDone(state: Base & Settled, result: TokenResult, isAdded = false): DoneState {
	return {...baseOf(state), ...settledOf(state), step: 'done', result, isAdded};
}

/**
 * Step 2 switched from the Fetch or Copy screen (k): the kind, and the token name with it when it
 * was the proposed one (a name the user typed stays as typed).
 */
export function withKind(state: Base, kind: ProviderKind): Pick<Settled, 'kind' | 'tokenName'> {
	return {kind, tokenName: resolvedTokenName(state.config, kind, state.today, state.lang)};
}

/** Starts a request: a new id, the request fixed from what was typed. */
export function toFetching(state: Base, kind: ProviderKind, at: number): FetchState {
	const base = baseOf(state);
	const {seq, work} = startWork(base.seq, {startedAt: at});
	return {
		...base,
		seq,
		kind,
		step: 'fetch',
		request: buildRequest(base.values, base.config),
		tokenName: resolvedTokenName(base.config, kind, base.today, base.lang),
		fate: noFate,
		sync: idle,
		call: work,
	};
}

/**
 * Loads the values and lands on the step after the last one they complete: Clear (steps 1-3
 * done) when all is there and valid; otherwise the first field or step that needs the user, such
 * as the Client Secret of a profile that did not remember it, or a URL edited by hand into nonsense.
 */
export function applyPrefill(base: Base, prefill: Prefill): WizardState {
	return resume({...base, values: valuesOf(prefill.values), kind: prefill.kind, config: configOf(prefill.config ?? {})});
}

/** Lands on the first field or step that needs the user, from values already in place. */
export function resume(state: Base): WizardState {
	let {values} = state;
	for (const field of collectFields) {
		const check = checkField(field, values[field], values, practiceOf(state));
		if (hasErrors(check.issues)) return toCollect({...state, values}, field);
		values = {...values, [field]: check.value};
	}
	const filled = {...state, values};
	if (!state.kind) return toProvider(filled);
	const issues = fieldIssues(filled.config, saveContextOf(filled));
	const wrong = (Object.keys(issues) as ConfigureField[]).find(field => hasErrors(issues[field]));
	if (wrong) return toConfigure(filled, state.kind, wrong);
	return toClear(filled, state.kind);
}
