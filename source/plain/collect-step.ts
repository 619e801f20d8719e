import {fieldView, lineText, proposalFor, type CollectState, type WizardAction} from '../flow/index.js';
import {plainText} from '../i18n/plain.js';
import {displayText} from '../text/display.js';
import {input, password, type Print, type PromptContext} from './prompts.js';

/** Step 1: where the value is found, then the prompt (a hidden one for the secret). */
export async function askField(state: CollectState, context: PromptContext, print: Print): Promise<readonly WizardAction[]> {
	const view = fieldView(state);
	[`${view.label} (${view.position}/${view.count})`, `  ${view.help}`, ...view.demo.map(row => `  ${row.label}: ${row.value}`), ...view.issues.map(issue => `  ${lineText(issue)}`)].forEach(print);
	print(`  ${plainText.escBack[state.lang]}`);
	const message = view.label;
	// A password prompt cannot show a default: Enter on an empty one keeps the secret typed before,
	// as an input prompt's default would.
	const value = view.isSecret
		? (await password({message: state.draft ? `${message} ${plainText.keepSecret[state.lang]}` : message, mask: '•'}, context)) || state.draft
		: await input({message, default: displayText(state.draft) || proposalFor(state.field, state.values) || undefined}, context);
	// Warnings and notices about an accepted value are said once, right after it.
	const accepted = fieldView({...state, draft: value});
	if (accepted.canSubmit) accepted.issues.forEach(issue => print(`  ${lineText(issue)}`));
	return [{type: 'collect/input', value}, {type: 'collect/submit'}];
}
