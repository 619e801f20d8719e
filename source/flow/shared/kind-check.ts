import type {Lang} from '../../i18n/lang.js';
import {wizardTextFor} from '../../i18n/text.js';
import type {ProviderKind} from '../../model/provider-kind.js';
import type {TokenResult} from '../../oauth/types.js';
import {claimedKind} from '../rules/provider-claims.js';
import type {Binding} from './key-binding.js';
import type {ViewLine} from './line.js';

/** The kind the token says issued it, when it is not the kind chosen in step 2; undefined otherwise. */
export function otherKindOf(result: TokenResult, chosen: ProviderKind): ProviderKind | undefined {
	const claimed = claimedKind(result.claims);
	return claimed !== undefined && claimed !== chosen ? claimed : undefined;
}

/** The key that switches step 2 to the kind the token names, when they differ. */
export function switchKindBindings(result: TokenResult, chosen: ProviderKind): readonly Binding[] {
	const other = otherKindOf(result, chosen);
	return other ? [{keys: ['k', 'm'], label: 'switchKind', shown: n => n.switchKind, action: () => ({type: 'provider/switch', kind: other})}] : [];
}

/**
 * The manual's warning, enforced: the token's claims name the other provider kind. Both kinds are
 * named, what goes wrong is said, and the key that switches step 2 is offered.
 */
export function kindWarning(result: TokenResult, chosen: ProviderKind, lang: Lang): ViewLine | undefined {
	const other = otherKindOf(result, chosen);
	if (!other) return undefined;
	const text = wizardTextFor(lang);
	// Inside a sentence: "the provider of third-party users".
	const named = (kind: ProviderKind) => text.kinds[kind].charAt(0).toLocaleLowerCase(lang) + text.kinds[kind].slice(1);
	return {tone: 'warning', text: text.kindMismatch(named(other), named(chosen))};
}
