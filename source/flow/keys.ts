import type {Lang} from '../i18n/lang.js';
import {extraTextFor, wizardTextFor, type ExtraKeyLabel} from '../i18n/text.js';
import type {KeyLabel} from '../i18n/wizard-text.js';
import type {WizardAction} from './actions.js';
import {clearBindings} from './clear/keys.js';
import {collectBindings} from './collect/keys.js';
import {configureBindings} from './configure/keys.js';
import {copyBindings} from './copy/keys.js';
import {fetchBindings} from './fetch/keys.js';
import {profilesBindings} from './profiles/keys.js';
import {providerBindings} from './provider/keys.js';
import type {Binding, KeyName} from './shared/key-binding.js';
import type {WizardState} from './state.js';

// Key bindings as data, one table per state (in each step's keys.ts): the hint line, the key
// handling and the plain face's menus read the same table, so they cannot disagree.
function bindings(state: WizardState): readonly Binding[] {
	switch (state.step) {
		case 'profiles':
			return profilesBindings(state);
		case 'collect':
			return collectBindings(state);
		case 'provider':
			return providerBindings(state);
		case 'configure':
			return configureBindings(state);
		case 'clear':
			return clearBindings(state);
		case 'fetch':
			return fetchBindings(state);
		case 'copy':
			return copyBindings(state);
		case 'done':
		case 'quit':
			return [];
	}
}

/**
 * The action a key means in this state, or undefined: then the key is not the flow's, and a text
 * field may take it. `at` is the wall clock in ms, for the actions that start a request.
 */
export function keyAction(state: WizardState, key: KeyName, at: number): WizardAction | undefined {
	return bindings(state)
		.find(binding => binding.keys.includes(key))
		?.action(at);
}

export type KeyHint = Readonly<{keys: string; label: string}>;

/** What a key does, in words of the language: from either catalog. */
function labelText(label: KeyLabel | ExtraKeyLabel, lang: Lang): string {
	const extra = extraTextFor(lang).keyLabels;
	return Object.hasOwn(extra, label) ? extra[label as ExtraKeyLabel] : wizardTextFor(lang).keyLabels[label as KeyLabel];
}

/** The keys of this state, for the hint line, in the language of the screen. */
export function keyHints(state: WizardState, lang: Lang = state.lang): readonly KeyHint[] {
	const text = wizardTextFor(lang);
	return bindings(state).flatMap(binding => (binding.label ? [{keys: binding.shown(text.keyNames), label: labelText(binding.label, lang)}] : []));
}

export function keyHintLine(state: WizardState, lang: Lang = state.lang): string {
	return keyHints(state, lang)
		.map(hint => `${hint.keys} ${hint.label}`)
		.join(' · ');
}

export type MenuChoice = KeyHint & Readonly<{action: WizardAction}>;

/**
 * The labelled bindings of this state with the action each means: the plain face offers them as a
 * menu, so its choices and the Ink face's keys come from the same table.
 */
export function menuChoices(state: WizardState, at: number, lang: Lang = state.lang): readonly MenuChoice[] {
	const text = wizardTextFor(lang);
	return bindings(state).flatMap(binding =>
		binding.label ? [{keys: binding.shown(text.keyNames), label: labelText(binding.label, lang), action: binding.action(at)}] : [],
	);
}

export type {KeyName} from './shared/key-binding.js';
