import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/text.js';
import {providerKinds, type ProviderKind} from '../model/provider-kind.js';
import {toCollect, toConfigure} from './moves.js';
import type {GlobalAction, ProviderState, WizardState} from './state.js';
import {backBinding, type Binding} from './view-lines.js';

// Step 2: which kind of provider the credentials belong to, internal or third-party users.

export type ProviderAction =
	| Readonly<{type: 'provider/highlight'; kind: ProviderKind}>
	/** Without kind: the highlighted one. */
	| Readonly<{type: 'provider/choose'; kind?: ProviderKind}>;

export function reduceProvider(state: ProviderState, action: ProviderAction | GlobalAction): WizardState {
	switch (action.type) {
		case 'back':
			return toCollect(state, 'clientSecret', {select: true});
		case 'provider/highlight':
			return {...state, highlight: action.kind};
		case 'provider/choose': {
			const kind = action.kind ?? state.highlight;
			return toConfigure({...state, kind}, kind);
		}
		default:
			return state;
	}
}

/** The letter that picks each kind directly. */
export const providerKeys: Readonly<Record<ProviderKind, 'i' | 't'>> = {internal: 'i', 'third-party': 't'};

export function providerBindings(): ReadonlyArray<Binding<ProviderAction | GlobalAction>> {
	return [
		{keys: ['up'], label: 'move', shown: n => n.upDown, action: () => ({type: 'provider/highlight', kind: 'internal'})},
		{keys: ['down'], shown: n => n.upDown, action: () => ({type: 'provider/highlight', kind: 'third-party'})},
		{keys: ['enter'], label: 'choose', shown: n => n.enter, action: () => ({type: 'provider/choose'})},
		{keys: ['i', '1'], shown: () => 'i', action: () => ({type: 'provider/choose', kind: 'internal'})},
		{keys: ['t', '2'], shown: () => 't', action: () => ({type: 'provider/choose', kind: 'third-party'})},
		backBinding,
	];
}

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
