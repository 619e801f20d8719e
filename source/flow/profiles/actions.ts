import type {AppError} from '../../errors/app-error.js';
import type {SavedProfile} from '../shared/base.js';

export type ProfilesAction =
	| Readonly<{type: 'profiles/highlight'; index: number}>
	/** The highlighted profile: to the token (a remembered secret) or to what is missing. */
	| Readonly<{type: 'profiles/use'; at: number}>
	| Readonly<{type: 'profiles/edit'}>
	| Readonly<{type: 'profiles/remove'}>
	| Readonly<{type: 'profiles/confirm-remove'}>
	| Readonly<{type: 'profiles/removed'; id: number; profiles: readonly SavedProfile[]}>
	| Readonly<{type: 'profiles/remove-failed'; id: number; error: AppError}>;
