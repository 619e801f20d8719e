import {createPrompt, isEnterKey, makeTheme, type Status, useKeypress, usePrefix, useState} from '@inquirer/core';
import {mask} from '../flow/index.js';

type Config = Readonly<{message: string; theme?: {style: {message: (text: string, status: Status) => string}}}>;

/**
 * @inquirer/password draws a bullet per character typed, which gives the secret's length away
 * (and the length of what a paste brought with it). This one draws the flow's mask: a dozen
 * bullets once anything is typed, whatever its length, as the Ink face does.
 */
export const secretPrompt = createPrompt<string, Config>((config, done) => {
	const [status, setStatus] = useState<'idle' | 'done'>('idle');
	const [value, setValue] = useState('');
	const theme = makeTheme(config.theme);
	const prefix = usePrefix({status, theme});
	useKeypress((key, rl) => {
		if (status !== 'idle') return;
		if (isEnterKey(key)) {
			setStatus('done');
			done(value);
		} else {
			setValue(rl.line);
		}
	});
	const message = theme.style.message(config.message, status);
	const shown = mask(value);
	return `${prefix} ${message} ${status === 'done' ? theme.style.answer(shown) : shown}`;
});
