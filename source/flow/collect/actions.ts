export type CollectAction =
	/** The whole text of the current field after a keystroke or paste. */
	| Readonly<{type: 'collect/input'; value: string}>
	| Readonly<{type: 'collect/submit'}>
	| Readonly<{type: 'collect/toggle-reveal'}>;
