/** The six documented steps, in the manual's order (the saved-profiles picker comes before them). */
export type StepId = 'collect' | 'provider' | 'configure' | 'clear' | 'fetch' | 'copy';

export const stepIds: readonly StepId[] = ['collect', 'provider', 'configure', 'clear', 'fetch', 'copy'];

/** The five values of step 1, in the order they are asked. */
export type CollectField = 'seguraUrl' | 'baseUrl' | 'tokenUrl' | 'clientId' | 'clientSecret';

export const collectFields: readonly CollectField[] = ['seguraUrl', 'baseUrl', 'tokenUrl', 'clientId', 'clientSecret'];

// Step 3's fields come from its table; named here too, beside the other steps' fields.
export type {ConfigureField} from './configure-fields.js';
