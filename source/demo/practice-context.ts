import type {PracticeText} from '../i18n/text.js';
import type {ProviderDetails} from '../model/provider-details.js';
import type {ProviderKind} from '../model/provider-kind.js';
import type {JwtSigner} from './jwt.js';
import type {ScimUser} from './seed-users.js';

/** Segura's paths: every provider of an appliance shares them and is told apart by its credentials. */
export const paths = {
	token: '/iso/oauth2/token',
	jwks: '/iso/oauth2/jwks',
	scim: '/iso/scim/v2',
} as const;

export type PracticeProvider = ProviderDetails;

/** Everything the endpoints share: fixed at start, nothing grows while serving. */
export type PracticeContext = Readonly<{
	seguraUrl: string;
	baseUrl: string;
	providers: readonly PracticeProvider[];
	signer: JwtSigner;
	/** Milliseconds since the epoch; injectable so tests can mint tokens that have expired. */
	now: () => number;
	users: Readonly<Record<ProviderKind, readonly ScimUser[]>>;
	/** ISO time the server started: the `meta.created` of what it serves. */
	startedAt: string;
	/** Its refusals in the language it was started in. */
	text: PracticeText;
}>;

/** The claim that says which provider kind a token was issued to. */
export const providerKindClaim = 'provider_kind';
