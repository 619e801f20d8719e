import type {AppError} from '../errors/app-error.js';
import type {TokenResult} from '../oauth/types.js';
import type {ClearState} from './clear/state.js';
import type {CollectState} from './collect/state.js';
import type {ConfigureState} from './configure/state.js';
import type {CopyState} from './copy/state.js';
import type {FetchState} from './fetch/state.js';
import type {ProfilesState} from './profiles/state.js';
import type {ProviderState} from './provider/state.js';
import type {Base, Settled} from './shared/base.js';

/**
 * The wizard ended with a token: the face exits 0 and leaves it in the scrollback. `isAdded`: it
 * ended with Postman's Use token ("Token added"), not with q.
 */
export type DoneState = Base & Settled & Readonly<{step: 'done'; result: TokenResult; isAdded: boolean}>;

/** The user quit: the face exits with error.exitCode (cancelled, unless quitting after a failure). */
export type QuitState = Base & Readonly<{step: 'quit'; error: AppError}>;

/** Where the wizard is: one of these, each with exactly what that step needs (no pile of booleans). */
export type WizardState = ProfilesState | CollectState | ProviderState | ConfigureState | ClearState | FetchState | CopyState | DoneState | QuitState;

export type {Base, DemoDetails, ProfileInUse, SavedProfile, Settled} from './shared/base.js';
export type {ClearState, CollectState, ConfigureState, CopyState, FetchState, ProfilesState, ProviderState};
