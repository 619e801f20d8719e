import {Box, Text} from 'ink';
import {failureView, fetchingView, lineText, resultView, type FetchState} from '../flow/index.js';
import {wrapText} from '../text/wrap.js';
import {hue} from './palette.js';
import {Prose} from './prose.js';
import {Rows} from './rows.js';
import {useNow} from './use-now.js';
import {ViewLines} from './view-lines.js';

type Props = Readonly<{state: FetchState; width: number; maxRows: number}>;

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function Fetching({state}: Readonly<{state: FetchState}>) {
	const now = useNow(100);
	return (
		<Text>
			{frames[Math.floor(now / 100) % frames.length]} {fetchingView(state, now).text}
		</Text>
	);
}

/** Step 5: the request running, then "Authentication complete" or what went wrong. */
export function FetchStep({state, width, maxRows}: Props) {
	const {call} = state;
	if (call.status === 'running') return <Fetching state={state} />;
	if (call.status === 'failed') {
		const view = failureView(call.error, state.lang);
		return (
			<Box flexDirection="column">
				<Text bold color={hue('red')}>
					✖ {view.title}
				</Text>
				<Prose text={view.message} width={width} />
				{view.hint ? <Prose text={`→ ${view.hint}`} width={width} /> : null}
				<Prose text={view.editNote} width={width} dimColor />
			</Box>
		);
	}
	const view = resultView(call.result, state.tokenName, state.kind, state.lang);
	const warning = view.kindWarning ? wrapText(lineText(view.kindWarning), width) : [];
	const claimRows = Math.max(0, maxRows - view.rows.length - 2 - warning.length - (view.retriedNote ? 1 : 0));
	const claims = view.claims.length > claimRows ? [...view.claims.slice(0, Math.max(0, claimRows - 1)), {label: '…', value: ''}] : view.claims;
	return (
		<Box flexDirection="column">
			<Text bold color={hue('green')}>
				✔ {view.title}
			</Text>
			<Rows rows={view.rows} width={width} />
			{view.kindWarning ? <ViewLines lines={[view.kindWarning]} width={width} /> : null}
			{view.retriedNote ? <Prose text={`⚠ ${view.retriedNote}`} width={width} color={hue('yellow')} /> : null}
			{view.claimsTitle && claimRows > 1 ? <Text dimColor>{view.claimsTitle}</Text> : null}
			<Rows rows={claims} width={width} />
		</Box>
	);
}
