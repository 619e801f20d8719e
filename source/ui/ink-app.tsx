import {Box, Text, useApp, useInput, useStdin, useStdout, type Key} from 'ink';
import {useCallback, useEffect, useState} from 'react';
import {editorTarget, endingOf, enterAfterTypedAhead, keyAction, keyHints, stepLine, summaries, summaryLine, typedAheadValue, type Ending, type WizardState, type WizardWork} from '../flow/index.js';
import {wrapItems, wrapText} from '../text/wrap.js';
import {cliText} from '../i18n/text.js';
import {ClearStep} from './clear-step.js';
import {CollectStep} from './collect-step.js';
import {ConfigureStep} from './configure-step.js';
import {CopyStep} from './copy-step.js';
import {FetchStep} from './fetch-step.js';
import {keyName} from './key-name.js';
import {ProfilesStep} from './profiles-step.js';
import {ProviderStep} from './provider-step.js';
import {useEffects} from './use-effects.js';
import {useFlow} from './use-flow.js';
import {useLineEditor} from './use-line-editor.js';
import {useTerminalSize} from './use-terminal-size.js';
import {hue} from './palette.js';

export type WizardAppProps = Readonly<{
	initial: WizardState;
	work: WizardWork;
	isInsecure: boolean;
	/** Called with every state drawn, so a signal from outside can end the wizard from the last one. */
	onState: (state: WizardState) => void;
	/** Called once, as the app ends by itself (finished, quit, Ctrl+C read as a key): what stays in the terminal. */
	onExit: (ending: Ending) => void;
	onBug: (error: unknown) => void;
}>;

/** The Ink face: draws the flow's views and turns keys into the flow's actions. No logic of its own. */
export function WizardApp({initial, work, isInsecure, onState, onExit, onBug}: WizardAppProps) {
	const [state, dispatch, latest] = useFlow(initial);
	const [isInterrupted, setInterrupted] = useState(false);
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const {write} = useStdout();
	const size = useTerminalSize();
	const width = Math.max(20, size.columns - 1);
	const summaryLines = summaries(state);
	const stepText = stepLine(state, state.lang, width);
	// The keys at the foot and the --insecure warning, wrapped by us like every line of prose.
	const hintLines = wrapItems(keyHints(state).map(hint => `${hint.keys} ${hint.label}`), ' · ', width);
	const insecureLines = isInsecure ? wrapText(`⚠ ${cliText.insecure[state.lang]}`, width) : [];
	// What is left for a step's body once the indicator, summaries, margins and hints are drawn:
	// a frame taller than the terminal is redrawn whole on every change.
	const bodyRows = Math.max(4, size.rows - summaryLines.length - insecureLines.length - hintLines.length - 4);
	const print = useCallback((token: string) => write(`${token}\n`), [write]);
	useEffects(state, dispatch, work, print, onBug);

	const editor = useLineEditor(dispatch);
	const line = editor.stateFor(editorTarget(state)?.value ?? '');

	/** A value and its Enter read as one input ("value\r", over a slow link): typed, then Enter as the flow says. */
	function typedAhead(input: string, key: Key): boolean {
		const value = typedAheadValue(input);
		const typedIn = editorTarget(latest());
		if (value === undefined || !typedIn) return false;
		editor.handle(value, {...key, return: false}, typedIn);
		const action = enterAfterTypedAhead(latest(), work.now());
		if (action) dispatch(action);
		return true;
	}

	useInput(
		(input, key) => {
			// Ctrl+C typed right after other keys can arrive in their chunk ("127.0.0.1:\u0003"): it still ends the wizard.
			if ((key.ctrl && input === 'c') || input.includes('\u0003')) return setInterrupted(true);
			if (typedAhead(input, key)) return;
			const name = keyName(input, key);
			const action = name ? keyAction(latest(), name, work.now()) : undefined;
			const target = editorTarget(latest());
			if (action) dispatch(action);
			else if (target) editor.handle(input, key, target);
		},
		{isActive: isRawModeSupported === true && !isInterrupted},
	);

	const isOver = isInterrupted || state.step === 'done' || state.step === 'quit';
	useEffect(() => {
		onState(state);
	}, [onState, state]);
	useEffect(() => {
		if (!isOver) return;
		onExit(endingOf(state, isInterrupted ? 'SIGINT' : undefined));
		exit();
	}, [exit, isInterrupted, isOver, onExit, state]);

	// What stays in the terminal is printed once Ink has gone: nothing left to draw here.
	if (isOver) return null;
	return (
		<Box flexDirection="column" width={width}>
			{stepText ? (
				<Text bold wrap="truncate">
					{stepText}
				</Text>
			) : null}
			{insecureLines.map(text => (
				<Text key={text} color={hue('yellow')}>
					{text}
				</Text>
			))}
			{/* Fitted by the flow: whole items left out from the right, so what matters stays. */}
			{summaryLines.map(summary => (
				<Text key={summary.step} dimColor wrap="truncate-end">
					{summaryLine(summary, width)}
				</Text>
			))}
			<Box marginTop={1} flexDirection="column">
				{state.step === 'profiles' ? <ProfilesStep state={state} width={width} /> : null}
				{state.step === 'collect' ? <CollectStep state={state} line={line} width={width} /> : null}
				{state.step === 'provider' ? <ProviderStep state={state} width={width} /> : null}
				{state.step === 'configure' ? <ConfigureStep state={state} line={line} width={width} /> : null}
				{state.step === 'clear' ? <ClearStep state={state} width={width} /> : null}
				{state.step === 'fetch' ? <FetchStep state={state} width={width} maxRows={bodyRows} /> : null}
				{state.step === 'copy' ? <CopyStep state={state} line={line} width={width} /> : null}
			</Box>
			<Box marginTop={1} flexDirection="column">
				{hintLines.map(text => (
					<Text key={text} dimColor>
						{text}
					</Text>
				))}
			</Box>
		</Box>
	);
}
