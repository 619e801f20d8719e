import {menuChoices, type WizardAction, type WizardState} from '../flow/index.js';
import {plainText} from '../i18n/plain.js';
import {select, type PromptContext} from './prompts.js';

/** The state's own keys (retry, edit, quit; copy, show, print, Use token…) offered as a menu. */
export async function menu(state: WizardState, context: PromptContext, now: number): Promise<readonly WizardAction[]> {
	const choices = menuChoices(state, now);
	if (choices.length === 0) return [];
	const index = await select({message: plainText.whatNext[state.lang], choices: choices.map((choice, at) => ({name: choice.label, value: at}))}, context);
	return [choices[index]!.action];
}

/** Rows of label and value, indented under a step's title. */
export function rowLines(rows: ReadonlyArray<Readonly<{label: string; value: string}>>, indent = '  '): string[] {
	return rows.map(row => `${indent}${row.label}: ${row.value}`);
}
