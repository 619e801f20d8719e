import {lineText, profileChoices, profilesView, type ProfilesState, type WizardAction} from '../flow/index.js';
import {choose, confirm, type Print, type PromptContext} from './prompts.js';

/** The saved profiles as a menu, then what to do with the one chosen: the flow's own choices. */
export async function askProfile(state: ProfilesState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	const view = profilesView(state);
	if (state.removal.status === 'confirming') {
		const isSure = await confirm({message: view.status?.text ?? '', default: false}, context);
		return [isSure ? {type: 'profiles/confirm-remove'} : {type: 'back'}];
	}
	if (view.status) print(lineText(view.status));
	const choices = view.items.map((item, at) => ({name: item.label, value: at, ...(item.detail ? {description: item.detail} : {})}));
	const index = await choose({message: view.title, choices, default: state.highlight}, context);
	const then = profileChoices(state, index, now);
	if (then.length === 1) return then[0]!.actions;
	const what = await choose({message: state.profiles[index]?.name ?? '', choices: then.map((choice, at) => ({name: choice.label, value: at}))}, context);
	return then[what]!.actions;
}
