import type {BasicEncoding, ClientAuth, TokenRequest} from '../oauth/types.js';
import type {ProviderKind} from '../provider-kind.js';
import type {Credentials} from './check-field.js';
import {parseParams} from './extra-params.js';
import type {Issue} from './issues.js';
import type {SavedProfile, WizardState} from './state.js';
import type {ConfigureField} from './steps.js';

/** Postman's "Client Authentication", with the Basic header's two encodings as separate choices. */
export type ClientAuthChoice = 'basic-rfc' | 'basic-raw' | 'body';

export const clientAuthChoices: readonly ClientAuthChoice[] = ['basic-rfc', 'basic-raw', 'body'];

export type RememberChoice = 'no' | 'yes';

export const rememberChoices: readonly RememberChoice[] = ['no', 'yes'];

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

/** What step 3 checks a profile name against: the saved profiles, less the one being edited. */
export type SaveContext = Readonly<{profiles: readonly SavedProfile[]; editing: string | undefined; clientId: string; kind: ProviderKind | undefined}>;

const profileNamePattern = /^[A-Za-z0-9._-]{1,64}$/;

function profileNameIssues(config: ConfigDraft, context: SaveContext): Issue[] {
	const name = config.profileName.trim();
	if (name === '') return [];
	if (!profileNamePattern.test(name)) return [{level: 'error', code: 'profile-name-invalid'}];
	const lower = name.toLowerCase();
	const clash = context.profiles.find(profile => profile.name.toLowerCase() === lower);
	if (clash && clash.name.toLowerCase() !== context.editing?.toLowerCase()) {
		return [{level: 'error', code: 'profile-name-taken', detail: clash.name}];
	}
	return [];
}

/**
 * The manual's classic mistake: this Client ID is saved under the other provider kind. A warning,
 * shown on step 3 whether or not the user saves.
 */
export function sameClientOtherKind(context: SaveContext): Issue[] {
	const id = context.clientId.trim();
	const other = context.profiles.find(
		profile => profile.clientId.trim() === id && id !== '' && profile.kind !== context.kind && profile.name !== context.editing,
	);
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

export function saveContextOf(state: Pick<WizardState, 'profiles' | 'profile' | 'values' | 'kind'>): SaveContext {
	return {profiles: state.profiles, editing: state.profile?.name, clientId: state.values.clientId, kind: state.kind};
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
