import {keys, type PtySession} from './pty.js';

// The plain face's prompts (@inquirer), answered as a user does in a real terminal.

/** Answers the open prompt `? label`: types the value (none: Enter takes the default) and waits for `✔ label`. */
export async function answer(s: PtySession, label: string, value?: string): Promise<void> {
	await s.waitFor(`? ${label}`);
	if (value !== undefined) await s.type(value);
	s.write(keys.enter);
	await s.waitFor(`✔ ${label}`);
}

/** Moves the open menu's pointer to `choice` (its first letter in either case) and presses Enter. */
export async function choose(s: PtySession, choice: string): Promise<void> {
	await s.waitFor(/^❯ /m);
	const wanted = `❯ ${choice}`.toLowerCase();
	for (let moves = 0; ; moves++) {
		const screen = s.screen();
		if (screen.split('\n').findLast(row => row.startsWith('❯ '))?.toLowerCase() === wanted) break;
		if (moves > 10) throw new Error(`no "${choice}" in the menu:\n${screen}`);
		s.write(keys.down);
		await s.waitForChange(screen);
	}
	// Until the menu is answered, its pointer is still on the screen: the next choose must not take it for its own.
	const before = s.screen();
	s.write(keys.enter);
	await s.waitForChange(before);
}

/**
 * Answers a plain-lines prompt (TERM=dumb, a pipe): waits for an unanswered prompt that starts with
 * `label` (a row ending in ":"), then types the value and Enter, as a user does where nothing is drawn.
 */
export async function answerLine(s: PtySession, label: string, value = ''): Promise<void> {
	const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// The last row written: an older prompt answered with Enter alone ends in ":" too.
	await s.waitFor(new RegExp(`(^|\\n)${escaped}[^\\n]*: ?\\n*$`));
	const before = s.screen();
	s.write(`${value}\r`);
	// What follows an answer (the next question, a notice) changes the screen.
	await s.waitForChange(before);
}
