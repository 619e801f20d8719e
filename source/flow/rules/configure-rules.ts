import {authOf, type ClientAuthChoice, type RememberChoice} from '../../model/client-auth.js';
import type {Lang} from '../../i18n/lang.js';
import {formatDay} from '../../i18n/time.js';
import {wizardText} from '../../i18n/text.js';
import type {Issue} from '../../model/issues.js';
import type {ProviderKind} from '../../model/provider-kind.js';
import type {ConfigureField} from '../../model/steps.js';
import type {TokenRequest} from '../../oauth/types.js';
import {profileNameProblem} from '../../profiles/profile-name.js';
import {sameClientOtherKind} from '../../profiles/same-client-other-kind.js';
import type {Credentials} from './check-field.js';
import {parseParams} from './extra-params.js';

/**
 * Step 3 as typed. An empty token name means the default one (shown as the placeholder); an
 * empty profile name means "do not save".
 */
export type ConfigDraft = Readonly<{
	tokenName: string;
	auth: ClientAuthChoice;
	scope: string;
	params: string;
	profileName: string;
	/** Keep the Client Secret in the profile (plain text, readable only by this user). */
	rememberSecret: RememberChoice;
}>;

// The manual's choice: "Send as Basic Auth header"; the engine retries the other encoding on 401.
export const defaultConfig: ConfigDraft = {tokenName: '', auth: 'basic-rfc', scope: '', params: '', profileName: '', rememberSecret: 'no'};

/** A descriptive default, as the manual asks, in the user's language: `okta-scim internal 2026-11-28`, `okta-scim internos 28/11/2026`. */
export function defaultTokenName(kind: ProviderKind, today: Date, lang: Lang): string {
	return `okta-scim ${wizardText[lang].tokenNameKinds[kind]} ${formatDay(today, lang)}`;
}

export function resolvedTokenName(config: ConfigDraft, kind: ProviderKind, today: Date, lang: Lang): string {
	return config.tokenName.trim() || defaultTokenName(kind, today, lang);
}

type Saved = Readonly<{name: string; clientId: string; kind: ProviderKind}>;

/** What step 3 checks a profile name against: the saved profiles, less the one being edited. */
export type SaveContext = Readonly<{profiles: readonly Saved[]; editing: string | undefined; clientId: string; kind: ProviderKind | undefined}>;

function profileNameIssues(config: ConfigDraft, context: SaveContext): Issue[] {
	const name = config.profileName.trim();
	if (name === '') return [];
	const problem = profileNameProblem(name, context.profiles, context.editing);
	if (!problem) return [];
	return [problem.problem === 'invalid' ? {level: 'error', code: 'profile-name-invalid'} : {level: 'error', code: 'profile-name-taken', detail: problem.name}];
}

/** This Client ID saved under the other provider kind: a warning on step 3, saved or not. */
export function otherKindIssues(context: SaveContext): Issue[] {
	const other = sameClientOtherKind(context.profiles, context.clientId, context.kind, context.editing);
	return other ? [{level: 'warning', code: 'same-client-other-kind', detail: other.name}] : [];
}

const noProfiles: SaveContext = {profiles: [], editing: undefined, clientId: '', kind: undefined};

/** The issues of each editable field: the extra parameters and the profile name can be wrong. */
export function configIssues(config: ConfigDraft, context: SaveContext = noProfiles): Readonly<Record<ConfigureField, readonly Issue[]>> {
	return {
		tokenName: [],
		auth: [],
		scope: [],
		params: parseParams(config.params).issues,
		profileName: profileNameIssues(config, context),
		rememberSecret: [],
	};
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
