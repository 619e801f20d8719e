import {
	addedView,
	clearView,
	configureView,
	copyView,
	failureView,
	fetchingView,
	fieldView,
	providerView,
	resultView,
	type ClearState,
	type CollectState,
	type ConfigureState,
	type CopyState,
	type FetchState,
	type ProviderState,
	type Row,
} from '../flow/index.js';

/** The flow's views as plain lines: no colour, no cursor movement, markers carry the meaning. */
const rows = (list: readonly Row[]) => list.map(row => `  ${row.label}: ${row.value}`);

export function fieldLines(state: CollectState): string[] {
	const view = fieldView(state);
	return [
		`${view.label} (${view.position}/${view.count})`,
		`  ${view.help}`,
		...view.demo.map(row => `  ${row.label}: ${row.value}`),
		...view.issues.map(issue => `  ${issue.line}`),
	];
}

export function providerLines(state: ProviderState): string[] {
	return [`⚠ ${providerView(state).warning}`];
}

export function configureLines(state: ConfigureState): string[] {
	const view = configureView(state);
	return [
		view.title,
		...rows(view.rows),
		...view.fields.flatMap(field => [
			`  ${field.label}: ${field.display || field.placeholder || '—'}`,
			...field.issues.map(issue => `    ${issue.line}`),
		]),
		...view.warnings.map(issue => issue.line),
	];
}

export function clearLines(state: ClearState): string[] {
	const view = clearView(state);
	return [view.title, ...view.items.map(item => `  ✔ ${item}`), `  ${view.note}`, ...view.save.map(line => `  ${line}`)];
}

export function fetchingLine(state: FetchState & {phase: 'fetching'}): string {
	return `… ${fetchingView(state, state.startedAt).text}`;
}

export function fetchLines(state: FetchState): string[] {
	if (state.phase === 'fetching') return [];
	if (state.phase === 'failed') {
		const view = failureView(state.error, state.lang);
		return [`✖ ${view.title}`, `  ${view.message}`, ...(view.hint ? [`  → ${view.hint}`] : []), `  ${view.editNote}`];
	}
	const view = resultView(state.result, state.tokenName, state.lang);
	return [
		`✔ ${view.title}`,
		...rows(view.rows),
		...(view.retriedNote ? [`  ⚠ ${view.retriedNote}`] : []),
		...(view.claimsTitle ? [`  ${view.claimsTitle}`, ...rows(view.claims).map(line => `  ${line}`)] : []),
	];
}

export function copyLines(state: CopyState): string[] {
	if (state.phase === 'added') {
		const view = addedView(state);
		return [`✔ ${view.title}`, `  ${view.where}`, `  ${view.expiry}`];
	}
	const view = copyView(state);
	// The token, when revealed, stands alone on its line so it can be selected exactly.
	return [
		view.title,
		view.display,
		...(view.note ? [`  ${view.note}`] : []),
		...[...view.verification, ...view.file.lines].map(line => `  ${line}`),
	];
}
