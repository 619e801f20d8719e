import type {AppError} from '../../errors/app-error.js';
import type {TokenResult} from '../../oauth/types.js';

export type FetchAction =
	| Readonly<{type: 'fetch/succeeded'; id: number; result: TokenResult}>
	| Readonly<{type: 'fetch/failed'; id: number; error: AppError}>
	| Readonly<{type: 'fetch/retry'; at: number}>
	/** Back to the step at fault for the failure (stepAtFault). */
	| Readonly<{type: 'fetch/edit'}>
	/** Postman's "Proceed", once the token is there. */
	| Readonly<{type: 'fetch/proceed'}>;
