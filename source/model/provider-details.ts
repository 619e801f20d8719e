import type {ProviderKind} from './provider-kind.js';

/** One IGA provider as Segura's "Provider details" window shows it. */
export type ProviderDetails = Readonly<{
	kind: ProviderKind;
	baseUrl: string;
	tokenUrl: string;
	clientId: string;
	clientSecret: string;
}>;

/** A Segura's address and its providers: what the practice server prints (`demo --serve --json`). */
export type SeguraDetails = Readonly<{seguraUrl: string; providers: readonly ProviderDetails[]}>;
