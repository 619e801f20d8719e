import type {BasicEncoding, ClientAuth} from '../oauth/types.js';
import type {ProviderKind} from '../provider-kind.js';
import {checkField, emptyCredentials, type Credentials} from './check-field.js';
import {choiceOf, configIssues, defaultConfig, saveContextOf, type ConfigDraft} from './configure-rules.js';
import {formatParams, type Param} from './extra-params.js';
import {hasErrors} from './issues.js';
import type {WizardState} from './state.js';
import {collectFields, configureFields} from './steps.js';
import {toClear, toCollect, toConfigure, toProvider, type BaseOf} from './transitions.js';

/** A full set of values, from a saved profile. The secret is absent when it was not remembered. */
export type Prefill = Readonly<{
	values: Readonly<Partial<Credentials>>;
	kind?: ProviderKind;
	config?: Readonly<{
		tokenName?: string;
		auth?: ClientAuth;
		encoding?: BasicEncoding;
		scope?: string;
		params?: readonly Param[];
	}>;
}>;

export function configOf(prefill: Prefill): ConfigDraft {
	const config = prefill.config ?? {};
	return {
		...defaultConfig,
		tokenName: config.tokenName ?? defaultConfig.tokenName,
		auth: config.auth ? choiceOf(config.auth, config.encoding) : defaultConfig.auth,
		scope: config.scope ?? defaultConfig.scope,
		params: config.params ? formatParams(config.params) : defaultConfig.params,
	};
}

export function valuesOf(prefill: Prefill): Credentials {
	let values: Credentials = emptyCredentials;
	for (const field of collectFields) values = {...values, [field]: prefill.values[field] ?? ''};
	return values;
}

/**
 * Loads the values and lands on the step after the last one they complete: Clear (steps 1-3
 * done) when all is there and valid; otherwise the first field or step that needs the user, such
 * as the Client Secret of a profile that did not remember it, or a URL edited by hand into nonsense.
 */
export function applyPrefill(base: BaseOf, prefill: Prefill): WizardState {
	return resume({...base, values: valuesOf(prefill), kind: prefill.kind, config: configOf(prefill)});
}

/** Lands on the first field or step that needs the user, from values already in place. */
export function resume(state: BaseOf): WizardState {
	let {values} = state;
	for (const field of collectFields) {
		const check = checkField(field, values[field], values);
		if (hasErrors(check.issues)) return toCollect({...state, values}, field);
		values = {...values, [field]: check.value};
	}
	const filled = {...state, values};
	if (!state.kind) return toProvider(filled);
	const issues = configIssues(filled.config, saveContextOf(filled));
	const wrong = configureFields.find(field => hasErrors(issues[field]));
	if (wrong) return toConfigure(filled, state.kind, wrong);
	return toClear(filled, state.kind);
}
