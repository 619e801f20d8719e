import type {Lang} from '../../i18n/lang.js';
import {wizardTextFor} from '../../i18n/text.js';
import {providerKinds, type ProviderKind} from '../../model/provider-kind.js';
import type {ProviderState} from './state.js';

/** The letter that picks each kind directly. */
export const providerKeys: Readonly<Record<ProviderKind, 'i' | 't'>> = {internal: 'i', 'third-party': 't'};

export type ProviderOption = Readonly<{kind: ProviderKind; key: string; label: string; isHighlighted: boolean}>;

export type ProviderView = Readonly<{question: string; warning: string; options: readonly ProviderOption[]}>;

export function providerView(state: ProviderState, lang: Lang = state.lang): ProviderView {
	const text = wizardTextFor(lang);
	return {
		question: text.providerQuestion,
		warning: text.providerWarning,
		options: providerKinds.map(kind => ({kind, key: providerKeys[kind], label: text.kinds[kind], isHighlighted: state.highlight === kind})),
	};
}
