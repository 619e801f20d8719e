import {CancelledError, errorText, OAuthError, type AppError} from '../errors/app-error.js';
import type {Lang} from '../i18n/lang.js';
import {formatDuration, formatRelative, type TimeOptions} from '../i18n/time.js';
import {wizardMessages, wizardTextFor} from '../i18n/text.js';
import {extraTextFor} from '../i18n/text.js';
import type {ConfigureField} from '../model/configure-fields.js';
import type {ProfileNetwork} from '../model/net-options.js';
import {claimedKind, providerKindClaims} from '../model/provider-claims.js';
import type {ProviderKind} from '../model/provider-kind.js';
import {stepIds, type CollectField} from '../model/steps.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import type {IssuedWith} from '../profiles/profile.js';
import {displayLine} from '../text/display.js';
import {urlHost} from '../url/url-host.js';
import {parseUrl} from '../url/url-rules.js';
import type {Credentials} from './credentials.js';
import {baseOf, networkOf, settledOf, toClear, toCollect, toConfigure, toFetching, withKind} from './moves.js';
import {driftOf, reduceSync, startSync, syncBindings, type SyncAction} from './profile-sync.js';
import {answerWork, idle, type FetchState, type GlobalAction, type WizardState} from './state.js';
import {backBinding, quitBinding, type Binding, type Row, type ViewLine} from './view-lines.js';

// Step 5: Postman's "Get New Access Token", and what came of it.

/** From the Fetch or Copy screen: the kind the token's claims name becomes the answer of step 2. */
export type KindSwitch = Readonly<{type: 'provider/switch'; kind: ProviderKind}>;

export type FetchAction =
	| Readonly<{type: 'fetch/succeeded'; id: number; result: TokenResult}>
	| Readonly<{type: 'fetch/failed'; id: number; error: AppError}>
	| Readonly<{type: 'fetch/retry'; at: number}>
	/** Back to the step at fault for the failure (stepAtFault). */
	| Readonly<{type: 'fetch/edit'}>
	/** Postman's "Proceed", once the token is there. */
	| Readonly<{type: 'fetch/proceed'}>
	| KindSwitch
	| SyncAction;

export function reduceFetch(state: FetchState, action: FetchAction | GlobalAction): WizardState {
	const {call} = state;
	switch (action.type) {
		case 'back':
			// Esc while the request runs cancels it, shown as a failure so retry and edit stay one key away.
			if (call.status === 'running') return {...state, call: {status: 'failed', job: call.job, error: cancelledRequest()}};
			return toClear(state, state.kind);
		case 'fetch/succeeded':
		case 'fetch/failed': {
			const answered = answerWork(call, action);
			if (answered === call || answered.status === 'idle') return state;
			const next = {...state, call: answered};
			// The profile must hold what worked: a Client Secret it keeps, fixed in this run, is
			// written back at once (URLs and the rest are offered with s).
			return answered.status === 'done' && driftOf(next).includes('clientSecret') ? startSync(next, ['clientSecret']) : next;
		}
		case 'fetch/retry':
			return call.status === 'failed' ? toFetching(state, state.kind, action.at) : state;
		case 'fetch/edit': {
			if (call.status !== 'failed') return state;
			const target = stepAtFault(call.error, state.values);
			// The value at fault, selected: typing the right one replaces it.
			return target.step === 'collect' ? toCollect(state, target.field, {select: true}) : toConfigure(state, state.kind, target.field, {select: true});
		}
		case 'provider/switch':
			return call.status === 'done' && action.kind !== state.kind ? {...state, ...withKind(state, action.kind)} : state;
		case 'fetch/proceed':
			if (call.status !== 'done') return state;
			return {...baseOf(state), ...settledOf(state), step: 'copy', result: call.result, output: idle, verification: idle, file: idle, phase: 'shown'};
		default:
			return reduceSync(state, action) ?? state;
	}
}

export function fetchBindings(state: FetchState): ReadonlyArray<Binding<FetchAction | GlobalAction>> {
	switch (state.call.status) {
		case 'running':
			return [{...backBinding, label: 'cancel'}];
		case 'done':
			return [
				{keys: ['enter'], label: 'proceed', shown: n => n.enter, action: () => ({type: 'fetch/proceed'})},
				...switchKindBindings(state.call.result, state.kind),
				...syncBindings(state),
				quitBinding,
				backBinding,
			];
		case 'failed':
			return [
				{keys: ['r'], label: 'retry', shown: () => 'r', action: at => ({type: 'fetch/retry', at})},
				{keys: ['e', 'enter'], label: 'edit', shown: () => 'e', action: () => ({type: 'fetch/edit'})},
				quitBinding,
				backBinding,
			];
	}
}

