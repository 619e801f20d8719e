import type {ProviderKind} from '../../model/provider-kind.js';

export type ProviderAction =
	| Readonly<{type: 'provider/highlight'; kind: ProviderKind}>
	/** Without kind: the highlighted one. */
	| Readonly<{type: 'provider/choose'; kind?: ProviderKind}>
	/** From the Fetch or Copy screen: the kind the token's claims name becomes the answer of step 2. */
	| Readonly<{type: 'provider/switch'; kind: ProviderKind}>;
