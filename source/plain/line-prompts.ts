import type {Lang} from '../i18n/lang.js';
import {plainText} from '../i18n/text.js';
import {displayLine} from '../text/display.js';
import {columns, wrapText} from '../text/wrap.js';
import {AbortPromptError, type LineReader} from './line-reader.js';

/** Where a line prompt reads and writes: nothing but text and line breaks goes out. */
export type LineContext = Readonly<{
	lines: LineReader;
	output: NodeJS.WritableStream;
	signal: AbortSignal;
	lang: Lang;
	/** From a pipe nothing is echoed: the answer is written after the prompt, so the transcript has it. */
	echoes: boolean;
	/** The columns choices are wrapped to. */
	width: number;
}>;

export type Choice<Value> = Readonly<{name: string; value: Value; description?: string}>;

/** A line that is only Esc (Esc, then Enter) means Back, as Esc does in the other faces. */
async function answer(context: LineContext, isSecret = false): Promise<string> {
	const line = await (isSecret ? context.lines.secret(context.signal) : context.lines.line(context.signal));
	if (line.trim() === '\u001B') throw new AbortPromptError('Esc');
	return line;
}

function echo(context: LineContext, text: string): void {
	if (!context.echoes) context.output.write(`${text}\n`);
}

/**
 * Writes a prompt wrapped at words to the width, the answer to follow on its last line. The
 * proposal ("[https://…]") is kept whole: on the message's last line when it fits there, else
 * on a line of its own (a terminal wraps one longer than the width).
 */
function writePrompt(context: LineContext, message: string, proposal?: string): void {
	const lines = wrapText(message, context.width);
	const last = lines.pop() ?? '';
	const shown = proposal === undefined ? [`${last}:`] : columns(`${last} [${proposal}]:`) <= context.width ? [`${last} [${proposal}]:`] : [last, `[${proposal}]:`];
	context.output.write(`${[...lines, ...shown].join('\n')} `);
}

export async function lineInput(config: Readonly<{message: string; default?: string}>, context: LineContext): Promise<string> {
	writePrompt(context, config.message, config.default || undefined);
	const line = (await answer(context)).trim();
	echo(context, line);
	return line || config.default || '';
}

export async function linePassword(config: Readonly<{message: string; note?: string}>, context: LineContext): Promise<string> {
	const notes = [plainText.hidden[context.lang], ...(config.note ? [config.note] : [])];
	writePrompt(context, `${config.message} (${notes.join('; ')})`);
	const line = await answer(context, true);
	// Nothing was echoed as it was typed: the line break the terminal did not print.
	context.output.write(line ? '••••••••••••\n' : '\n');
	return line;
}

/** Numbered choices; the answer is a number (Enter takes the default). */
export async function lineSelect<Value>(config: Readonly<{message: string; choices: ReadonlyArray<Choice<Value>>; default?: unknown}>, context: LineContext): Promise<Value> {
	const {choices} = config;
	const first = Math.max(0, choices.findIndex(choice => choice.value === config.default));
	context.output.write(`${wrapText(config.message, context.width).join('\n')}\n`);
	choices.forEach((choice, at) => {
		const number = `  ${at + 1}. `;
		const lines = wrapText(`${choice.name}${choice.description ? ` (${choice.description})` : ''}`, context.width - number.length);
		lines.forEach((line, index) => context.output.write(`${index === 0 ? number : ' '.repeat(number.length)}${line}\n`));
	});
	for (;;) {
		writePrompt(context, plainText.choose[context.lang](choices.length), String(first + 1));
		const line = (await answer(context)).trim();
		echo(context, line);
		const index = line === '' ? first : /^\d{1,3}$/.test(line) ? Number(line) - 1 : -1;
		const chosen = choices[index];
		if (chosen) return chosen.value;
		context.output.write(`${plainText.notAChoice[context.lang](displayLine(line, 40), choices.length)}\n`);
	}
}

/** y/n in English, s/n in Portuguese (the key `s` means yes there). */
export async function lineConfirm(config: Readonly<{message: string; default?: boolean}>, context: LineContext): Promise<boolean> {
	const keys = plainText.yesNo[context.lang];
	context.output.write(`${wrapText(`${config.message} ${config.default ? keys.yesFirst : keys.noFirst}`, context.width).join('\n')} `);
	const line = (await answer(context)).trim();
	echo(context, line);
	return line === '' ? config.default === true : isYes(line, context.lang);
}

/** An answer that means yes: s or sim in Portuguese, y or yes (in either language: a habit), in any case. */
export function isYes(answer: string, lang: Lang): boolean {
	const word = answer.trim().toLowerCase();
	return word === 'y' || word === 'yes' || (lang === 'pt-BR' && (word === 's' || word === 'sim'));
}
