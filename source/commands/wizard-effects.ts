import type {CopyResult} from '../clipboard/copy-result.js';
import {copyFailureText} from '../clipboard/describe-copy.js';
import {AppError, CopyError} from '../errors/app-error.js';
import {failureOf, type PendingEffect, type SavedProfile, type WizardAction, type WizardWork} from '../flow/index.js';
import type {ProfileNetwork} from '../model/net-options.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import type {IssuedWith, ProfileInput} from '../profiles/profile.js';
import type {VerifyResult} from '../scim/verify-token.js';

/**
 * What the wizard does to the outside world, whichever face drives it: the command that starts
 * the wizard passes the real ones (wizard-services.ts), tests pass their own.
 */
export type WizardServices = Readonly<{
	fetchToken: (request: TokenRequest, network: ProfileNetwork, signal: AbortSignal) => Promise<TokenResult>;
	copy: (token: string) => Promise<CopyResult>;
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

async function run(effect: PendingEffect, services: WizardServices, print: (token: string) => void, signal: AbortSignal): Promise<WizardAction> {
	const {id} = effect;
	switch (effect.type) {
		case 'fetch': {
			// The request, in a clean session; the token's metadata recorded in the profile in use.
			const result = await services.fetchToken(effect.request, effect.network, signal);
			if (effect.profile) await services.recordToken(effect.profile, effect.tokenName, result, effect.issuedWith);
			return {type: 'fetch/succeeded', id, result};
		}
		case 'copy': {
			if (effect.how === 'print') {
				print(effect.token);
				return {type: 'copy/done', id, result: undefined};
			}
			// Every way that fits where we run; when none reached anything, the words `get --copy` says.
			const result = await services.copy(effect.token);
			if (result.used.length === 0) throw new CopyError(copyFailureText(effect.face), {reason: 'copy_failed'});
			return {type: 'copy/done', id, result};
		}
		case 'write-file':
			await services.writeFile(effect.path, effect.token, effect.overwrite);
			return {type: 'file/done', id};
		case 'verify': {
			const result = await services.verify(effect.baseUrl, effect.token, effect.network, signal);
			return {type: 'verify/done', id, totalResults: result.totalResults};
		}
		case 'save-profile':
			return {type: 'save/done', id, ...(await services.saveProfile(effect.input))};
		case 'remove-profile':
			return {type: 'profiles/removed', id, profiles: await services.removeProfile(effect.name)};
		case 'sync-profile':
			return {type: 'sync/done', id, profiles: (await services.saveProfile(effect.input)).profiles};
	}
}

/**
 * The work the flow waits for, run and answered with the action that reports it. Both faces run
 * it, so a fetch, a copy or a save behaves the same in Ink and in plain prompts. Errors that are
 * not the user's, the network's or the disk's (bugs) are thrown, not turned into a screen.
 */
export function wizardWork(services: WizardServices): WizardWork {
	return {
		async run(effect, print, signal) {
			try {
				return await run(effect, services, print, signal);
			} catch (error) {
				if (error instanceof AppError) return failureOf(effect, error);
				throw error;
			}
		},
		now: services.now,
	};
}
