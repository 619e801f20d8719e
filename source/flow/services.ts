import type {CopyResult} from '../clipboard/copy-result.js';
import type {ProfileNetwork} from '../model/net-options.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import type {IssuedWith, ProfileInput} from '../profiles/profile.js';
import type {VerifyResult} from '../scim/verify-token.js';
import type {SavedProfile} from './shared/base.js';

/**
 * What the wizard does to the outside world, whichever face drives it. The effects of each step
 * call these; the command that starts the wizard passes the real ones, tests pass their own.
 */
export type WizardServices = Readonly<{
	fetchToken: (request: TokenRequest, network: ProfileNetwork, signal: AbortSignal) => Promise<TokenResult>;
	copy: (token: string) => Promise<CopyResult>;
	/** Print the token plain, on a line of its own, where it stays in the scrollback. */
	print: (token: string) => void;
	/** Saves and answers with the profiles as they are now, and where they are kept. */
	saveProfile: (input: ProfileInput) => Promise<{profiles: readonly SavedProfile[]; path: string}>;
	removeProfile: (name: string) => Promise<readonly SavedProfile[]>;
	/** Keeps the token's metadata (never the token) in the profile's history, with the URLs used; never fails. */
	recordToken: (profile: string, tokenName: string, result: TokenResult, issuedWith: IssuedWith) => Promise<void>;
	/** Okta's "Test API Credentials": GET {Base URL}/Users with the token. */
	verify: (baseUrl: string, token: string, network: ProfileNetwork, signal: AbortSignal) => Promise<VerifyResult>;
	/** The token to a file of mode 0600; FileError 'output_exists' rather than replace one unasked. */
	writeFile: (path: string, token: string, overwrite: boolean) => Promise<void>;
	now: () => number;
}>;
