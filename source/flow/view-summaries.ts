import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/wizard.js';
import {displayLine} from '../text/display.js';
import {formatClock, type ViewOptions} from './format.js';
import {mask, maskToken} from './mask.js';
import type {WizardState} from './state.js';
import {stepIds, type StepId} from './steps.js';
import {stepIndex} from './view-steps.js';
import {formatParams, parseParams} from './extra-params.js';
import {resolvedTokenName} from './configure-rules.js';

export type Summary = Readonly<{step: StepId; name: string; value: string; line: string}>;

function value(state: WizardState, step: StepId, lang: Lang, options: ViewOptions): string | undefined {
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
			return expiresAt
				? `${tokenType} · ${text.result.expiresAt} ${formatClock(expiresAt, lang, options)}`
				: `${tokenType} · ${text.complete}`;
		}
		case 'copy':
			return state.step === 'done' ? `${maskToken(state.result.accessToken)} · ${text.addedTitle}` : undefined;
	}
}

/**
 * The collapsed "✔ value" lines of the finished steps, in order. Secrets are masked: the client
 * secret as bullets, the token as bullets and its last four characters.
 */
export function summaries(state: WizardState, lang: Lang = state.lang, options: ViewOptions = {}): readonly Summary[] {
	const names = wizardTextFor(lang).steps;
	const done = stepIds.slice(0, Math.max(0, stepIndex(state)));
	return done.flatMap(step => {
		const text = value(state, step, lang, options);
		return text === undefined ? [] : [{step, name: names[step], value: text, line: `✔ ${names[step]}: ${text}`}];
	});
}
