import {Box, Text, useApp, useInput, useStdin, useStdout, type Key} from 'ink';
import {useEffect, useMemo, useRef, useState} from 'react';
import {signalExitCodes} from '../errors/exit-codes.js';
import {cleanPaste, editorTarget, farewellLines, keyAction, keyHintLine, lineText, stepLine, summaries, type WizardServices, type WizardState} from '../flow/index.js';
import {cliText} from '../i18n/cli.js';
import {stoppedText} from '../i18n/common.js';
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
	services: Omit<WizardServices, 'print'>;
	isInsecure: boolean;
	/**
	 * Called once, just before the app unmounts, with the exit code and the lines to print once
	 * Ink is gone (the token and "Token added"): plain text the terminal wraps and keeps.
	 */
	onExit: (code: number, farewell: readonly string[]) => void;
	onBug: (error: unknown) => void;
}>;

/** The Ink face: draws the flow's views and turns keys into the flow's actions. No logic of its own. */
export function WizardApp({initial, services, isInsecure, onExit, onBug}: WizardAppProps) {
	const [state, dispatch, latest] = useFlow(initial);
	const [isInterrupted, setInterrupted] = useState(false);
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const {write} = useStdout();
	const size = useTerminalSize();
	const width = Math.max(20, size.columns - 1);
	// A revealed token takes many lines on a narrow screen: the summaries make room for it.
	const summaryLines = state.step === 'copy' && state.isRevealed ? [] : summaries(state);
	// What is left for a step's body once the indicator, summaries, margins and hints are drawn:
	// a frame taller than the terminal is redrawn whole on every change.
	const bodyRows = Math.max(4, size.rows - summaryLines.length - (isInsecure ? 6 : 5) - 1);
	const withPrint: WizardServices = useMemo(() => ({...services, print: token => write(`${token}\n`)}), [services, write]);
	useEffects(state, dispatch, withPrint, onBug);

	const editor = useLineEditor(dispatch);
	const line = editor.stateFor(editorTarget(state)?.value ?? '');

	/**
	 * Over a slow SSH link, a value and its Enter can arrive as one chunk, which Ink reports as
	 * one input: "value\r". Type the value, then press Enter — unless the value needed cleaning
	 * (spaces, quotes), so the user sees what was removed before it is accepted.
	 */
	function typedAhead(input: string, key: Key): boolean {
		const match = /^([^\r\n]+)(?:\r\n|\r|\n)$/.exec(input);
		const typedIn = editorTarget(latest());
		if (!match || !typedIn) return false;
		editor.handle(match[1]!, {...key, return: false}, typedIn);
		const target = editorTarget(latest());
		if (target && cleanPaste(target.value).removed.length > 0) return true;
		const action = keyAction(latest(), 'enter', services.now());
		if (action) dispatch(action);
		return true;
	}

	useInput(
		(input, key) => {
			if (key.ctrl && input === 'c') return setInterrupted(true);
			if (typedAhead(input, key)) return;
			const name = keyName(input, key);
			const action = name ? keyAction(latest(), name, services.now()) : undefined;
			const target = editorTarget(latest());
			if (action) dispatch(action);
			else if (target) editor.handle(input, key, target);
		},
		{isActive: isRawModeSupported === true && !isInterrupted},
	);

	const code = isInterrupted ? signalExitCodes.SIGINT : state.step === 'done' ? 0 : state.step === 'quit' ? state.error.exitCode : undefined;
	const hasExited = useRef(false);
	useEffect(() => {
		if (code === undefined || hasExited.current) return;
		hasExited.current = true;
		onExit(code, state.step === 'done' ? farewellLines(state.result, state.lang).map(lineText) : []);
		exit();
	}, [code, exit, onExit, state]);

	if (isInterrupted || state.step === 'quit') {
		const text = state.step === 'quit' ? state.error.text[state.lang].message : stoppedText.SIGINT[state.lang].message;
		return <Text>✖ {text}</Text>;
	}
	// The farewell is printed after Ink has gone, not drawn: nothing left to draw here.
	if (state.step === 'done') return null;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				{stepLine(state, state.lang, width)}
			</Text>
			{isInsecure ? <Text color={hue('yellow')}>⚠ {cliText.insecure[state.lang]}</Text> : null}
			{summaryLines.map(summary => (
				<Text key={summary.step} dimColor wrap="truncate-middle">
					✔ {summary.name}: {summary.value}
				</Text>
			))}
			<Box marginTop={1} flexDirection="column">
				{state.step === 'profiles' ? <ProfilesStep state={state} /> : null}
				{state.step === 'collect' ? <CollectStep state={state} line={line} width={width} /> : null}
				{state.step === 'provider' ? <ProviderStep state={state} /> : null}
				{state.step === 'configure' ? <ConfigureStep state={state} line={line} width={width} /> : null}
				{state.step === 'clear' ? <ClearStep state={state} /> : null}
				{state.step === 'fetch' ? <FetchStep state={state} width={width} maxRows={bodyRows} /> : null}
				{state.step === 'copy' ? <CopyStep state={state} line={line} width={width} /> : null}
			</Box>
			<Box marginTop={1}>
				<Text dimColor>{keyHintLine(state)}</Text>
			</Box>
		</Box>
	);
}
