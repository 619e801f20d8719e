import {Box, Text} from 'ink';
import {failureView, fetchingView, resultView, type FetchState} from '../flow/index.js';
import {Rows} from './rows.js';
import {useNow} from './use-now.js';

type Props = Readonly<{state: FetchState; width: number}>;

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function Fetching({state}: Readonly<{state: FetchState & {phase: 'fetching'}}>) {
	const now = useNow(100);
	return (
		<Text>
			{frames[Math.floor(now / 100) % frames.length]} {fetchingView(state, now).text}
		</Text>
	);
}

/** Step 5: the request running, then "Authentication complete" or what went wrong. */
export function FetchStep({state, width}: Props) {
	if (state.phase === 'fetching') return <Fetching state={state} />;
	if (state.phase === 'failed') {
		const view = failureView(state.error, state.lang);
		return (
			<Box flexDirection="column">
				<Text bold color="red">
					✖ {view.title}
				</Text>
				<Text>{view.message}</Text>
				{view.hint ? <Text>→ {view.hint}</Text> : null}
				<Text dimColor>{view.editNote}</Text>
			</Box>
		);
	}
	const view = resultView(state.result, state.tokenName, state.lang);
	return (
		<Box flexDirection="column">
			<Text bold color="green">
				✔ {view.title}
			</Text>
			<Rows rows={view.rows} width={width} />
			{view.retriedNote ? <Text color="yellow">⚠ {view.retriedNote}</Text> : null}
			{view.claimsTitle ? <Text dimColor>{view.claimsTitle}</Text> : null}
			<Rows rows={view.claims} width={width} />
		</Box>
	);
}
