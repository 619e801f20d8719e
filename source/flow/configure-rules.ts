import type {Lang} from '../i18n/lang.js';
import {formatDay} from '../i18n/time.js';
import {wizardText} from '../i18n/text.js';
import {configIssues, requestPart, type ConfigDraft, type ConfigureField} from '../model/configure-fields.js';
import type {Issue} from '../model/issues.js';
import type {ProviderKind} from '../model/provider-kind.js';
import type {TokenRequest} from '../oauth/types.js';
import {profileNameProblem} from '../profiles/profile-name.js';
import {sameClientOtherKind} from '../profiles/same-client-other-kind.js';
import type {Credentials} from './credentials.js';

// Step 3's rules where they need more than its table (model/configure-fields.ts): the language
// of the default token name, the saved profiles, the values of step 1.

/** A descriptive default, as the manual asks, in the user's language: `okta-scim internal 2026-11-28`, `okta-scim internos 28/11/2026`. */
export function defaultTokenName(kind: ProviderKind, today: Date, lang: Lang): string {
	return `okta-scim ${wizardText[lang].tokenNameKinds[kind]} ${formatDay(today, lang)}`;
}

export function resolvedTokenName(config: ConfigDraft, kind: ProviderKind, today: Date, lang: Lang): string {
	return config.tokenName.trim() || defaultTokenName(kind, today, lang);
}

type Saved = Readonly<{name: string; clientId: string; kind: ProviderKind}>;

/** What step 3 checks a profile name and the Client ID against: the saved profiles, less the one being edited. */
export type SaveContext = Readonly<{profiles: readonly Saved[]; editing: string | undefined; clientId: string; kind: ProviderKind | undefined}>;

/** What step 3 checks against: the saved profiles, less the one being edited. */
export function saveContextOf(state: Readonly<{profiles: readonly Saved[]; profile: Readonly<{name: string}> | undefined; values: Credentials; kind: ProviderKind | undefined}>): SaveContext {
	return {profiles: state.profiles, editing: state.profile?.name, clientId: state.values.clientId, kind: state.kind};
}

/** The issues of each field: its table's check, a profile name against the saved ones. */
export function fieldIssues(config: ConfigDraft, context: SaveContext): Readonly<Record<ConfigureField, readonly Issue[]>> {
	return configIssues(config, {nameProblem: name => profileNameProblem(name, context.profiles, context.editing)});
}

/** This Client ID saved under the other provider kind: a warning on step 3, saved or not. */
export function otherKindIssues(context: SaveContext): Issue[] {
	const other = sameClientOtherKind(context.profiles, context.clientId, context.kind, context.editing);
	return other ? [{level: 'warning', code: 'same-client-other-kind', detail: other.name}] : [];
}

/** The request the fetch step sends, from values that passed validation: step 1's, and what step 3's table adds. */
export function buildRequest(values: Credentials, config: ConfigDraft): TokenRequest {
	const {auth = 'basic', encoding = 'rfc', scope, params = []} = requestPart(config);
	return {
		tokenUrl: values.tokenUrl,
		clientId: values.clientId,
		clientSecret: values.clientSecret,
		auth,
		encoding,
		...(scope ? {scope} : {}),
		...(params.length === 0 ? {} : {params}),
	};
}
