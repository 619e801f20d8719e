import {emitKeypressEvents} from 'node:readline';
import type {CommandIo} from '../cli/command-io.js';
import {exitCodes, stopSignalOf, type StopSignal} from '../errors/exit-codes.js';
import {
	endingOf,
	endingText,
	pendingEffect,
	stepLine,
	wizardReducer,
	type Ending,
	type WizardAction,
	type WizardState,
	type WizardWork,
} from '../flow/index.js';
import {plainText} from '../i18n/text.js';
import {wrapText} from '../text/wrap.js';
import {askFor} from './ask.js';
import {fetchingLines} from './fetch-step.js';
import {lineReader} from './line-reader.js';
import {bracketedPaste, pasteInput} from './paste-input.js';
import type {Print, PromptContext} from './prompts.js';

/** `lines`: plain lines for a terminal that draws nothing (TERM=dumb), a pipe or a file; otherwise @inquirer's prompts. */
export type PlainOptions = Readonly<{lines: boolean}>;

type Asker = Readonly<{context: (signal: AbortSignal) => PromptContext; keys: NodeJS.ReadableStream | undefined; close: () => void}>;

/** The prompts' input: on a terminal, stdin with bracketed paste on; otherwise whole lines. */
function openAsker(io: CommandIo, options: PlainOptions): Asker {
	const base = {output: io.stdout, lang: io.lang};
	if (options.lines) {
		const lines = lineReader(io.stdin);
		const echoes = io.stdin.isTTY === true;
		return {context: signal => ({...base, signal, input: io.stdin, lines, echoes, takePasted: () => []}), keys: undefined, close: lines.close};
	}
	const paste = pasteInput(io.stdin as NodeJS.ReadStream);
	io.stdout.write(bracketedPaste.on);
	emitKeypressEvents(paste.stream);
	return {
		context: signal => ({...base, signal, input: paste.stream, lines: undefined, echoes: true, takePasted: paste.takeRemoved}),
		keys: paste.stream,
		close() {
			io.stdout.write(bracketedPaste.off);
			paste.close();
		},
	};
}

/**
 * The plain face: the same flow as the Ink app, one line prompt per state, for TERM=dumb,
 * screen readers, slow links and `script` logs. What it prints stays as a clean transcript.
 */
export async function runPlainWizard(initial: WizardState, work: WizardWork, io: CommandIo, options: PlainOptions): Promise<number> {
	const out = (line = '') => io.stdout.write(`${line}\n`);
	const columns = (io.stdout as NodeJS.WriteStream).columns || 80;
	// Prose wrapped at words by us (a terminal's own wrap cuts them), under its own indentation; a token printed whole.
	const print: Print = (line, options) => {
		if (options?.isWhole) return out(line);
		const indent = /^ */.exec(line)![0];
		wrapText(line.slice(indent.length), columns - indent.length).forEach(part => out(`${indent}${part}`));
	};
	let state = initial;
	let lastStep: string | undefined;
	let stop: StopSignal | undefined;
	let hasInputEnded = false;
	const dispatch = (action: WizardAction) => (state = wizardReducer(state, action));

	const asker = openAsker(io, options);
	try {
	while (state.step !== 'done' && state.step !== 'quit') {
		if (io.signal.aborted) {
			stop = stopSignalOf(io.signal) ?? 'SIGINT';
			break;
		}
		if (state.step !== lastStep) {
			out();
			const stepText = stepLine(state, state.lang, columns);
			if (stepText) out(stepText);
			lastStep = state.step;
		}
		const effect = pendingEffect(state);
		if (effect) {
			if (effect.type === 'fetch' && state.step === 'fetch') fetchingLines(state).forEach(line => print(line));
			dispatch(await work.run(effect, token => print(token, {isWhole: true}), io.signal));
			continue;
		}
		const answer = await askWithEscape(state, io, asker, work.now(), print);
		if (answer === 'interrupted') {
			stop = stopSignalOf(io.signal) ?? 'SIGINT';
			break;
		}
		if (answer === 'ended') {
			hasInputEnded = true;
			break;
		}
		for (const action of answer) dispatch(action);
	}
	} finally {
		asker.close();
	}
	// Whatever ended it, the token (if there is one) stays on its own line, with "Token added".
	const ending = hasInputEnded ? inputEnded(state, io) : endingOf(state, stop);
	out();
	for (const line of endingText(ending, columns)) out(line);
	return ending.code;
}

/** Answers ran out (a pipe, Ctrl+D): said as an error of input, the token kept if there is one. */
function inputEnded(state: WizardState, io: CommandIo): Ending {
	return {...endingOf(state), code: exitCodes.usage, lines: [{tone: 'error', text: plainText.inputEnded[io.lang]}]};
}

/** One prompt; Esc aborts it and means Back, Ctrl+C (or SIGTERM, SIGHUP) ends the wizard. */
async function askWithEscape(state: WizardState, io: CommandIo, asker: Asker, now: number, print: Print): Promise<readonly WizardAction[] | 'interrupted' | 'ended'> {
	const controller = new AbortController();
	const onKey = (_: string, key?: {name?: string}) => {
		if (key?.name === 'escape') controller.abort();
	};
	const onStop = () => controller.abort();
	io.signal.addEventListener('abort', onStop, {once: true});
	asker.keys?.on('keypress', onKey);
	try {
		return await askFor(state, asker.context(controller.signal), now, print);
	} catch (error) {
		const name = error instanceof Error ? error.name : '';
		if (io.signal.aborted) return 'interrupted';
		if (name === 'AbortPromptError') return [{type: 'back'}];
		if (name === 'ExitPromptError') return 'interrupted';
		if (name === 'InputEndedError') return 'ended';
		throw error;
	} finally {
		asker.keys?.off('keypress', onKey);
		io.signal.removeEventListener('abort', onStop);
	}
}
