import {clientAuthChoices, rememberChoices, type ClientAuthChoice, type RememberChoice} from '../../model/client-auth.js';
import {isTextField, type ConfigureField, type ConfigureTextField} from '../../model/steps.js';

export type ConfigureAction =
	| Readonly<{type: 'configure/focus'; field: ConfigureField}>
	| Readonly<{type: 'configure/edit'; field: 'auth'; value: ClientAuthChoice}>
	| Readonly<{type: 'configure/edit'; field: 'rememberSecret'; value: RememberChoice}>
	| Readonly<{type: 'configure/edit'; field: ConfigureTextField; value: string}>
	| Readonly<{type: 'configure/continue'}>
	/** An arrow, Home or End on a selected text: keep it, to edit it. */
	| Readonly<{type: 'configure/keep'}>;

/** The configure/edit action for a field and a value as a face got it (text or a choice's value). */
export function editAction(field: ConfigureField, value: string): ConfigureAction | undefined {
	if (isTextField(field)) return {type: 'configure/edit', field, value};
	if (field === 'auth') {
		return (clientAuthChoices as readonly string[]).includes(value) ? {type: 'configure/edit', field, value: value as ClientAuthChoice} : undefined;
	}
	return (rememberChoices as readonly string[]).includes(value) ? {type: 'configure/edit', field, value: value as RememberChoice} : undefined;
}
