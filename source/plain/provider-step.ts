import {providerView, type ProviderState, type WizardAction} from '../flow/index.js';
import {choose, type Print, type PromptContext} from './prompts.js';

/** Step 2: the warning first, then the choice. */
export async function askProvider(state: ProviderState, context: PromptContext, print: Print): Promise<readonly WizardAction[]> {
	const view = providerView(state);
	print(`⚠ ${view.warning}`);
	const choices = view.options.map(option => ({name: option.label, value: option.kind}));
	const kind = await choose({message: view.question, choices, default: state.highlight}, context);
	return [{type: 'provider/choose', kind}];
}
