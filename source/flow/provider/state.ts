import type {ProviderKind} from '../../model/provider-kind.js';
import type {Base} from '../shared/base.js';

/** Step 2: internal or third-party users; `highlight` is the one Enter chooses. */
export type ProviderState = Base & Readonly<{step: 'provider'; highlight: ProviderKind}>;
