import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/text.js';
import {stepIds, type StepId} from '../model/steps.js';
import type {WizardState} from './state.js';

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
