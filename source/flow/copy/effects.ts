import {copyFailureText, type CopyFace} from '../../clipboard/describe-copy.js';
import {CopyError} from '../../errors/app-error.js';
import type {ProfileNetwork} from '../../model/net-options.js';
import type {WizardAction} from '../actions.js';
import {networkOf} from '../shared/base.js';
import type {WizardServices} from '../services.js';
import type {CopyHow, CopyState} from './state.js';

export type CopyEffect =
	| Readonly<{type: 'copy'; id: number; how: CopyHow; token: string; face: CopyFace}>
	| Readonly<{type: 'write-file'; id: number; path: string; token: string; overwrite: boolean}>
	| Readonly<{type: 'verify'; id: number; baseUrl: string; token: string; network: ProfileNetwork}>;

export function copyEffect(state: CopyState): CopyEffect | undefined {
	const token = state.result.accessToken;
	const {output, file, verification} = state;
	if (output.status === 'running') return {type: 'copy', id: output.id, how: output.job.how, token, face: state.phase === 'added' ? 'added' : 'wizard'};
	if (file.status === 'running') return {type: 'write-file', id: file.id, path: file.job.path, token, overwrite: file.job.overwrite};
	if (verification.status === 'running') return {type: 'verify', id: verification.id, baseUrl: state.values.baseUrl, token, network: networkOf(state)};
	return undefined;
}

/**
 * Print: the token alone on its line. Copy: every way that fits where we run; when none reached
 * anything, a CopyError whose words are the same as `get --copy` says, for the wizard's keys.
 */
export async function runCopyEffect(effect: CopyEffect, services: WizardServices, signal: AbortSignal): Promise<WizardAction> {
	const {id} = effect;
	switch (effect.type) {
		case 'copy': {
			if (effect.how === 'print') {
				services.print(effect.token);
				return {type: 'copy/done', id, result: undefined};
			}
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
	}
}
