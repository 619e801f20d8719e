import type {ProviderKind} from '../../model/provider-kind.js';
import type {ConfigureField} from '../../model/steps.js';
import type {Base} from '../shared/base.js';

/** Step 3: the request as Postman's form shows it; `focus` is the field the keys change. */
export type ConfigureState = Base & Readonly<{step: 'configure'; kind: ProviderKind; focus: ConfigureField; /** The focused text is selected (see CollectState). */ isSelected: boolean}>;
