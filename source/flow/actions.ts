import type {ClearAction} from './clear/actions.js';
import type {CollectAction} from './collect/actions.js';
import type {ConfigureAction} from './configure/actions.js';
import type {CopyAction} from './copy/actions.js';
import type {FetchAction} from './fetch/actions.js';
import type {ProfilesAction} from './profiles/actions.js';
import type {ProviderAction} from './provider/actions.js';
import type {Prefill} from './shared/prefill.js';
import type {SyncAction} from './shared/profile-sync.js';

/** What any step takes: moving back, quitting, starting over. */
export type GlobalAction =
	/** Esc / Shift+Tab: the previous field or step, keeping what was typed; while fetching, cancels. */
	| Readonly<{type: 'back'}>
	| Readonly<{type: 'quit'}>
	| Readonly<{type: 'prefill'; prefill: Prefill}>
	| Readonly<{type: 'start-fresh'}>;

/**
 * Everything either face can ask of the flow. `at` is the wall clock in ms, passed in so the
 * reducer stays pure. Answers to work carry the `id` the work was given: late answers are ignored.
 */
export type WizardAction = GlobalAction | ProfilesAction | CollectAction | ProviderAction | ConfigureAction | ClearAction | FetchAction | CopyAction | SyncAction;
