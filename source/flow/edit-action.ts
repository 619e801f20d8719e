import type {WizardAction} from './actions.js';
import {clientAuthChoices, rememberChoices, type ClientAuthChoice, type RememberChoice} from './configure-rules.js';
import {isTextField, type ConfigureField} from './steps.js';

/** The configure/edit action for a field and a value as a face got it (text or a choice's value). */
export function editAction(field: ConfigureField, value: string): WizardAction | undefined {
	if (isTextField(field)) return {type: 'configure/edit', field, value};
	if (field === 'auth') {
		return (clientAuthChoices as readonly string[]).includes(value) ? {type: 'configure/edit', field, value: value as ClientAuthChoice} : undefined;
	}
	return (rememberChoices as readonly string[]).includes(value) ? {type: 'configure/edit', field, value: value as RememberChoice} : undefined;
}
