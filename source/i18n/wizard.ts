import type {Lang, Localized} from './lang.js';
import {en} from './wizard-en.js';
import {ptBR} from './wizard-pt.js';
import type {WizardText} from './wizard-text.js';

export type {KeyLabel, WizardText} from './wizard-text.js';

export const wizardText: Localized<WizardText> = {en, 'pt-BR': ptBR};

export function wizardTextFor(lang: Lang): WizardText {
	return wizardText[lang];
}

/** One string of both catalogs, as the Localized value an AppError takes. */
export function localizedText<T>(pick: (text: WizardText) => T): Localized<T> {
	return {en: pick(en), 'pt-BR': pick(ptBR)};
}
