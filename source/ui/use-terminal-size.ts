import {useStdout} from 'ink';
import {useEffect, useReducer} from 'react';

/**
 * The terminal's size, re-read on every resize. Ink lays the old tree out again on a resize, but
 * the widths our components computed stay until React renders: this hook makes it render. When
 * the width changes, the terminal may have re-wrapped the old frame into more rows than Ink
 * knows to erase, so the visible screen is cleared first (the scrollback above is kept).
 */
export function useTerminalSize(): Readonly<{columns: number; rows: number}> {
	// The terminal Ink draws to (the process's stdout, a tty.WriteStream, in the wizard).
	const stdout = useStdout().stdout as NodeJS.WriteStream;
	const [, rerender] = useReducer((count: number) => count + 1, 0);
	useEffect(() => {
		let columns = stdout.columns;
		const onResize = () => {
			if (stdout.columns !== columns) stdout.write('\u001B[2J\u001B[H');
			columns = stdout.columns;
			rerender();
		};
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}
