import {addedView, copyView, lineText, type CopyState, type WizardAction} from '../flow/index.js';
import {menu} from './menu.js';
import {confirm, input, type Print, type PromptContext} from './prompts.js';

/** Step 6: the token (alone on its line when revealed), what the last action did, then the keys. */
export async function askCopy(state: CopyState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	const view = copyView(state);
	const {file} = view;
	if (state.file.status === 'asking') {
		const path = await input({message: file.lines[0]?.text ?? '', default: file.placeholder}, context);
		return [{type: 'file/input', value: path}, {type: 'file/submit'}];
	}
	if (state.file.status === 'confirming') {
		const isSure = await confirm({message: file.lines[0]?.text ?? '', default: false}, context);
		return [isSure ? {type: 'file/confirm-overwrite'} : {type: 'file/cancel'}];
	}
	if (state.phase === 'added') {
		const added = addedView(state.result, state.lang);
		[`✔ ${added.title}`, `  ${added.where}`, `  ${added.expiry}`].forEach(print);
	} else {
		// The token, when revealed, stands alone on its line so it can be selected exactly.
		[view.title, view.display, ...[...view.output, ...view.verification, ...file.lines].map(line => `  ${lineText(line)}`)].forEach(print);
	}
	return menu(state, context, now);
}
