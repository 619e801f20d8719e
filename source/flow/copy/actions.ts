import type {CopyResult} from '../../clipboard/copy-result.js';
import type {AppError} from '../../errors/app-error.js';
import type {CopyHow} from './state.js';

export type CopyAction =
	| Readonly<{type: 'copy/request'; how: CopyHow}>
	/** A print answers without a result. */
	| Readonly<{type: 'copy/done'; id: number; result: CopyResult | undefined}>
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
	| Readonly<{type: 'copy/finish'}>;
