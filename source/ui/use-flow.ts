import {useCallback, useRef, useState} from 'react';
import {wizardReducer, type WizardAction, type WizardState} from '../flow/index.js';

/**
 * The flow's reducer, with its latest state also kept in a ref: a key handler that runs twice
 * before React renders again decides on the state the first key produced (`latest`), while the
 * screen draws the state React holds.
 */
export function useFlow(initial: WizardState): [WizardState, (action: WizardAction) => void, () => WizardState] {
	const [state, setState] = useState(initial);
	const ref = useRef(initial);
	const dispatch = useCallback((action: WizardAction) => {
		const next = wizardReducer(ref.current, action);
		if (next === ref.current) return;
		ref.current = next;
		setState(next);
	}, []);
	const latest = useCallback(() => ref.current, []);
	return [state, dispatch, latest];
}
