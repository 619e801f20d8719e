import type {CopyResult} from '../clipboard/copy-result.js';
import type {CommandIo} from '../commands/command-io.js';
import type {NetOptions} from '../net/net-options.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';

/**
 * What the wizard does to the outside world, whichever face drives it. The faces receive these
 * and never import a network or clipboard module themselves.
 */
export type WizardServices = Readonly<{
	fetchToken: (request: TokenRequest, signal: AbortSignal) => Promise<TokenResult>;
	copy: (token: string) => Promise<CopyResult>;
	/** Print the token plain, on a line of its own, where it stays in the scrollback. */
	print: (token: string) => void;
	now: () => number;
}>;

/** The real services: a clean session per fetch, and the clipboard of wherever we run. */
export async function realWizardServices(net: NetOptions, io: CommandIo): Promise<Omit<WizardServices, 'print'>> {
	const [{fetchToken}, {copyToClipboard}] = await Promise.all([import('../oauth/fetch-token.js'), import('../clipboard/copy.js')]);
	return {
		fetchToken: (request, signal) => fetchToken(request, net, {env: io.env, signal}),
		copy: token => copyToClipboard(token, {env: io.env, platform: process.platform}),
		now: Date.now,
	};
}