export type FetchEffect = Readonly<{
	type: 'fetch';
	id: number;
	request: TokenRequest;
	network: ProfileNetwork;
	/** The profile whose history records the token (metadata only), if any. */
	profile: string | undefined;
	tokenName: string;
	/** The URLs this run uses, for the record: they may not be the profile's own. */
	issuedWith: IssuedWith;
}>;

export function fetchEffect(state: FetchState): FetchEffect | undefined {
	const {call} = state;
	if (call.status !== 'running') return undefined;
	const issuedWith = {tokenUrl: state.request.tokenUrl, ...(state.values.baseUrl ? {baseUrl: state.values.baseUrl} : {})};
	return {type: 'fetch', id: call.id, request: state.request, network: networkOf(state), profile: state.profile?.name, tokenName: state.tokenName, issuedWith};
}

/** Esc while the request runs: shown like any failure, so retry, edit and quit stay at hand. */
function cancelledRequest(): AppError {
	return new CancelledError(wizardMessages.cancelled, {reason: 'cancelled'});
}

/** Where "edit" takes the user after a failed request. */
export type FaultTarget = Readonly<{step: 'collect'; field: CollectField}> | Readonly<{step: 'configure'; field: ConfigureField}>;

/**
 * The step (and field) most likely to hold the cause of `error`, from its reason:
 * - invalid_scope: the scope.
 * - another OAuth error (invalid_request, unsupported_grant_type…): what step 3 adds to the
 *   request, the extra parameters.
 * - invalid_client (or a refusal without a reason): the Client ID. The engine already retried the
 *   other Basic encoding, so what is left is a wrong or mistyped ID or secret, or credentials of the
 *   other provider kind; from the ID, Enter walks through the secret, the kind and the client
 *   authentication, each kept as typed: every cause in one pass.
 * - a connection refused or a name not found on the Segura URL's own server (with `values`): the
 *   Segura URL. The server moved or was mistyped; the Base URL and Token URL proposed from the
 *   new one follow it, as in step 1 (a profile's old ones would otherwise stay).
 * - anything else (network, TLS, 404, a redirect, an HTML page, 403, 5xx, a timeout, a cancel):
 *   the Token URL (its host, path or scheme), one Back away from the Segura URL and Base URL.
 */
export function stepAtFault(error: AppError, values?: Credentials): FaultTarget {
	if ((error.reason === 'refused' || error.reason === 'dns') && values && isOnSeguraHost(values)) return {step: 'collect', field: 'seguraUrl'};
	switch (error.reason) {
		case 'invalid_scope':
			return {step: 'configure', field: 'scope'};
		case 'oauth_error':
			return {step: 'configure', field: 'params'};
		case 'invalid_client':
			return {step: 'collect', field: 'clientId'};
		case undefined:
			return error instanceof OAuthError ? {step: 'collect', field: 'clientId'} : {step: 'collect', field: 'tokenUrl'};
		default:
			return {step: 'collect', field: 'tokenUrl'};
	}
}

/** The Token URL is on the Segura URL's server (as Segura's documented URLs are). */
function isOnSeguraHost(values: Credentials): boolean {
	const segura = parseUrl(values.seguraUrl);
	const token = parseUrl(values.tokenUrl);
	return segura !== undefined && token !== undefined && segura.host === token.host;
}

/** The kind the token says issued it, when it is not the kind chosen in step 2; undefined otherwise. */
export function otherKindOf(result: TokenResult, chosen: ProviderKind): ProviderKind | undefined {
	const claimed = claimedKind(result.claims);
	return claimed !== undefined && claimed !== chosen ? claimed : undefined;
}

/** The key that switches step 2 to the kind the token names, when they differ. */
export function switchKindBindings(result: TokenResult, chosen: ProviderKind): ReadonlyArray<Binding<KindSwitch>> {
	const other = otherKindOf(result, chosen);
	return other ? [{keys: ['k', 'm'], label: 'switchKind', shown: n => n.switchKind, action: () => ({type: 'provider/switch', kind: other})}] : [];
}

/**
 * The manual's warning, enforced: the token's claims name the other provider kind. Both kinds are
 * named, what goes wrong is said, and the key that switches step 2 is offered.
 */
export function kindWarning(result: TokenResult, chosen: ProviderKind, lang: Lang): ViewLine | undefined {
	const other = otherKindOf(result, chosen);
	if (!other) return undefined;
	const text = wizardTextFor(lang);
	// Inside a sentence: "the provider of third-party users".
	const named = (kind: ProviderKind) => text.kinds[kind].charAt(0).toLocaleLowerCase(lang) + text.kinds[kind].slice(1);
	return {tone: 'warning', text: text.kindMismatch(named(other), named(chosen))};
}

