import type {Lang} from '../../i18n/lang.js';
import {extraTextFor, wizardTextFor} from '../../i18n/text.js';
import {displayLine} from '../../text/display.js';
import {parseUrl} from '../../url/url-rules.js';
import type {Credentials} from '../rules/check-field.js';
import {practiceOf, type Base, type DemoDetails, type SavedProfile, type Settled} from './base.js';
import type {ViewLine} from './line.js';
import {driftOf, savedInUse, type DriftField} from './profile-sync.js';
import {valuesOf} from './prefill.js';
import {errorText} from '../../errors/app-error.js';

function originOf(url: string): string | undefined {
	const parsed = parseUrl(url);
	return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.origin : undefined;
}

function hostOf(origin: string): string {
	return parseUrl(origin)?.host ?? origin;
}

/**
 * A profile saved against the practice server (one of its Client IDs) on another address than the
 * one it listens on now: where it was, and where it is. `demo --port`, `demo --reset` or a port
 * taken by another program move it; its Client IDs stay in practice.json.
 */
export function practiceMoveOf(saved: SavedProfile, demo: DemoDetails | undefined): Readonly<{from: string; to: string}> | undefined {
	if (!demo?.providers.some(provider => provider.clientId === saved.clientId)) return undefined;
	const from = originOf(saved.prefill.values.seguraUrl ?? '');
	const to = originOf(demo.seguraUrl);
	return from && to && from !== to ? {from, to} : undefined;
}

/**
 * The profile's values with the practice server's present address in place of the one it was saved
 * with: the Segura URL, and the Base and Token URL that were on the same address.
 */
export function movedToPractice(saved: SavedProfile, demo: DemoDetails | undefined): Credentials {
	const values = valuesOf(saved.prefill);
	const move = practiceMoveOf(saved, demo);
	if (!move) return values;
	const moved = (url: string) => (originOf(url) === move.from ? move.to + url.slice(move.from.length) : url);
	return {...values, seguraUrl: moved(values.seguraUrl), baseUrl: moved(values.baseUrl), tokenUrl: moved(values.tokenUrl)};
}

/** The profile keeps no secret and `demo` filled in the practice server's own. */
function isPracticeSecretFilled(state: Base, saved: SavedProfile): boolean {
	const practice = practiceOf(state);
	return !saved.hasSecret && practice !== undefined && state.values.clientId === practice.clientId && state.values.clientSecret === practice.clientSecret;
}

function fieldNames(fields: readonly DriftField[], lang: Lang): string[] {
	const text = wizardTextFor(lang);
	return fields.map(field => (field === 'kind' ? extraTextFor(lang).kindField : text.fields[field].label));
}

/** In `demo`, about the profile in use: that the practice server moved, and that its own secret was filled in. */
export function practiceLines(state: Base, lang: Lang): readonly ViewLine[] {
	const saved = savedInUse(state);
	if (!saved) return [];
	const extra = extraTextFor(lang);
	const name = displayLine(saved.name);
	const move = practiceMoveOf(saved, state.demo);
	return [
		...(move ? [{tone: 'notice', text: extra.practiceMoved(name, displayLine(hostOf(move.from)), displayLine(hostOf(move.to)))} as const] : []),
		...(isPracticeSecretFilled(state, saved) ? [{tone: 'notice', text: extra.practiceSecret(name)} as const] : []),
	];
}

/**
 * Once there is a token, what Fetch and Copy say about the profile in use: the values of this run
 * it does not keep (s saves them), and what became of saving them.
 */
export function profileLines(state: Base & Settled, lang: Lang, isTokenShown: boolean): readonly ViewLine[] {
	const saved = savedInUse(state);
	const extra = extraTextFor(lang);
	const lines: ViewLine[] = [];
	const name = displayLine(state.profile?.name ?? '');
	const {sync} = state;
	if (sync.status === 'running') lines.push({tone: 'progress', text: wizardTextFor(lang).save.running(name)});
	if (sync.status === 'done') lines.push({tone: 'success', text: extra.synced(name, fieldNames(sync.job.fields, lang))});
	if (sync.status === 'failed') lines.push({tone: 'error', text: wizardTextFor(lang).save.failed(errorText(sync.error, lang).message)});
	const drift = driftOf(state);
	if (isTokenShown && saved && sync.status !== 'running' && drift.length > 0) lines.push({tone: 'hint', text: extra.drift(name, fieldNames(drift, lang))});
	return lines;
}
