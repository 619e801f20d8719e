import {fieldView, issueView, lineText, practiceOf, proposalFor, type CollectState, type WizardAction} from '../flow/index.js';
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
	// A password prompt cannot show a default: Enter on an empty one keeps the secret typed before,
	// as an input prompt's default would.
	const proposal = proposalFor(state.field, state.values, practiceOf(state));
	context.takePasted();
	const value = view.isSecret
		? (await askSecret({message, ...(state.draft || proposal ? {note: plainText.keepSecret[state.lang]} : {})}, context)) || state.draft || proposal || ''
		: await ask({message, default: displayText(state.draft) || proposal || undefined}, context);
	// A paste arrives cleaned (see paste-input.ts); what it lost is said, as the Ink face says it.
	const removed = context.takePasted();
	if (removed.length > 0) print(`  ${lineText(issueView({level: 'notice', code: 'cleaned', removed}, state.lang))}`);
	// Warnings and notices about an accepted value are said once, right after it.
	const accepted = fieldView({...state, draft: value});
	if (accepted.canSubmit) accepted.issues.forEach(issue => print(`  ${lineText(issue)}`));
	// A secret's length as it will be sent, as the Ink face shows it under the field.
	if (accepted.canSubmit && accepted.lengthNote) print(`  ${accepted.lengthNote}`);
	return [{type: 'collect/input', value}, {type: 'collect/submit'}];
}
