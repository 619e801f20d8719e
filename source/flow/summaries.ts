import type {Lang} from '../i18n/lang.js';
import {formatClock, type TimeOptions} from '../i18n/time.js';
import {wizardTextFor} from '../i18n/wizard.js';
import {stepIds, type StepId} from '../model/steps.js';
import {displayLine} from '../text/display.js';
import {resolvedTokenName} from './rules/configure-rules.js';
import {formatParams, parseParams} from './rules/extra-params.js';
import {mask, maskToken} from './rules/mask.js';
import {stepIndex} from './step-bar.js';
import type {WizardState} from './state.js';

export type Summary = Readonly<{step: StepId; name: string; value: string}>;

function value(state: WizardState, step: StepId, lang: Lang, options: TimeOptions): string | undefined {
	const text = wizardTextFor(lang);
	const {values, config, kind} = state;
	switch (step) {
		case 'collect':
			return [displayLine(values.seguraUrl), displayLine(values.clientId), mask(values.clientSecret)].join(' · ');
		case 'provider':
			return kind ? text.kinds[kind] : undefined;
		case 'configure': {
			if (!kind) return undefined;
			const params = formatParams(parseParams(config.params).params);
			return [resolvedTokenName(config, kind, state.today), text.authShort[config.auth], config.scope.trim(), params]
				.filter(Boolean)
				.map(part => displayLine(part))
				.join(' · ');
		}
		case 'clear':
			return text.clearTitle;
		case 'fetch': {
			if (state.step !== 'copy' && state.step !== 'done') return undefined;
			const {tokenType, expiresAt} = state.result;
			return expiresAt ? `${tokenType} · ${text.result.expiresAt} ${formatClock(expiresAt, lang, options)}` : `${tokenType} · ${text.complete}`;
		}
		case 'copy':
			return state.step === 'done' ? `${maskToken(state.result.accessToken)} · ${text.addedTitle}` : undefined;
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
		const text = value(state, step, lang, options);
		return text === undefined ? [] : [{step, name: names[step], value: text}];
	});
}
