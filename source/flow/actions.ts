import type {AppError} from '../errors.js';
import type {TokenResult} from '../oauth/types.js';
import type {ProviderKind} from '../provider-kind.js';
import type {ClientAuthChoice, RememberChoice} from './configure-rules.js';
import type {Prefill} from './prefill.js';
import type {ConfigureField, ConfigureTextField} from './steps.js';
import type {CopyHow, CopyMethod, SavedProfile} from './state.js';

/**
 * Everything either face can ask of the flow. `at` is the wall clock in ms, passed in so the
 * reducer stays pure. Effect answers carry the `id` of pendingEffect(): late answers are ignored.
 */
export type WizardAction =
	/** The whole text of the current field after a keystroke or paste. */
	| Readonly<{type: 'collect/input'; value: string}>
	| Readonly<{type: 'collect/submit'}>
	| Readonly<{type: 'collect/toggle-reveal'}>
	| Readonly<{type: 'provider/highlight'; kind: ProviderKind}>
	/** Without kind: the highlighted one. */
	| Readonly<{type: 'provider/choose'; kind?: ProviderKind}>
	| Readonly<{type: 'configure/focus'; field: ConfigureField}>
	| Readonly<{type: 'configure/edit'; field: 'auth'; value: ClientAuthChoice}>
	| Readonly<{type: 'configure/edit'; field: 'rememberSecret'; value: RememberChoice}>
	| Readonly<{type: 'configure/edit'; field: ConfigureTextField; value: string}>
	| Readonly<{type: 'configure/continue'}>
	| Readonly<{type: 'clear/continue'; at: number}>
	| Readonly<{type: 'fetch/succeeded'; id: number; result: TokenResult}>
	| Readonly<{type: 'fetch/failed'; id: number; error: AppError}>
	| Readonly<{type: 'fetch/retry'; at: number}>
	/** Back to the step at fault for the failure (stepAtFault). */
	| Readonly<{type: 'fetch/edit'}>
	| Readonly<{type: 'fetch/proceed'}>
	| Readonly<{type: 'copy/toggle-reveal'}>
	| Readonly<{type: 'copy/request'; how: CopyHow}>
	| Readonly<{type: 'copy/done'; id: number; method: CopyMethod}>
	| Readonly<{type: 'copy/failed'; id: number; error: AppError}>
	| Readonly<{type: 'file/ask'}>
	| Readonly<{type: 'file/input'; value: string}>
	/** Writes to the typed path (or the proposed one); an existing file is asked about first. */
	| Readonly<{type: 'file/submit'}>
	| Readonly<{type: 'file/confirm-overwrite'}>
	| Readonly<{type: 'file/cancel'}>
	| Readonly<{type: 'file/done'; id: number}>
	| Readonly<{type: 'file/failed'; id: number; error: AppError}>
	| Readonly<{type: 'verify/request'}>
	| Readonly<{type: 'verify/done'; id: number; totalResults: number | undefined}>
	| Readonly<{type: 'verify/failed'; id: number; error: AppError}>
	/** Postman's "Use token": shows the "Token added" confirmation. */
	| Readonly<{type: 'copy/use'}>
	| Readonly<{type: 'copy/finish'}>
	/** Esc / Shift+Tab: the previous field or step; while fetching, cancels the request. */
	| Readonly<{type: 'back'}>
	| Readonly<{type: 'quit'}>
	| Readonly<{type: 'prefill'; prefill: Prefill}>
	| Readonly<{type: 'profiles/highlight'; index: number}>
	/** The highlighted profile: to the token (a remembered secret) or to what is missing. */
	| Readonly<{type: 'profiles/use'; at: number}>
	| Readonly<{type: 'profiles/edit'}>
	| Readonly<{type: 'profiles/remove'}>
	| Readonly<{type: 'profiles/confirm-remove'}>
	| Readonly<{type: 'profiles/removed'; id: number; profiles: readonly SavedProfile[]}>
	| Readonly<{type: 'profiles/remove-failed'; id: number; error: AppError}>
	| Readonly<{type: 'save/done'; id: number; profiles: readonly SavedProfile[]; path: string}>
	| Readonly<{type: 'save/failed'; id: number; error: AppError}>
	| Readonly<{type: 'start-fresh'}>;
