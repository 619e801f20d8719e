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
	/** The token to a file of mode 0600; ConfigError 'output_exists' rather than replace one unasked. */
	writeFile: (path: string, token: string, overwrite: boolean) => Promise<void>;
	now: () => number;
}>;

/**
 * The real services: a clean session per fetch, the clipboard of wherever we run, the profile
 * store. The network and clipboard code loads on first use, so the first frame does not wait
 * for undici (~240 KB of the bundle) while the user has yet to type a URL.
 */
export async function realWizardServices(net: NetOptions, io: CommandIo, store: ProfileStore): Promise<Omit<WizardServices, 'print'>> {
	const saved = async () => toSavedProfiles(await store.list(), new Date());
	return {
		// The profile's CA file and --insecure, unless the command line said otherwise.
		fetchToken: async (request, network, signal) =>
			(await import('../oauth/fetch-token.js')).fetchToken(request, {...network, ...net}, {env: io.env, signal}),
		copy: async token => (await import('../clipboard/copy.js')).copyToClipboard(token, {env: io.env, platform: process.platform}),
		async saveProfile(input) {
			await store.save(input);
			return {profiles: await saved(), path: store.path};
		},
		async removeProfile(name) {
			await store.remove(name);
			return saved();
		},
		recordToken: (name, record) => store.recordToken(name, record),
		verify: async (baseUrl, token, network, signal) =>
			(await import('../scim/verify.js')).verify(baseUrl, token, {...network, ...net}, {env: io.env, signal}),
		writeFile: async (path, token, overwrite) => (await import('../clipboard/token-file.js')).writeTokenFile(path, token, {overwrite}),
		now: Date.now,
	};
}
