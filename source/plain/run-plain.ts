import {emitKeypressEvents} from 'node:readline';
import type {CommandIo} from '../cli/command-io.js';
import {signalExitCodes, stopSignalOf} from '../errors/exit-codes.js';
import {
	farewellLines,
	lineText,
	pendingEffect,
	runEffect,
	stepLine,
	wizardReducer,
	type WizardAction,
	type WizardServices,
	type WizardState,
} from '../flow/index.js';
import {stoppedText} from '../i18n/common.js';
import {askFor} from './ask.js';
import {fetchingLine} from './fetch-step.js';
import type {PromptContext} from './prompts.js';

/**
 * The plain face: the same flow as the Ink app, one line prompt per state, for TERM=dumb,
 * screen readers, slow links and `script` logs. What it prints stays as a clean transcript.
 */
export async function runPlainWizard(initial: WizardState, baseServices: Omit<WizardServices, 'print'>, io: CommandIo): Promise<number> {
	const out = (line = '') => io.stdout.write(`${line}\n`);
	const services: WizardServices = {...baseServices, print: out};
	const columns = (io.stdout as NodeJS.WriteStream).columns || 80;
	let state = initial;
	let lastStep: string | undefined;
	const dispatch = (action: WizardAction) => (state = wizardReducer(state, action));

	emitKeypressEvents(io.stdin);
	while (state.step !== 'done' && state.step !== 'quit') {
		if (io.signal.aborted) return stopped(io);
		if (state.step !== lastStep) {
			out();
			out(stepLine(state, state.lang, columns));
			lastStep = state.step;
		}
		const effect = pendingEffect(state);
		if (effect) {
			if (effect.type === 'fetch' && state.step === 'fetch') out(fetchingLine(state));
			dispatch(await runEffect(effect, services, io.signal));
			continue;
		}
		const answer = await askWithEscape(state, io, services.now());
		if (answer === 'interrupted') return stopped(io);
		for (const action of answer) dispatch(action);
	}
	if (state.step === 'quit') {
		out(`✖ ${state.error.text[state.lang].message}`);
		return state.error.exitCode;
	}
	out();
	for (const line of farewellLines(state.result, state.lang)) out(lineText(line));
	return 0;
}

/** One prompt; Esc aborts it and means Back, Ctrl+C (or SIGTERM, SIGHUP) ends the wizard. */
async function askWithEscape(state: WizardState, io: CommandIo, now: number): Promise<readonly WizardAction[] | 'interrupted'> {
	const controller = new AbortController();
	const onKey = (_: string, key?: {name?: string}) => {
		if (key?.name === 'escape') controller.abort();
	};
	const onStop = () => controller.abort();
	io.signal.addEventListener('abort', onStop, {once: true});
	io.stdin.on('keypress', onKey);
	const context: PromptContext = {input: io.stdin, output: io.stdout, signal: controller.signal, clearPromptOnDone: false};
	try {
		return await askFor(state, context, now, line => io.stdout.write(`${line}\n`));
	} catch (error) {
		const name = error instanceof Error ? error.name : '';
		if (io.signal.aborted) return 'interrupted';
		if (name === 'AbortPromptError') return [{type: 'back'}];
		if (name === 'ExitPromptError') return 'interrupted';
		throw error;
	} finally {
		io.stdin.off('keypress', onKey);
		io.signal.removeEventListener('abort', onStop);
	}
}

/** Ctrl+C at a prompt, or a signal: said as what it was, with the exit code a shell expects. */
function stopped(io: CommandIo): number {
	const signal = stopSignalOf(io.signal) ?? 'SIGINT';
	io.stdout.write(`✖ ${stoppedText[signal][io.lang].message}\n`);
	return signalExitCodes[signal];
}
