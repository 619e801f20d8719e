import type {ProviderKind} from '../provider-kind.js';
import {buildRequest, resolvedTokenName} from './configure-rules.js';
import type {
	ClearState,
	CollectState,
	ConfigureState,
	FetchState,
	ProfilesState,
	ProviderState,
	SaveOutput,
	WizardState,
} from './state.js';
import type {CollectField, ConfigureField} from './steps.js';

/** The part of a state that survives every move: what was typed and chosen. */
export type BaseOf = Pick<
	WizardState,
	'lang' | 'today' | 'demo' | 'values' | 'kind' | 'config' | 'seq' | 'profiles' | 'profile' | 'network' | 'storePath'
>;

// Copied field by field so nothing of the step being left (a token, an error) leaks into the next.
export function baseOf(state: BaseOf): BaseOf {
	const {lang, today, demo, values, kind, config, seq, profiles, profile, network, storePath} = state;
	return {lang, today, demo, values, kind, config, seq, profiles, profile, network, storePath};
}

export function toProfiles(state: BaseOf, highlight = 0): ProfilesState {
	return {...baseOf(state), step: 'profiles', highlight: Math.min(highlight, state.profiles.length), removal: {status: 'none'}};
}

export function toCollect(state: BaseOf, field: CollectField): CollectState {
	return {...baseOf(state), step: 'collect', field, draft: state.values[field], tried: false, isSecretRevealed: false};
}

export function toProvider(state: BaseOf): ProviderState {
	return {...baseOf(state), step: 'provider', highlight: state.kind ?? 'internal'};
}

export function toConfigure(state: BaseOf, kind: ProviderKind, focus: ConfigureField = 'tokenName'): ConfigureState {
	return {...baseOf(state), step: 'configure', kind, focus};
}

export function toClear(state: BaseOf, kind: ProviderKind, save: SaveOutput = {status: 'none'}): ClearState {
	return {...baseOf(state), step: 'clear', kind, save};
}

/** Starts a request: a new effect id, the request fixed from what was typed. */
export function toFetching(state: BaseOf, kind: ProviderKind, at: number): FetchState {
	const base = baseOf(state);
	const id = base.seq + 1;
	return {
		...base,
		seq: id,
		kind,
		step: 'fetch',
		request: buildRequest(base.values, base.config),
		tokenName: resolvedTokenName(base.config, kind, base.today),
		phase: 'fetching',
		id,
		startedAt: at,
	};
}
