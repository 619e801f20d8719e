import {errorText, type AppError} from '../../errors/app-error.js';
import {providerKindClaims} from '../rules/provider-claims.js';
import type {Lang} from '../../i18n/lang.js';
import {formatDuration, formatRelative, type TimeOptions} from '../../i18n/time.js';
import {extraTextFor, wizardTextFor} from '../../i18n/text.js';
import {stepIds} from '../../model/steps.js';
import type {TokenResult} from '../../oauth/types.js';
import {displayLine} from '../../text/display.js';
import {urlHost} from '../../url/url-host.js';
import type {ProviderKind} from '../../model/provider-kind.js';
import {kindWarning} from '../shared/kind-check.js';
import type {Row, ViewLine} from '../shared/line.js';
import type {FetchState} from './state.js';
import {stepAtFault} from './step-at-fault.js';

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
