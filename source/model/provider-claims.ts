import type {ProviderKind} from './provider-kind.js';

/**
 * The JWT claims that may say which kind of provider issued a token. The practice server sends
 * `provider_kind`; Segura's own claim names are not in its public documentation, so the others
 * here are the names such a claim is usually given. One list, read in one place (claimedKind).
 */
export const providerKindClaims = ['provider_kind', 'providerKind', 'provider_type', 'providerType', 'user_type'] as const;

// A Map, not an object: the value is the server's text, and "constructor" must be no kind.
const kinds: ReadonlyMap<string, ProviderKind> = new Map([
	['internal', 'internal'],
	['internals', 'internal'],
	['interno', 'internal'],
	['internos', 'internal'],
	['third-party', 'third-party'],
	['thirdparty', 'third-party'],
	['terceiro', 'third-party'],
	['terceiros', 'third-party'],
	['external', 'third-party'],
]);

/** The provider kind the token's claims name, if any claim of the list names one. */
export function claimedKind(claims: Readonly<Record<string, unknown>> | undefined): ProviderKind | undefined {
	for (const name of providerKindClaims) {
		const value = claims && Object.hasOwn(claims, name) ? claims[name] : undefined;
		if (typeof value !== 'string') continue;
		const kind = kinds.get(value.trim().toLowerCase().replaceAll('_', '-').replace(/^third party$/, 'third-party'));
		if (kind) return kind;
	}
	return undefined;
}
