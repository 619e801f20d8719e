/** The six documented steps, in the manual's order (the saved-profiles picker comes before them). */
export type StepId = 'collect' | 'provider' | 'configure' | 'clear' | 'fetch' | 'copy';

export const stepIds: readonly StepId[] = ['collect', 'provider', 'configure', 'clear', 'fetch', 'copy'];

/** The five values of step 1, in the order they are asked. */
export type CollectField = 'seguraUrl' | 'baseUrl' | 'tokenUrl' | 'clientId' | 'clientSecret';

export const collectFields: readonly CollectField[] = ['seguraUrl', 'baseUrl', 'tokenUrl', 'clientId', 'clientSecret'];

/** What step 3 lets the user change, as Postman's OAuth 2.0 form does. */
export type ConfigureField = 'tokenName' | 'auth' | 'scope' | 'params' | 'profileName' | 'rememberSecret';

export const configureFields: readonly ConfigureField[] = ['tokenName', 'auth', 'scope', 'params', 'profileName', 'rememberSecret'];

/** Step 3's fields that take typed text; the others are choices. */
export type ConfigureTextField = 'tokenName' | 'scope' | 'params' | 'profileName';

export function isTextField(field: ConfigureField): field is ConfigureTextField {
	return field !== 'auth' && field !== 'rememberSecret';
}
