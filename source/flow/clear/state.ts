import type {ProviderKind} from '../../model/provider-kind.js';
import type {Base} from '../shared/base.js';
import type {Work} from '../shared/work.js';

/** The profile saved on the way out of step 3: its name, then where it went. */
export type SaveWork = Work<Readonly<{name: string; isSecretRemembered: boolean}>, Readonly<{path: string}>>;

/** Step 4: a clean session, and the profile being saved. */
export type ClearState = Base & Readonly<{step: 'clear'; kind: ProviderKind; save: SaveWork}>;
