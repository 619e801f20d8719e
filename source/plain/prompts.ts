// The line prompts the plain face asks with, from one place: @inquirer's on a terminal that draws,
// plain lines (line-prompts.ts) under TERM=dumb or when stdout is not a terminal.
import {makeTheme, type Status} from '@inquirer/core';
import input from '@inquirer/input';
import select from '@inquirer/select';
import type {Lang} from '../i18n/lang.js';
import {plainText} from '../i18n/text.js';
import type {Removed} from '../model/issues.js';
import {wrapText} from '../text/wrap.js';
import {lineConfirm, lineInput, linePassword, lineSelect, type Choice} from './line-prompts.js';
import type {LineReader} from './line-reader.js';
import {secretPrompt} from './secret-prompt.js';
import {yesNo} from './yes-no-prompt.js';

/** Where a prompt reads and writes, and what aborts it (Esc, a signal). */
export type PromptContext = Readonly<{
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream;
	signal: AbortSignal;
	lang: Lang;
	/** Set for plain lines: answers are read from it, and nothing but text is written. */
	lines: LineReader | undefined;
	/** From a pipe, answers are not echoed: the line prompts write them. */
	echoes: boolean;
	/** What the last pastes lost (line breaks, spaces and quotes around them). */
	takePasted: () => readonly Removed[];
}>;

/** Writes a line of the transcript: prose wrapped to the terminal, or `isWhole` (a token) as it is. */
export type Print = (line: string, options?: Readonly<{isWhole?: boolean}>) => void;

const plainTheme = makeTheme();

/**
 * Answered, a prompt stays as "✔ Label: answer": the label gets a colon, unless it ends in
 * punctuation of its own (a question mark, a colon).
 */
const answeredTheme = {
	style: {message: (text: string, status: Status) => plainTheme.style.message(status === 'done' && !/[?:.!]$/.test(text) ? `${text}:` : text, status)},
};

function inquirerContext(context: PromptContext) {
	return {input: context.input, output: context.output, signal: context.signal, clearPromptOnDone: false};
}

function lineContext(context: PromptContext, lines: LineReader) {
	return {lines, output: context.output, signal: context.signal, lang: context.lang, echoes: context.echoes, width: widthOf(context)};
}

function widthOf(context: PromptContext): number {
	return (context.output as {columns?: number}).columns || 80;
}

export async function ask(config: Readonly<{message: string; default?: string}>, context: PromptContext): Promise<string> {
	if (context.lines) return lineInput(config, lineContext(context, context.lines));
	return input({...config, theme: answeredTheme}, inquirerContext(context));
}

/** A hidden answer; `note` (what Enter does) is said beside the label, in the one parenthesis. */
export async function askSecret(config: Readonly<{message: string; note?: string}>, context: PromptContext): Promise<string> {
	if (context.lines) return linePassword(config, lineContext(context, context.lines));
	const message = config.note ? `${config.message} (${config.note})` : config.message;
	return secretPrompt({message, theme: answeredTheme}, inquirerContext(context));
}

export async function choose<Value>(config: Readonly<{message: string; choices: ReadonlyArray<Choice<Value>>; default?: unknown}>, context: PromptContext): Promise<Value> {
	if (context.lines) return lineSelect(config, lineContext(context, context.lines));
	const help = plainText.selectHelp[context.lang];
	const theme = {style: {...answeredTheme.style, keysHelpTip: () => help}};
	// A choice's description is printed under the list as it is: wrapped at words here.
	const choices = config.choices.map(choice => (choice.description ? {...choice, description: wrapText(choice.description, widthOf(context)).join('\n')} : choice));
	return select({...config, choices, theme}, inquirerContext(context));
}

export async function confirm(config: Readonly<{message: string; default?: boolean}>, context: PromptContext): Promise<boolean> {
	if (context.lines) return lineConfirm(config, lineContext(context, context.lines));
	return yesNo({...config, lang: context.lang}, inquirerContext(context));
}
