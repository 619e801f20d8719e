import {failureView, fetchingView, lineText, profileNotes, resultView, type FetchState, type WizardAction} from '../flow/index.js';
import {menu, rowLines} from './menu.js';
import type {Print, PromptContext} from './prompts.js';

/** The line said while the request runs (no spinner: a transcript keeps every line). */
export function fetchingLines(state: FetchState): string[] {
	// What the practice server did to the profile just picked is said once, before the request.
	return [`… ${fetchingView(state, state.call.job.startedAt).text}`, ...profileNotes(state).practice.map(lineText)];
}

/** Step 5: "Authentication complete" and what the server said, or what went wrong; then the keys. */
export async function askFetch(state: FetchState, context: PromptContext, now: number, print: Print): Promise<readonly WizardAction[]> {
	const {call} = state;
	if (call.status === 'failed') {
		const view = failureView(call.error, state.lang, state);
		[`✖ ${view.title}`, `  ${view.message}`, ...(view.hint ? [`  → ${view.hint}`] : []), `  ${view.editNote}`, ...(view.profileNote ? [`  → ${view.profileNote}`] : [])].forEach(line => print(line));
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
	profileNotes(state).profile.forEach(line => print(lineText(line)));
	return menu(state, context, now);
}
