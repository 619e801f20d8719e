import type {Lang} from '../i18n/lang.js';
import {formatExpiry, type TimeOptions} from '../i18n/time.js';
import {wizardTextFor} from '../i18n/wizard.js';
import {stepIds, type StepId} from '../model/steps.js';
import {displayLine} from '../text/display.js';
import {urlHost} from '../url/url-host.js';
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
		case 'collect': {
			// With a profile the wizard may open at step 5: its name and host say which one it used
			// (the secret came with it), on one line that fits 80 columns.
			if (state.profile) return [text.profiles.inUse(displayLine(state.profile.name)), displayLine(urlHost(values.seguraUrl)), displayLine(values.clientId)].join(' · ');
			return [displayLine(values.seguraUrl), displayLine(values.clientId), mask(values.clientSecret)].join(' · ');
		}
		case 'provider':
			return kind ? text.kinds[kind] : undefined;
		case 'configure': {
			if (!kind) return undefined;
			const params = formatParams(parseParams(config.params).params);
			return [resolvedTokenName(config, kind, state.today, state.lang), text.authShort[config.auth], config.scope.trim(), params]
				.filter(Boolean)
				.map(part => displayLine(part))
				.join(' · ');
		}
		case 'clear':
			return text.clearTitle;
		case 'fetch': {
			if (state.step !== 'copy' && state.step !== 'done') return undefined;
			const {tokenType, expiresAt} = state.result;
			return expiresAt ? `${tokenType} · ${formatExpiry(expiresAt, lang, options)}` : `${tokenType} · ${text.complete}`;
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
