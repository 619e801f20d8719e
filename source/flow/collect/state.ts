import type {CollectField} from '../../model/steps.js';
import type {Base} from '../shared/base.js';

/** Step 1: one of the five values. */
export type CollectState = Base &
	Readonly<{
		step: 'collect';
		field: CollectField;
		/** The current field as typed; `values` has it only once submitted or left with Back. */
		draft: string;
		/** A submit of this field was refused: "required" shows from now on. */
		tried: boolean;
		/**
		 * The value is selected, as an address bar is after a click: the first key typed or pasted
		 * replaces it, an arrow keeps it for editing. So it is when the user comes back to fix it.
		 */
		isSelected: boolean;
		isSecretRevealed: boolean;
	}>;
