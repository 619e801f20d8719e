import {createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState} from '@inquirer/core';
import type {Lang} from '../i18n/lang.js';
import {plainText} from '../i18n/text.js';
import {isYes} from './line-prompts.js';

type Config = Readonly<{message: string; default?: boolean; lang: Lang}>;

/**
 * @inquirer/confirm reads only y and n and writes "(y/N)": in Portuguese the key `s` means yes
 * (sim), and the hint is "(s/N)". The same prompt otherwise: Enter takes the default.
 */
export const yesNo = createPrompt<boolean, Config>((config, done) => {
	const [status, setStatus] = useState<'idle' | 'done'>('idle');
	const [value, setValue] = useState('');
	const theme = makeTheme();
	const prefix = usePrefix({status, theme});
	const keys = plainText.yesNo[config.lang];
	useKeypress((key, rl) => {
		if (status !== 'idle') return;
		if (isEnterKey(key)) {
			const answer = value.trim() === '' ? config.default === true : isYes(value, config.lang);
			setValue(answer ? keys.yes : keys.no);
			setStatus('done');
			done(answer);
		} else {
			setValue(rl.line);
		}
	});
	const message = theme.style.message(config.message, status);
	if (status === 'done') return `${prefix} ${message} ${theme.style.answer(value)}`;
	return `${prefix} ${message} ${theme.style.help(config.default ? keys.yesFirst : keys.noFirst)} ${value}`;
});