export type FetchingView = Readonly<{text: string; seconds: number}>;

/** The spinner's line; `now` is the wall clock in ms. */
export function fetchingView(state: FetchState, now: number, lang: Lang = state.lang): FetchingView {
	const startedAt = state.call.job.startedAt;
	const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
	return {text: wizardTextFor(lang).fetching(displayLine(urlHost(state.request.tokenUrl)), seconds), seconds};
}

export type ResultView = Readonly<{
	title: string;
	/** The token's claims name the other provider kind than step 2's. */
	kindWarning: ViewLine | undefined;
	rows: readonly Row[];
	claimsTitle: string | undefined;
	claims: readonly Row[];
	/** Set when the engine had to retry with the other Basic encoding. */
	retriedNote: string | undefined;
}>;

const timeClaims = new Set(['exp', 'iat', 'nbf', 'auth_time']);

/** A JWT time (seconds since 1970) as a date, when it is one a clock can show. */
function claimDate(value: number): Date | undefined {
	const date = new Date(value * 1000);
	return Number.isFinite(date.getTime()) ? date : undefined;
}

// Claims are the server's words, keys and values alike: each is one display-safe line.
function claimValue(name: string, value: unknown, lang: Lang, options: TimeOptions): string {
	if (typeof value === 'string') return displayLine(value, 200);
	const date = typeof value === 'number' && timeClaims.has(name) ? claimDate(value) : undefined;
	if (date) return formatRelative(date, lang, options);
	return displayLine(JSON.stringify(value) ?? String(value), 200);
}

/** "Authentication complete" and what the server said about the token (never the token itself). */
export function resultView(result: TokenResult, tokenName: string, kind: ProviderKind, lang: Lang, options: TimeOptions = {}): ResultView {
	const text = wizardTextFor(lang);
	const rows: Row[] = [
		{label: text.result.tokenName, value: displayLine(tokenName)},
		{label: text.result.tokenType, value: result.tokenType},
	];
	if (result.expiresIn !== undefined) rows.push({label: text.result.lifetime, value: formatDuration(result.expiresIn)});
	if (result.unusableExpiresIn !== undefined) rows.push({label: text.result.lifetime, value: text.result.unknownLifetime(result.unusableExpiresIn)});
	if (result.expiresAt) rows.push({label: text.result.expires, value: formatRelative(result.expiresAt, lang, options)});
	if (result.scope) rows.push({label: text.result.scope, value: result.scope});
	const claims = Object.entries(result.claims ?? {})
		.sort(([a], [b]) => claimRank(a) - claimRank(b))
		.map(([name, value]) => ({label: displayLine(name, 40), value: claimValue(name, value, lang, options)}));
	return {
		title: text.complete,
		kindWarning: kindWarning(result, kind, lang),
		rows,
		claimsTitle: claims.length > 0 ? text.result.claims : undefined,
		claims,
		retriedNote: result.retriedWith ? text.retriedWith(result.retriedWith) : undefined,
	};
}

export type FailureView = Readonly<{
	title: string;
	message: string;
	hint: string | undefined;
	editNote: string;
	/** The server of a profile in use refused or is unknown: the profile keeps that address, and how to move it. */
	profileNote: string | undefined;
}>;

/**
 * The engine's own message and hint, and where "edit" goes; with the run's values, the Segura
 * URL for a server that refused or is not found, and a word about the profile that keeps it.
 */
export function failureView(error: AppError, lang: Lang, state?: Pick<FetchState, 'values' | 'profile'>): FailureView {
	const text = wizardTextFor(lang);
	const target = stepAtFault(error, state?.values);
	const field = target.step === 'collect' ? text.fields[target.field].label : text.configureFields[target.field].label;
	const goesTo = text.editGoesTo(field, stepIds.indexOf(target.step) + 1, text.steps[target.step]);
	const isSegura = target.step === 'collect' && target.field === 'seguraUrl';
	return {
		title: text.failedTitle,
		message: errorText(error, lang).message,
		hint: errorText(error, lang).hint,
		editNote: isSegura ? `${goesTo} ${extraTextFor(lang).followsSegura}` : goesTo,
		profileNote: isSegura && state?.profile ? extraTextFor(lang).profileAddress(displayLine(state.profile.name)) : undefined,
	};
}

// What tells an admin whose token this is comes first: on a narrow screen the last claims give way.
const claimOrder: readonly string[] = [...providerKindClaims, 'client_id', 'sub', 'aud', 'iss', 'exp', 'iat', 'nbf', 'scope'];

function claimRank(name: string): number {
	const at = claimOrder.indexOf(name);
	return at < 0 ? claimOrder.length : at;
}
