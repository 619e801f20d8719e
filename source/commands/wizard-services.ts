import type {CommandIo} from '../cli/command-io.js';
import {toSavedProfiles} from '../flow/index.js';
import type {WizardServices} from './wizard-effects.js';
import type {NetOptions} from '../model/net-options.js';
import type {HttpTrace} from '../net/http-trace.js';
import type {ProfileStore} from '../profiles/profile-store.js';
import {recordIssuedToken} from '../profiles/record-token.js';

/**
 * The real services of the wizard: a clean session per fetch, the clipboard of wherever we run,
 * the profile store. The network and clipboard code loads on first use, so the first frame does
 * not wait for undici (~240 KB of the bundle) while the user has yet to type a URL.
 */
export function realWizardServices(net: NetOptions, io: CommandIo, store: ProfileStore, trace?: HttpTrace): WizardServices {
	const saved = async () => toSavedProfiles(await store.list());
	// --verbose: every request of the session.
	const deps = (signal: AbortSignal) => ({env: io.env, signal, ...(trace ? {trace} : {})});
	return {
		// The profile's CA file and --insecure, unless the command line said otherwise.
		fetchToken: async (request, network, signal) => (await import('../oauth/fetch-token.js')).fetchToken(request, {...network, ...net}, deps(signal)),
		copy: async token => (await import('../clipboard/copy.js')).copyToClipboard(token, {env: io.env, platform: process.platform}),
		async saveProfile(input) {
			// The wizard does not offer a secret command (yet): a save from it keeps the profile's own.
			const command = input.clientSecretCommand ?? (await store.find(input.name))?.clientSecretCommand;
			await store.save(command ? {...input, clientSecretCommand: command} : input);
			return {profiles: await saved(), path: store.path};
		},
		async removeProfile(name) {
			await store.remove(name);
			return saved();
		},
		recordToken: async (profile, tokenName, result, issuedWith) => recordIssuedToken(store, profile, tokenName, result, new Date(), issuedWith),
		verify: async (baseUrl, token, network, signal) => (await import('../scim/verify.js')).verify(baseUrl, token, {...network, ...net}, deps(signal)),
		writeFile: async (path, token, overwrite) => (await import('../io/private-file.js')).writePrivateFile(path, token, {overwrite}),
		now: Date.now,
	};
}
