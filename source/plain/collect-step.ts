import {answeredValue, fieldView, lineText, pasteNote, type CollectState, type WizardAction} from '../flow/index.js';
import {plainText} from '../i18n/text.js';
import {displayText} from '../text/display.js';
import {ask, askSecret, type Print, type PromptContext} from './prompts.js';

/** Step 1: where the value is found, then the prompt (a hidden one for the secret). */
export async function askField(state: CollectState, context: PromptContext, print: Print): Promise<readonly WizardAction[]> {
	const view = fieldView(state);
	[
		...(view.providerWarning ? [`⚠ ${view.providerWarning}`] : []),
		`${view.label} (${view.position}/${view.count})`,
		`  ${view.help}`,
		...view.demo.map(row => `  ${row.label}: ${row.value}`),
		...view.issues.map(issue => `  ${lineText(issue)}`),
	].forEach(line => print(line));
	print(`  ${(context.lines ? plainText.escEnterBack : plainText.escBack)[state.lang]}`);
	const message = view.label;
	context.takePasted();
	const answer = view.isSecret
		? await askSecret({message, ...(view.isKeptOnEnter ? {note: plainText.keepSecret[state.lang]} : {})}, context)
		: await ask({message, default: displayText(view.defaultAnswer ?? '') || undefined}, context);
	// A paste arrives cleaned (see paste-input.ts); what it lost is said, as the Ink face says it.
	const pasted = pasteNote(context.takePasted(), state.lang);
	if (pasted) print(`  ${lineText(pasted)}`);
	const value = answeredValue(state, answer);
	// Warnings and notices about an accepted value are said once, right after it; and a secret's
	// length as it will be sent, as the Ink face shows it under the field.
	const accepted = fieldView({...state, draft: value});
	if (accepted.canSubmit) accepted.issues.forEach(issue => print(`  ${lineText(issue)}`));
	if (accepted.canSubmit && accepted.lengthNote) print(`  ${accepted.lengthNote}`);
	return [{type: 'collect/input', value}, {type: 'collect/submit'}];
}
