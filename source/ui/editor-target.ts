import {isTextField, type WizardAction, type WizardState} from '../flow/index.js';

export type EditorTarget = Readonly<{value: string; change: (value: string) => WizardAction}>;

/** The text the keyboard edits in this state, if any: a step-1 value or a step-3 text field. */
export function editorTarget(state: WizardState): EditorTarget | undefined {
	if (state.step === 'collect') return {value: state.draft, change: value => ({type: 'collect/input', value})};
	if (state.step === 'copy' && state.file.status === 'asking') {
		return {value: state.file.draft, change: value => ({type: 'file/input', value})};
	}
	if (state.step === 'configure') {
		const field = state.focus;
		if (isTextField(field)) return {value: state.config[field], change: value => ({type: 'configure/edit', field, value})};
	}
	return undefined;
}
