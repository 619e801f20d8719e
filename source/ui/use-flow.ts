import {useCallback, useReducer, useRef} from 'react';
import {wizardReducer, type WizardAction, type WizardState} from '../flow/index.js';

/**
 * The flow's reducer with its latest state kept in a ref as well, so a key handler that runs
 * twice before React re-renders decides on the state the first key produced.
 */
export function useFlow(initial: WizardState): [WizardState, (action: WizardAction) => void, () => WizardState] {
	const ref = useRef(initial);
	const [, rerender] = useReducer((count: number) => count + 1, 0);
	const dispatch = useCallback((action: WizardAction) => {
		const next = wizardReducer(ref.current, action);
		if (next === ref.current) return;
		ref.current = next;
		rerender();
	}, []);
	const latest = useCallback(() => ref.current, []);
	return [ref.current, dispatch, latest];
}
