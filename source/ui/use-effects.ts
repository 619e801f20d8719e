import {useEffect} from 'react';
import {pendingEffect, type WizardAction, type WizardState, type WizardWork} from '../flow/index.js';

/**
 * Runs what the flow waits for (a fetch, a copy) and dispatches the answer. When the state stops
 * waiting for it (Esc while fetching, Ctrl+C), the request is aborted.
 */
export function useEffects(state: WizardState, dispatch: (action: WizardAction) => void, work: WizardWork, print: (token: string) => void, onBug: (error: unknown) => void) {
	const effect = pendingEffect(state);
	const id = effect?.id;
	useEffect(() => {
		if (!effect) return;
		const controller = new AbortController();
		work.run(effect, print, controller.signal).then(dispatch, onBug);
		return () => controller.abort();
		// The effect is identified by its id: a re-render with the same id is the same work.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [id]);
}
