import type {TokenRequest} from '../oauth/types.js';
import type {CopyHow, WizardState} from './state.js';

/**
 * The work the current state waits for, which the face runs and answers with an action carrying
 * the same id ('fetch/succeeded' | 'fetch/failed', 'copy/done' | 'copy/failed'). When the effect
 * disappears (Esc while fetching), the face aborts it; an answer that comes anyway is ignored.
 */
export type PendingEffect =
	| Readonly<{type: 'fetch'; id: number; request: TokenRequest}>
	| Readonly<{type: 'copy'; id: number; how: CopyHow; token: string}>;

export function pendingEffect(state: WizardState): PendingEffect | undefined {
	if (state.step === 'fetch' && state.phase === 'fetching') {
		return {type: 'fetch', id: state.id, request: state.request};
	}
	if (state.step === 'copy' && state.output.status === 'running') {
		return {type: 'copy', id: state.output.id, how: state.output.how, token: state.result.accessToken};
	}
	return undefined;
}
