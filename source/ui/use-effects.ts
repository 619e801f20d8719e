import {useEffect} from 'react';
import {pendingEffect, runEffect, type WizardAction, type WizardServices, type WizardState} from '../flow/index.js';

/**
 * Runs what the flow waits for (a fetch, a copy) and dispatches the answer. When the state stops
 * waiting for it (Esc while fetching, Ctrl+C), the request is aborted.
 */
export function useEffects(state: WizardState, dispatch: (action: WizardAction) => void, services: WizardServices, onBug: (error: unknown) => void) {
	const effect = pendingEffect(state);
	const id = effect?.id;
	useEffect(() => {
		if (!effect) return;
		const controller = new AbortController();
		runEffect(effect, services, controller.signal).then(dispatch, onBug);
		return () => controller.abort();
		// The effect is identified by its id: a re-render with the same id is the same work.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [id]);
}
