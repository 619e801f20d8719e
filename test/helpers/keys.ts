/** What a terminal sends for the keys the wizard binds. */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	tab: '\t',
	shiftTab: '\u001B[Z',
	// The Backspace key: Ink reports it as key.delete.
	backspace: '\u007F',
	space: ' ',
	ctrlC: '\u0003',
	ctrlR: '\u0012',
	ctrlU: '\u0015',
} as const;
