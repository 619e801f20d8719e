import type {Key} from 'ink';
import {characterKey, type KeyName} from '../flow/index.js';

/**
 * The flow's name for what Ink reports, or undefined for keys the flow never binds (text). A lone
 * line feed is Enter too: Enter pressed before the terminal is in raw mode (as the wizard opens,
 * over a slow link) reaches it as a line feed, the terminal's line discipline having turned it into one.
 */
export function keyName(input: string, key: Key): KeyName | undefined {
	if (key.return || input === '\n') return 'enter';
	if (key.tab) return key.shift ? 'shift-tab' : 'tab';
	if (key.escape) return 'escape';
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.ctrl && input === 'r') return 'ctrl-r';
	if (key.ctrl || key.meta) return undefined;
	return characterKey(input);
}
