import type {Lang} from '../i18n/lang.js';
import {formatExpiry, type TimeOptions} from '../i18n/time.js';
import {wizardTextFor} from '../i18n/text.js';
import {formatParams, parseParams} from '../model/extra-params.js';
import {stepIds, type StepId} from '../model/steps.js';
import {displayLine} from '../text/display.js';
import {urlHost} from '../url/url-host.js';
import {resolvedTokenName} from './configure-rules.js';
import {mask, maskToken} from './credentials.js';
import type {WizardState} from './state.js';

// Above every step: where the wizard is (the step line), and what each finished step came to.

export type StepStatus = 'done' | 'current' | 'todo';

export type StepItem = Readonly<{id: StepId; number: number; name: string; status: StepStatus; text: string}>;

/** Which of the six steps the state is in (0-5); 6 once the wizard is over; -1 before step 1. */
export function stepIndex(state: WizardState): number {
	if (state.step === 'profiles') return -1;
	return state.step === 'done' || state.step === 'quit' ? stepIds.length : stepIds.indexOf(state.step);
}

/** The indicator's items; `text` marks the status with symbols, so colour is never needed. */
export function stepItems(state: WizardState, lang: Lang = state.lang): readonly StepItem[] {
	const current = stepIndex(state);
	const names = wizardTextFor(lang).steps;
	return stepIds.map((id, index) => {
		const number = index + 1;
		const name = names[id];
		const status: StepStatus = index < current ? 'done' : index === current ? 'current' : 'todo';
		const text = status === 'current' ? `[${number} ${name}]` : status === 'done' ? `${number} ${name} ✔` : `${number} ${name}`;
		return {id, number, name, status, text};
	});
}

/**
 * "1 Collect ✔ · 2 Provider ✔ · [3 Configure] · 4 Clear · 5 Fetch · 6 Copy", or, when that is
 * wider than `width` columns, "Step 3/6 · Configure"; before step 1 (the saved profiles, whose
 * title is right below), nothing then: a face leaves the line out.
 */
export function stepLine(state: WizardState, lang: Lang = state.lang, width = 80): string {
	const items = stepItems(state, lang);
	const full = items.map(item => item.text).join(' · ');
	if (full.length <= width) return full;
	if (state.step === 'profiles') return '';
	const current = items.find(item => item.status === 'current') ?? items.at(-1)!;
	return wizardTextFor(lang).stepCompact(current.number, items.length, current.name);
}

/**
 * One part of a summary line, most useful first. `isKept`: never left out for want of room (the
 * profile's name, the host, the time left); `short`: the same in fewer columns, for a narrow
 * screen; `joiner`: what goes before it (" · " unless said, ", " for the clock after the time left).
 */
export type SummaryItem = Readonly<{text: string; short?: string; isKept?: boolean; joiner?: string}>;

/** A finished step: its name and what it came to, as items, and joined whole (`value`). */
export type Summary = Readonly<{step: StepId; name: string; value: string; items: readonly SummaryItem[]}>;

const separator = ' · ';

function joined(items: readonly SummaryItem[], form: 'text' | 'short' = 'text'): string {
	return items.map((item, index) => `${index === 0 ? '' : (item.joiner ?? separator)}${form === 'short' ? (item.short ?? item.text) : item.text}`).join('');
}

/** "expires in 59 min" and ", at 18:31 UTC-03:00": the time left is kept, the clock time may go. */
function expiryItems(expiresAt: Date, lang: Lang, options: TimeOptions): SummaryItem[] {
	const phrase = formatExpiry(expiresAt, lang, options);
	const at = phrase.indexOf(', ');
	if (at < 0) return [{text: phrase, isKept: true}];
	return [
		{text: phrase.slice(0, at), isKept: true},
		{text: phrase.slice(at + 2), joiner: ', '},
	];
}

function items(state: WizardState, step: StepId, lang: Lang, options: TimeOptions): SummaryItem[] | undefined {
	const text = wizardTextFor(lang);
	const {values, config, kind} = state;
	switch (step) {
		case 'collect': {
			// With a profile the wizard may open at step 5: its name and the host the token comes
			// from say which one it used (the secret came with it).
			if (state.profile) {
				const name = displayLine(state.profile.name);
				return [
					{text: text.profiles.inUse(name), short: `"${name}"`, isKept: true},
					{text: displayLine(urlHost(values.tokenUrl)), isKept: true},
					{text: displayLine(values.clientId)},
				];
			}
			return [
				{text: displayLine(values.seguraUrl), short: displayLine(urlHost(values.seguraUrl)), isKept: true},
				{text: displayLine(values.clientId)},
				{text: mask(values.clientSecret)},
			];
		}
		case 'provider':
			return kind ? [{text: text.kinds[kind]}] : undefined;
		case 'configure': {
			if (!kind) return undefined;
			const params = formatParams(parseParams(config.params).params);
			return [resolvedTokenName(config, kind, state.today, state.lang), text.authShort[config.auth], config.scope.trim(), params]
				.filter(Boolean)
				.map(part => ({text: displayLine(part)}));
		}
		case 'clear':
			return [{text: text.clearTitle}];
		case 'fetch': {
			if (state.step !== 'copy' && state.step !== 'done') return undefined;
			const {tokenType, expiresAt} = state.result;
			return expiresAt ? [...expiryItems(expiresAt, lang, options), {text: tokenType}] : [{text: tokenType}, {text: text.complete}];
		}
		case 'copy':
			return state.step === 'done' ? [{text: maskToken(state.result.accessToken)}, {text: text.addedTitle}] : undefined;
	}
}

/**
 * What each finished step came to, in order, for the collapsed "✔ Step: value" lines. Secrets are
 * masked: the client secret as bullets, the token as bullets and its last four characters.
 */
export function summaries(state: WizardState, lang: Lang = state.lang, options: TimeOptions = {}): readonly Summary[] {
	const names = wizardTextFor(lang).steps;
	const done = stepIds.slice(0, Math.max(0, stepIndex(state)));
	return done.flatMap(step => {
		const list = items(state, step, lang, options);
		return list === undefined ? [] : [{step, name: names[step], value: joined(list), items: list}];
	});
}

const columns = (text: string) => [...text].length;

/**
 * "✔ Step: value" in at most `width` columns: whole items are left out from the right (never one
 * kept), then the kept ones take their short forms, and only then is the end cut, with "…". So a
 * narrow screen still shows the profile's name, the host and the time left.
 */
export function summaryLine(summary: Summary, width: number): string {
	const head = `✔ ${summary.name}: `;
	for (const form of ['text', 'short'] as const) {
		let list = summary.items;
		while (columns(head + joined(list, form)) > width && list.length > 1 && !list.at(-1)!.isKept) list = list.slice(0, -1);
		const line = head + joined(list, form);
		if (columns(line) <= width) return line;
	}
	const kept = summary.items.filter((item, index) => index === 0 || item.isKept);
	const line = head + joined(kept, 'short');
	return columns(line) <= width ? line : `${[...line].slice(0, Math.max(0, width - 1)).join('')}…`;
}
