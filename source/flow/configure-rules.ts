import type {BasicEncoding, ClientAuth, TokenRequest} from '../oauth/types.js';
import type {ProviderKind} from '../provider-kind.js';
import type {Credentials} from './check-field.js';
import {parseParams} from './extra-params.js';
import type {Issue} from './issues.js';
import type {ConfigureField} from './steps.js';

/** Postman's "Client Authentication", with the Basic header's two encodings as separate choices. */
export type ClientAuthChoice = 'basic-rfc' | 'basic-raw' | 'body';

export const clientAuthChoices: readonly ClientAuthChoice[] = ['basic-rfc', 'basic-raw', 'body'];

/** Step 3 as typed. An empty token name means the default one (shown as the placeholder). */
export type ConfigDraft = Readonly<{
	tokenName: string;
	auth: ClientAuthChoice;
	scope: string;
	params: string;
}>;

// The manual's choice: "Send as Basic Auth header"; the engine retries the other encoding on 401.
export const defaultConfig: ConfigDraft = {tokenName: '', auth: 'basic-rfc', scope: '', params: ''};

export function authOf(choice: ClientAuthChoice): Readonly<{auth: ClientAuth; encoding: BasicEncoding}> {
	if (choice === 'body') return {auth: 'body', encoding: 'rfc'};
	return {auth: 'basic', encoding: choice === 'basic-raw' ? 'raw' : 'rfc'};
}

export function choiceOf(auth: ClientAuth, encoding: BasicEncoding = 'rfc'): ClientAuthChoice {
	if (auth === 'body') return 'body';
	return encoding === 'raw' ? 'basic-raw' : 'basic-rfc';
}

/** A descriptive default, as the manual asks: `okta-scim internal 2026-11-28`. */
export function defaultTokenName(kind: ProviderKind, today: string): string {
	return `okta-scim ${kind} ${today}`;
}

/** The local calendar date, YYYY-MM-DD. */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function resolvedTokenName(config: ConfigDraft, kind: ProviderKind, today: string): string {
	return config.tokenName.trim() || defaultTokenName(kind, today);
}

/** The issues of each editable field. Only the extra parameters can be wrong. */
export function configIssues(config: ConfigDraft): Readonly<Record<ConfigureField, readonly Issue[]>> {
	return {tokenName: [], auth: [], scope: [], params: parseParams(config.params).issues};
}

/** The request the fetch step sends, from values that passed validation. */
export function buildRequest(values: Credentials, config: ConfigDraft): TokenRequest {
	const scope = config.scope.trim().split(/\s+/).filter(Boolean).join(' ');
	const {params} = parseParams(config.params);
	return {
		tokenUrl: values.tokenUrl,
		clientId: values.clientId,
		clientSecret: values.clientSecret,
		...authOf(config.auth),
		...(scope === '' ? {} : {scope}),
		...(params.length === 0 ? {} : {params}),
	};
}
