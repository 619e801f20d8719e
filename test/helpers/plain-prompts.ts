import {keys, type PtySession} from './pty.js';

// The plain face's prompts (@inquirer), answered as a user does in a real terminal.

/** Answers the open prompt `? label`: types the value (none: Enter takes the default) and waits for `✔ label`. */
export async function answer(s: PtySession, label: string, value?: string): Promise<void> {
	await s.waitFor(`? ${label}`);
	if (value !== undefined) await s.type(value);
	s.write(keys.enter);
	await s.waitFor(`✔ ${label}`);
}

/** Moves the open menu's pointer to `choice` and presses Enter. */
export async function choose(s: PtySession, choice: string): Promise<void> {
	await s.waitFor(/^❯ /m);
	for (let moves = 0; ; moves++) {
		const screen = s.screen();
		if (screen.split('\n').findLast(row => row.startsWith('❯ ')) === `❯ ${choice}`) break;
		if (moves > 10) throw new Error(`no "${choice}" in the menu:\n${screen}`);
		s.write(keys.down);
		await s.waitForChange(screen);
	}
	s.write(keys.enter);
}
