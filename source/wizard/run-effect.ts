import {AppError} from '../errors.js';
import type {CopyMethod, PendingEffect, WizardAction} from '../flow/index.js';
import type {CopyResult} from '../clipboard/copy-result.js';
import {ConfigError} from '../errors.js';
import {copyFailedText} from '../i18n/wizard-run.js';
import type {WizardServices} from './wizard-services.js';

/**
 * Runs what the flow waits for and answers with the action that reports it. Both faces call
 * this, so a fetch or a copy behaves the same in Ink and in plain prompts. Errors that are not
 * the user's or the network's (bugs) are thrown, not turned into a screen.
 */
export async function runEffect(effect: PendingEffect, services: WizardServices, signal: AbortSignal): Promise<WizardAction> {
	try {
		if (effect.type === 'fetch') {
			return {type: 'fetch/succeeded', id: effect.id, result: await services.fetchToken(effect.request, signal)};
		}
		if (effect.how === 'print') {
			services.print(effect.token);
			return {type: 'copy/done', id: effect.id, method: 'print'};
		}
		const result = await services.copy(effect.token);
		const method = methodOf(result);
		if (!method) return {type: 'copy/failed', id: effect.id, error: new ConfigError(copyFailedText, {reason: 'copy_failed'})};
		return {type: 'copy/done', id: effect.id, method};
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		return effect.type === 'fetch'
			? {type: 'fetch/failed', id: effect.id, error}
			: {type: 'copy/failed', id: effect.id, error};
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
