import type {ProviderKind} from '../../model/provider-kind.js';

export type ProviderAction =
	| Readonly<{type: 'provider/highlight'; kind: ProviderKind}>
	/** Without kind: the highlighted one. */
	| Readonly<{type: 'provider/choose'; kind?: ProviderKind}>;
