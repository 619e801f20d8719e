import type {CopyResult} from '../clipboard/copy-result.js';
import type {CommandIo} from '../commands/command-io.js';
import type {ProfileNetwork, SavedProfile} from '../flow/index.js';
import type {NetOptions} from '../net/net-options.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import type {ProfileInput, TokenRecord} from '../profiles/profile.js';
import type {ProfileStore} from '../profiles/profile-store.js';
import type {VerifyResult} from '../scim/verify-token.js';
import {toSavedProfiles} from './saved-profiles.js';

/**
 * What the wizard does to the outside world, whichever face drives it. The faces receive these
 * and never import a network, clipboard or store module themselves.
 */
export type WizardServices = Readonly<{
	fetchToken: (request: TokenRequest, network: ProfileNetwork, signal: AbortSignal) => Promise<TokenResult>;
	copy: (token: string) => Promise<CopyResult>;
	/** Print the token plain, on a line of its own, where it stays in the scrollback. */
	print: (token: string) => void;
	/** Saves and answers with the profiles as they are now, and where they are kept. */
	saveProfile: (input: ProfileInput) => Promise<{profiles: readonly SavedProfile[]; path: string}>;
	removeProfile: (name: string) => Promise<readonly SavedProfile[]>;
	recordToken: (name: string, record: TokenRecord) => Promise<void>;
	/** Okta's "Test API Credentials": GET {Base URL}/Users with the token. */
	verify: (baseUrl: string, token: string, network: ProfileNetwork, signal: AbortSignal) => Promise<VerifyResult>;
	now: () => number;
}>;

/** The real services: a clean session per fetch, the clipboard of wherever we run, the profile store. */
export async function realWizardServices(net: NetOptions, io: CommandIo, store: ProfileStore): Promise<Omit<WizardServices, 'print'>> {
	const [{fetchToken}, {copyToClipboard}, {verify}] = await Promise.all([
		import('../oauth/fetch-token.js'),
		import('../clipboard/copy.js'),
		import('../scim/verify.js'),
	]);
	const saved = async () => toSavedProfiles(await store.list(), new Date());
	return {
		// The profile's CA file and --insecure, unless the command line said otherwise.
		fetchToken: (request, network, signal) => fetchToken(request, {...network, ...net}, {env: io.env, signal}),
		copy: token => copyToClipboard(token, {env: io.env, platform: process.platform}),
		async saveProfile(input) {
			await store.save(input);
			return {profiles: await saved(), path: store.path};
		},
		async removeProfile(name) {
			await store.remove(name);
			return saved();
		},
		recordToken: (name, record) => store.recordToken(name, record),
		verify: (baseUrl, token, network, signal) => verify(baseUrl, token, {...network, ...net}, {env: io.env, signal}),
		now: Date.now,
	};
}
