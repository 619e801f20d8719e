import type {CopyResult} from '../clipboard/copy-result.js';
import {AppError, ConfigError} from '../errors.js';
import type {CopyMethod, PendingEffect, WizardAction} from '../flow/index.js';
import {copyFailedText} from '../i18n/wizard-run.js';
import {makeTokenRecord} from '../profiles/profile.js';
import type {WizardServices} from './wizard-services.js';

/**
 * Runs what the flow waits for and answers with the action that reports it. Both faces call
 * this, so a fetch, a copy or a save behaves the same in Ink and in plain prompts. Errors that
 * are not the user's, the network's or the disk's (bugs) are thrown, not turned into a screen.
 */
export async function runEffect(effect: PendingEffect, services: WizardServices, signal: AbortSignal): Promise<WizardAction> {
	try {
		return await run(effect, services, signal);
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		const {id} = effect;
		switch (effect.type) {
			case 'fetch':
				return {type: 'fetch/failed', id, error};
			case 'copy':
				return {type: 'copy/failed', id, error};
			case 'save-profile':
				return {type: 'save/failed', id, error};
			case 'remove-profile':
				return {type: 'profiles/remove-failed', id, error};
			case 'verify':
				return {type: 'verify/failed', id, error};
			case 'write-file':
				return {type: 'file/failed', id, error};
		}
	}
}

async function run(effect: PendingEffect, services: WizardServices, signal: AbortSignal): Promise<WizardAction> {
	const {id} = effect;
	switch (effect.type) {
		case 'fetch': {
			const result = await services.fetchToken(effect.request, effect.network, signal);
			if (effect.profile) {
				const record = makeTokenRecord(result.accessToken, effect.tokenName, new Date(services.now()), result.expiresAt);
				// Only metadata (time, name, expiry, last four characters); a failure to write it
				// must not cost the user the token they just got.
				await services.recordToken(effect.profile, record).catch(() => undefined);
			}
			return {type: 'fetch/succeeded', id, result};
		}
		case 'copy': {
			if (effect.how === 'print') {
				services.print(effect.token);
				return {type: 'copy/done', id, method: 'print'};
			}
			const method = methodOf(await services.copy(effect.token));
			return method
				? {type: 'copy/done', id, method}
				: {type: 'copy/failed', id, error: new ConfigError(copyFailedText, {reason: 'copy_failed'})};
		}
		case 'save-profile':
			return {type: 'save/done', id, ...(await services.saveProfile(effect.input))};
		case 'remove-profile':
			return {type: 'profiles/removed', id, profiles: await services.removeProfile(effect.name)};
		case 'write-file':
			await services.writeFile(effect.path, effect.token, effect.overwrite);
			return {type: 'file/done', id};
		case 'verify': {
			const result = await services.verify(effect.baseUrl, effect.token, effect.network, signal);
			return {type: 'verify/done', id, totalResults: result.totalResults};
		}
	}
}

/** The surest way that worked: a buffer or clipboard that confirmed it, else the terminal. */
function methodOf(result: CopyResult): CopyMethod | undefined {
	const ways = new Set(result.used.map(used => used.way));
	if (ways.has('tmux-buffer')) return 'tmux';
	if (ways.has('system')) return 'local';
	if (ways.has('osc52-screen')) return 'screen';
	if (ways.has('osc52') || ways.has('osc52-tmux')) return 'osc52';
	return undefined;
}
