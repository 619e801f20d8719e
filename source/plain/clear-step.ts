import {clearView, lineText, type ClearState, type WizardAction} from '../flow/index.js';
import {menu} from './menu.js';
import type {Print, PromptContext} from './prompts.js';

/** Step 4: what a clean session means, the profile saved on the way, then the request. */
export async function askClear(state: ClearState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	const view = clearView(state);
	[view.title, ...view.items.map(item => `  ✔ ${item}`), `  ${view.note}`, ...view.save.map(line => `  ${lineText(line)}`)].forEach(line => print(line));
	return menu(state, context, now);
}
