import {failureView, fetchingView, lineText, resultView, type FetchState, type WizardAction} from '../flow/index.js';
import {menu, rowLines} from './menu.js';
import type {Print, PromptContext} from './prompts.js';

/** The line said while the request runs (no spinner: a transcript keeps every line). */
export function fetchingLine(state: FetchState): string {
	return `… ${fetchingView(state, state.call.job.startedAt).text}`;
}

/** Step 5: "Authentication complete" and what the server said, or what went wrong; then the keys. */
export async function askFetch(state: FetchState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	const {call} = state;
	if (call.status === 'failed') {
		const view = failureView(call.error, state.lang);
		[`✖ ${view.title}`, `  ${view.message}`, ...(view.hint ? [`  → ${view.hint}`] : []), `  ${view.editNote}`].forEach(line => print(line));
	}
	if (call.status === 'done') {
		const view = resultView(call.result, state.tokenName, state.kind, state.lang);
		[
			`✔ ${view.title}`,
			...(view.kindWarning ? [lineText(view.kindWarning)] : []),
			...rowLines(view.rows),
			...(view.retriedNote ? [`  ⚠ ${view.retriedNote}`] : []),
			...(view.claimsTitle ? [`  ${view.claimsTitle}`, ...rowLines(view.claims, '    ')] : []),
		].forEach(line => print(line));
	}
	return menu(state, context, now);
}
