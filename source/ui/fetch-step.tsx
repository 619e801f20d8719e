import {Box, Text} from 'ink';
import {failureView, fetchingView, lineText, profileNotes, resultView, type FetchState, type Row} from '../flow/index.js';
import {wrapText} from '../text/wrap.js';
import {hue} from './palette.js';
import {Prose} from './prose.js';
import {rowHeights, Rows} from './rows.js';
import {useNow} from './use-now.js';
import {ViewLines} from './view-lines.js';

type Props = Readonly<{state: FetchState; width: number; maxRows: number}>;

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function Fetching({state, width}: Readonly<{state: FetchState; width: number}>) {
	const now = useNow(100);
	return (
		<Box flexDirection="column">
			<Text>
				{frames[Math.floor(now / 100) % frames.length]} {fetchingView(state, now).text}
			</Text>
			<ViewLines lines={profileNotes(state).practice} width={width} />
		</Box>
	);
}

/** Step 5: the request running, then "Authentication complete" or what went wrong. */
export function FetchStep({state, width, maxRows}: Props) {
	const {call} = state;
	if (call.status === 'running') return <Fetching state={state} width={width} />;
	if (call.status === 'failed') {
		const view = failureView(call.error, state.lang, state);
		return (
			<Box flexDirection="column">
				<Text bold color={hue('red')}>
					✖ {view.title}
				</Text>
				<Prose text={view.message} width={width} />
				{view.hint ? <Prose text={`→ ${view.hint}`} width={width} /> : null}
				<Prose text={view.editNote} width={width} dimColor />
				{view.profileNote ? <Prose text={`→ ${view.profileNote}`} width={width} /> : null}
				<ViewLines lines={profileNotes(state).practice} width={width} />
			</Box>
		);
	}
	const view = resultView(call.result, state.tokenName, state.kind, state.lang);
	const warning = view.kindWarning ? wrapText(lineText(view.kindWarning), width) : [];
	const retried = view.retriedNote ? wrapText(`⚠ ${view.retriedNote}`, width) : [];
	const title = view.claimsTitle ? wrapText(view.claimsTitle, width) : [];
	const {practice, profile} = profileNotes(state);
	const notes = [...practice, ...profile];
	const noted = notes.flatMap(line => wrapText(lineText(line), width));
	const used = 1 + sum(rowHeights(view.rows, width)) + warning.length + retried.length + noted.length + title.length;
	const claims = fitted(view.claims, width, Math.max(0, maxRows - used));
	return (
		<Box flexDirection="column">
			<Text bold color={hue('green')}>
				✔ {view.title}
			</Text>
			<Rows rows={view.rows} width={width} />
			{view.kindWarning ? <ViewLines lines={[view.kindWarning]} width={width} /> : null}
			{view.retriedNote ? <Prose text={`⚠ ${view.retriedNote}`} width={width} color={hue('yellow')} /> : null}
			<ViewLines lines={notes} width={width} />
			{view.claimsTitle && claims.length > 0 ? <Prose text={view.claimsTitle} width={width} dimColor /> : null}
			<Rows rows={claims} width={width} />
		</Box>
	);
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** The claims that fit in `rows` screen rows, wrapped values counted; a last "…" row says some were left out. */
function fitted(claims: readonly Row[], width: number, rows: number): readonly Row[] {
	const heights = rowHeights(claims, width);
	if (sum(heights) <= rows) return claims;
	const kept: Row[] = [];
	let used = 1;
	for (const [index, claim] of claims.entries()) {
		if (used + heights[index]! > rows) break;
		kept.push(claim);
		used += heights[index]!;
	}
	return kept.length > 0 ? [...kept, {label: '…', value: ''}] : [];
}
