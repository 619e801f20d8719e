import type {WizardAction, WizardState} from '../flow/index.js';
import {askClear} from './clear-step.js';
import {askField} from './collect-step.js';
import {askConfigure} from './configure-step.js';
import {askCopy} from './copy-step.js';
import {askFetch} from './fetch-step.js';
import {askProfile} from './profiles-step.js';
import type {Print, PromptContext} from './prompts.js';
import {askProvider} from './provider-step.js';

/** Prints the state's view and asks the one question it needs; answers are the flow's actions. */
export async function askFor(state: WizardState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	switch (state.step) {
		case 'profiles':
			return askProfile(state, context, now, print);
		case 'collect':
			return askField(state, context, print);
		case 'provider':
			return askProvider(state, context, print);
		case 'configure':
			return askConfigure(state, context, print);
		case 'clear':
			return askClear(state, context, now, print);
		case 'fetch':
			return askFetch(state, context, now, print);
		case 'copy':
			return askCopy(state, context, now, print);
		case 'done':
		case 'quit':
			return [];
	}
}
