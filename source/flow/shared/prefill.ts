import {choiceOf, type BasicEncoding, type ClientAuth} from '../../model/client-auth.js';
import type {ProviderKind} from '../../model/provider-kind.js';
import {collectFields} from '../../model/steps.js';
import {emptyCredentials, type Credentials} from '../rules/check-field.js';
import {defaultConfig, type ConfigDraft} from '../rules/configure-rules.js';
import {formatParams, type Param} from '../rules/extra-params.js';

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
