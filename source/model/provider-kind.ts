/** The two kinds of Segura IGA provider: Okta groups pushed with a token land in that kind's menu. */
export type ProviderKind = 'internal' | 'third-party';

export const providerKinds: readonly ProviderKind[] = ['internal', 'third-party'];
