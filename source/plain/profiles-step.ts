import {lineText, profilesView, type ProfilesState, type WizardAction} from '../flow/index.js';
import {wizardTextFor} from '../i18n/text.js';
import {choose, confirm, type Print, type PromptContext} from './prompts.js';

/** The saved profiles as a menu, then what to do with the one chosen. */
export async function askProfile(state: ProfilesState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	const view = profilesView(state);
	const text = wizardTextFor(state.lang);
	if (state.removal.status === 'confirming') {
		const isSure = await confirm({message: view.status?.text ?? '', default: false}, context);
		return [isSure ? {type: 'profiles/confirm-remove'} : {type: 'back'}];
	}
	if (view.status) print(lineText(view.status));
	const choices = view.items.map((item, at) => ({name: item.label, value: at, ...(item.detail ? {description: item.detail} : {})}));
	const index = await choose({message: view.title, choices, default: state.highlight}, context);
	if (index >= state.profiles.length) return [{type: 'start-fresh'}];
	const what = await choose(
		{
			message: state.profiles[index]!.name,
			choices: [
				{name: text.keyLabels.use, value: 'use' as const},
				{name: text.keyLabels.edit, value: 'edit' as const},
				{name: text.keyLabels.remove, value: 'remove' as const},
			],
		},
		context,
	);
	const act: Record<typeof what, WizardAction> = {use: {type: 'profiles/use', at: now}, edit: {type: 'profiles/edit'}, remove: {type: 'profiles/remove'}};
	return [{type: 'profiles/highlight', index}, act[what]];
}
