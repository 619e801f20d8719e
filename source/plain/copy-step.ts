import {addedTitle, addedView, copyView, lineText, profileNotes, type CopyState, type WizardAction} from '../flow/index.js';
import {menu} from './menu.js';
import {ask, confirm, type Print, type PromptContext} from './prompts.js';

/** Step 6: the token (alone on its line when revealed), what the last action did, then the keys. */
export async function askCopy(state: CopyState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	const view = copyView(state);
	const {file} = view;
	if (state.file.status === 'asking') {
		const path = await ask({message: file.lines[0]?.text ?? '', default: file.placeholder}, context);
		return [{type: 'file/input', value: path}, {type: 'file/submit'}];
	}
	if (state.file.status === 'confirming') {
		const isSure = await confirm({message: file.lines[0]?.text ?? '', default: false}, context);
		return [isSure ? {type: 'file/confirm-overwrite'} : {type: 'file/cancel'}];
	}
	if (state.phase === 'added') {
		const added = addedView(state.result, state.lang);
		// Where Use token copied the token, before "Token added", as in the Ink face.
		view.output.forEach(line => print(lineText(line)));
		const title = addedTitle(state);
		[...(title ? [lineText(title)] : []), `  ${added.where}`, `  ${added.expiry}`].forEach(line => print(line));
	} else {
		// The token, when revealed, stands alone on its line so it can be selected exactly.
		if (view.kindWarning) print(lineText(view.kindWarning));
		print(view.title);
		print(view.display, {isWhole: true});
		[...view.output, ...view.verification, ...file.lines, ...profileNotes(state).profile].forEach(line => print(lineText(line)));
	}
	return menu(state, context, now);
}
