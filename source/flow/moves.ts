import type {ProviderKind} from '../model/provider-kind.js';
import type {CollectField, ConfigureField} from '../model/steps.js';
import type {ClearState, SaveWork} from './clear/state.js';
import type {CollectState} from './collect/state.js';
import type {ConfigureState} from './configure/state.js';
import type {FetchState} from './fetch/state.js';
import type {ProfilesState} from './profiles/state.js';
import type {ProviderState} from './provider/state.js';
import {buildRequest, resolvedTokenName} from './rules/configure-rules.js';
import {baseOf, type Base} from './shared/base.js';
import {idle, startWork} from './shared/work.js';

// Entering each step, from what was typed and chosen so far: every move between steps is one of these.

export function toProfiles(state: Base, highlight = 0): ProfilesState {
	return {...baseOf(state), step: 'profiles', highlight: Math.min(highlight, state.profiles.length), removal: idle};
}

export function toCollect(state: Base, field: CollectField): CollectState {
	return {...baseOf(state), step: 'collect', field, draft: state.values[field], tried: false, isSecretRevealed: false};
}

export function toProvider(state: Base): ProviderState {
	return {...baseOf(state), step: 'provider', highlight: state.kind ?? 'internal'};
}

export function toConfigure(state: Base, kind: ProviderKind, focus: ConfigureField = 'tokenName'): ConfigureState {
	return {...baseOf(state), step: 'configure', kind, focus};
}

export function toClear(state: Base, kind: ProviderKind, save: SaveWork = idle): ClearState {
	return {...baseOf(state), step: 'clear', kind, save};
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
		tokenName: resolvedTokenName(base.config, kind, base.today),
		call: work,
	};
}
