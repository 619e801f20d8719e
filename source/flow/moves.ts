import type {ProviderKind} from '../model/provider-kind.js';
import type {CollectField, ConfigureField} from '../model/steps.js';
import type {ClearState, SaveWork} from './clear/state.js';
import type {CollectState} from './collect/state.js';
import type {ConfigureState} from './configure/state.js';
import type {FetchState} from './fetch/state.js';
import type {TokenResult} from '../oauth/types.js';
import type {DoneState} from './state.js';
import type {Settled} from './shared/base.js';
import type {ProfilesState} from './profiles/state.js';
import type {ProviderState} from './provider/state.js';
import {buildRequest, resolvedTokenName} from './rules/configure-rules.js';
import {baseOf, settledOf, type Base} from './shared/base.js';
import {noFate} from './shared/fate.js';
import {idle, startWork} from './shared/work.js';

// Entering each step, from what was typed and chosen so far: every move between steps is one of these.

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
	const isText = focus !== 'auth' && focus !== 'rememberSecret';
	return {...baseOf(state), step: 'configure', kind, focus, isSelected: options.select === true && isText && state.config[focus] !== ''};
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
