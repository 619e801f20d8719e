import {configureView, editAction, lineText, type ConfigureState, type WizardAction} from '../flow/index.js';
import {plainText} from '../i18n/text.js';
import {displayText} from '../text/display.js';
import {rowLines} from './menu.js';
import {ask, choose, type Print, type PromptContext} from './prompts.js';

/** Step 3: the request as Postman's form shows it, then "continue" or a field to change. */
export async function askConfigure(state: ConfigureState, context: PromptContext, print: Print): Promise<readonly WizardAction[]> {
	const view = configureView(state);
	[
		view.title,
		...rowLines(view.rows),
		...view.fields.flatMap(field => [`  ${field.label}: ${field.display || field.placeholder || '—'}`, ...field.issues.map(issue => `    ${lineText(issue)}`)]),
		...view.warnings.map(lineText),
	].forEach(line => print(line));
	const choice = await choose(
		{
			message: plainText.whatNext[state.lang],
			choices: [{name: plainText.continue[state.lang], value: 'continue' as const}, ...view.fields.map(field => ({name: plainText.edit[state.lang](field.label), value: field.field}))],
		},
		context,
	);
	if (choice === 'continue') return [{type: 'configure/continue'}];
	const field = view.fields.find(candidate => candidate.field === choice)!;
	print(`  ${field.help}`);
	const value = field.choices
		? await choose({message: field.label, choices: field.choices.map(option => ({name: option.label, value: option.value})), default: field.value}, context)
		: await ask({message: field.label, default: displayText(field.value) || undefined}, context);
	const action = editAction(choice, value);
	return action ? [action] : [];
}
