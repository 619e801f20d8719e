export type CollectAction =
	/** The whole text of the current field after a keystroke or paste. */
	| Readonly<{type: 'collect/input'; value: string}>
	| Readonly<{type: 'collect/submit'}>
	/** An arrow, Home or End on a selected value: keep it, to edit it. */
	| Readonly<{type: 'collect/keep'}>
	| Readonly<{type: 'collect/toggle-reveal'}>;
