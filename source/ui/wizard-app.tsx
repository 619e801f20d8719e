import {Box, Text, useApp, useInput, useStdin, useStdout} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import {keyAction, keyHintLine, stepLine, summaries, type WizardState} from '../flow/index.js';
import {cliText} from '../i18n/cli.js';
import type {WizardServices} from '../wizard/wizard-services.js';
import {ClearStep} from './clear-step.js';
import {CollectStep} from './collect-step.js';
import {ConfigureStep} from './configure-step.js';
import {Added, CopyStep} from './copy-step.js';
import {FetchStep} from './fetch-step.js';
import {keyName} from './key-name.js';
import {ProviderStep} from './provider-step.js';
import {useEffects} from './use-effects.js';
import {useFlow} from './use-flow.js';
import {useLineEditor} from './use-line-editor.js';
import {editorTarget} from './editor-target.js';

export type WizardAppProps = Readonly<{
	initial: WizardState;
	services: Omit<WizardServices, 'print'>;
	isInsecure: boolean;
	/** Called once, with the exit code, just before the app unmounts. */
	onExit: (code: number) => void;
	onBug: (error: unknown) => void;
}>;

/** The Ink face: draws the flow's views and turns keys into the flow's actions. No logic of its own. */
export function WizardApp({initial, services, isInsecure, onExit, onBug}: WizardAppProps) {
	const [state, dispatch, latest] = useFlow(initial);
	const [isInterrupted, setInterrupted] = useState(false);
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const {stdout, write} = useStdout();
	const width = Math.max(20, (stdout.columns || 80) - 1);
	const withPrint: WizardServices = useMemo(() => ({...services, print: token => write(`${token}\n`)}), [services, write]);
	useEffects(state, dispatch, withPrint, onBug);

	const target = editorTarget(state);
	const editor = useLineEditor(target?.value ?? '', value => target && dispatch(target.change(value)));

	useInput(
		(input, key) => {
			if (key.ctrl && input === 'c') return setInterrupted(true);
			const name = keyName(input, key);
			const action = name ? keyAction(latest(), name, services.now()) : undefined;
			if (action) dispatch(action);
			else if (editorTarget(latest())) editor.handle(input, key);
		},
		{isActive: isRawModeSupported === true && !isInterrupted},
	);

	const code = isInterrupted ? 130 : state.step === 'done' ? 0 : state.step === 'quit' ? state.error.exitCode : undefined;
	useEffect(() => {
		if (code === undefined) return;
		onExit(code);
		exit();
	}, [code]);

	if (isInterrupted || state.step === 'quit') {
		const text = state.step === 'quit' ? state.error.text[state.lang].message : cliText.interrupted[state.lang];
		return <Text>✖ {text}</Text>;
	}
	if (state.step === 'done') {
		// What stays in the scrollback: the token alone on its line, then "Token added".
		return (
			<Box flexDirection="column">
				<Text>{state.result.accessToken}</Text>
				<Added state={state} />
			</Box>
		);
	}
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				{stepLine(state, state.lang, width)}
			</Text>
			{isInsecure ? <Text color="yellow">⚠ {cliText.insecure[state.lang]}</Text> : null}
			{summaries(state).map(summary => (
				<Text key={summary.step} dimColor wrap="truncate-middle">
					{summary.line}
				</Text>
			))}
			<Box marginTop={1} flexDirection="column">
				{state.step === 'collect' ? <CollectStep state={state} editor={editor} width={width} /> : null}
				{state.step === 'provider' ? <ProviderStep state={state} /> : null}
				{state.step === 'configure' ? <ConfigureStep state={state} editor={editor} width={width} /> : null}
				{state.step === 'clear' ? <ClearStep lang={state.lang} /> : null}
				{state.step === 'fetch' ? <FetchStep state={state} width={width} /> : null}
				{state.step === 'copy' ? <CopyStep state={state} /> : null}
			</Box>
			<Box marginTop={1}>
				<Text dimColor>{keyHintLine(state)}</Text>
			</Box>
		</Box>
	);
}
