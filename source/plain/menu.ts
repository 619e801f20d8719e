import {menuChoices, type WizardAction, type WizardState} from '../flow/index.js';
import {plainText} from '../i18n/text.js';
import {choose, type PromptContext} from './prompts.js';

/** The state's own keys (retry, edit, quit; copy, show, print, Use token…) offered as a menu. */
export async function menu(state: WizardState, context: PromptContext, now: number): Promise<readonly WizardAction[]> {
	const choices = menuChoices(state, now);
	if (choices.length === 0) return [];
	const index = await choose({message: plainText.whatNext[state.lang], choices: choices.map((choice, at) => ({name: capitalized(choice.label), value: at}))}, context);
	return [choices[index]!.action];
}

/** A key's label ("get new access token") as a menu item: "Get new access token". */
function capitalized(label: string): string {
	return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

/** Rows of label and value, indented under a step's title. */
export function rowLines(rows: ReadonlyArray<Readonly<{label: string; value: string}>>, indent = '  '): string[] {
	return rows.map(row => `${indent}${row.label}: ${row.value}`);
}
