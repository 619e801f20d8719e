import type {AppError} from '../../errors/app-error.js';
import type {SavedProfile} from '../shared/base.js';

export type ClearAction =
	| Readonly<{type: 'clear/continue'; at: number}>
	| Readonly<{type: 'save/done'; id: number; profiles: readonly SavedProfile[]; path: string}>
	| Readonly<{type: 'save/failed'; id: number; error: AppError}>;
