import type {CopyFace} from '../clipboard/describe-copy.js';
import type {CopyResult} from '../clipboard/copy-result.js';
import type {AppError} from '../errors/app-error.js';
import type {ProfileNetwork} from '../model/net-options.js';
import {switchKindBindings, type KindSwitch} from './fetch.js';
import {baseOf, networkOf, settledOf, toDone, withKind} from './moves.js';
import {reduceSync, syncBindings, type SyncAction} from './profile-sync.js';
import {answerWork, idle, startWork, type CopyHow, type CopyState, type GlobalAction, type Work, type WorkAnswer, type WizardState} from './state.js';
import {backBinding, quitBinding, yesBinding, type Binding, type EditorTarget} from './view-lines.js';

// Step 6: the token — copied, printed, written to a file, checked as Okta checks it — then
// Postman's "Use token". Its views are in copy-view.ts.

export type CopyAction =
	| Readonly<{type: 'copy/request'; how: CopyHow}>
	/** A print answers without a result. */
	| Readonly<{type: 'copy/done'; id: number; result: CopyResult | undefined}>
	| Readonly<{type: 'copy/failed'; id: number; error: AppError}>
	| Readonly<{type: 'file/ask'}>
	| Readonly<{type: 'file/input'; value: string}>
	/** Writes to the typed path (or the proposed one); an existing file is asked about first. */
	| Readonly<{type: 'file/submit'}>
	| Readonly<{type: 'file/confirm-overwrite'}>
	| Readonly<{type: 'file/cancel'}>
	| Readonly<{type: 'file/done'; id: number}>
	| Readonly<{type: 'file/failed'; id: number; error: AppError}>
	| Readonly<{type: 'verify/request'}>
	| Readonly<{type: 'verify/done'; id: number; totalResults: number | undefined}>
	| Readonly<{type: 'verify/failed'; id: number; error: AppError}>
	/** Postman's "Use token": shows the "Token added" confirmation. */
	| Readonly<{type: 'copy/use'}>
	| Readonly<{type: 'copy/finish'}>
	| KindSwitch
	| SyncAction;

/** The file name proposed in the save prompt: in the current folder, named after the token. */
export function proposedFile(state: CopyState): string {
	return `./${state.tokenName.replace(/[^A-Za-z0-9._-]+/g, '-')}.token`;
}

/** Saving the token to a file: ask for the path, ask before replacing a file, write. */
function reduceFile(state: CopyState, action: CopyAction): Pick<CopyState, 'file' | 'seq'> {
	const {file, seq} = state;
	const write = (path: string, overwrite: boolean) => {
		const started = startWork(seq, {path, overwrite});
		return {seq: started.seq, file: started.work};
	};
	const unchanged = {file, seq};
	switch (action.type) {
		case 'file/ask':
			return file.status === 'running' ? unchanged : {seq, file: {status: 'asking', draft: ''}};
		case 'file/input':
			return file.status === 'asking' ? {seq, file: {status: 'asking', draft: action.value}} : unchanged;
		case 'file/submit':
			return file.status === 'asking' ? write(file.draft.trim() || proposedFile(state), false) : unchanged;
		case 'file/confirm-overwrite':
			return file.status === 'confirming' ? write(file.path, true) : unchanged;
		case 'file/cancel':
			return file.status === 'asking' || file.status === 'confirming' ? {seq, file: idle} : unchanged;
		case 'file/done':
			return file.status === 'running' ? {seq, file: answerWork(file, {id: action.id, result: undefined})} : unchanged;
		case 'file/failed': {
			if (file.status !== 'running' || file.id !== action.id) return unchanged;
			// An existing file is never replaced without asking.
			if (action.error.reason === 'output_exists' && !file.job.overwrite) return {seq, file: {status: 'confirming', path: file.job.path}};
			return {seq, file: answerWork(file, action)};
		}
		default:
			return unchanged;
	}
}

/** `state` with its `key` work answered; the same state when the answer is late. */
function answered<K extends 'output' | 'verification', Result>(state: CopyState, key: K, answer: WorkAnswer<Result>): CopyState {
	const work = state[key] as Work<unknown, Result>;
	const next = answerWork(work, answer);
	return next === work ? state : {...state, [key]: next};
}

export function reduceCopy(state: CopyState, action: CopyAction | GlobalAction): WizardState {
	const {output, verification} = state;
	switch (action.type) {
		case 'back': {
			if (state.phase === 'added') return {...state, phase: 'shown'};
			return {...baseOf(state), ...settledOf(state), step: 'fetch', call: {status: 'done', job: {startedAt: 0}, result: state.result}};
		}
		case 'provider/switch':
			return action.kind !== state.kind ? {...state, ...withKind(state, action.kind)} : state;
		case 'copy/request': {
			if (output.status === 'running') return state;
			const {seq, work} = startWork(state.seq, {how: action.how});
			return {...state, seq, output: work};
		}
		case 'copy/done': {
			const next = answered(state, 'output', action);
			if (next === state) return state;
			// A print reached the terminal; a copy reached the places its result names.
			const {fate} = state;
			return {...next, fate: action.result ? (action.result.used.length > 0 ? {...fate, copied: action.result} : fate) : {...fate, printed: true}};
		}
		case 'copy/failed':
			return answered(state, 'output', action);
		case 'verify/request': {
			if (verification.status === 'running') return state;
			const {seq, work} = startWork(state.seq, {url: `${state.values.baseUrl.replace(/\/+$/, '')}/Users`});
			return {...state, seq, verification: work};
		}
		case 'verify/done':
			return answered(state, 'verification', {id: action.id, result: {totalResults: action.totalResults}});
		case 'verify/failed':
			return answered(state, 'verification', action);
		case 'file/ask':
		case 'file/input':
		case 'file/submit':
		case 'file/confirm-overwrite':
		case 'file/cancel':
		case 'file/done':
		case 'file/failed': {
			const next = reduceFile(state, action);
			if (next.file === state.file) return state;
			const written = next.file.status === 'done' ? next.file.job.path : undefined;
			return {...state, ...next, ...(written === undefined ? {} : {fate: {...state.fate, written}})};
		}
		case 'copy/use': {
			if (state.phase !== 'shown') return state;
			// The manual copies the token before "Use token": when it was neither copied nor printed yet, Use token copies it.
			if (output.status !== 'idle') return {...state, phase: 'added'};
			const {seq, work} = startWork(state.seq, {how: 'clipboard' as const});
			return {...state, seq, output: work, phase: 'added'};
		}
		case 'copy/finish':
			return state.phase === 'added' ? toDone(state, state.result, true) : state;
		default:
			return reduceSync(state, action) ?? state;
	}
}

export function copyBindings(state: CopyState): ReadonlyArray<Binding<CopyAction | GlobalAction>> {
	if (state.phase === 'added') {
		return [{keys: ['enter', 'q'], label: 'finish', shown: n => n.enter, action: () => ({type: 'copy/finish'})}, backBinding];
	}
	if (state.file.status === 'asking') {
		return [
			{keys: ['enter'], label: 'save', shown: n => n.enter, action: () => ({type: 'file/submit'})},
			{keys: ['escape'], label: 'cancel', shown: n => n.escape, action: () => ({type: 'file/cancel'})},
		];
	}
	if (state.file.status === 'confirming') {
		return [
			yesBinding({type: 'file/confirm-overwrite'}),
			{keys: ['n', 'escape'], label: 'no', shown: () => 'n', action: () => ({type: 'file/cancel'})},
		];
	}
	return [
		{keys: ['c'], label: 'copy', shown: () => 'c', action: () => ({type: 'copy/request', how: 'clipboard'})},
		// r (show) writes it as p does: alone on one line that the terminal wraps, which a mouse selects whole.
		{keys: ['p', 'i', 'r', 'ctrl-r'], label: 'print', shown: n => n.print, action: () => ({type: 'copy/request', how: 'print'})},
		{keys: ['o', 'g'], label: 'saveFile', shown: n => n.saveFile, action: () => ({type: 'file/ask'})},
		{keys: ['v', 't'], label: 'verify', shown: n => n.verify, action: () => ({type: 'verify/request'})},
		{keys: ['u', 'enter'], label: 'useToken', shown: n => `u/${n.enter}`, action: () => ({type: 'copy/use'})},
		...switchKindBindings(state.result, state.kind),
		...syncBindings(state),
		quitBinding,
		backBinding,
	];
}

/** Typing edits the file path, while it is asked for. */
export function copyEditor(state: CopyState): EditorTarget<CopyAction> | undefined {
	if (state.file.status !== 'asking') return undefined;
	return {value: state.file.draft, isSelected: false, change: value => ({type: 'file/input', value}), keep: {type: 'file/input', value: state.file.draft}};
}

export type CopyEffect =
	| Readonly<{type: 'copy'; id: number; how: CopyHow; token: string; face: CopyFace}>
	| Readonly<{type: 'write-file'; id: number; path: string; token: string; overwrite: boolean}>
	| Readonly<{type: 'verify'; id: number; baseUrl: string; token: string; network: ProfileNetwork}>;

export function copyEffect(state: CopyState): CopyEffect | undefined {
	const token = state.result.accessToken;
	const {output, file, verification} = state;
	if (output.status === 'running') return {type: 'copy', id: output.id, how: output.job.how, token, face: state.phase === 'added' ? 'added' : 'wizard'};
	if (file.status === 'running') return {type: 'write-file', id: file.id, path: file.job.path, token, overwrite: file.job.overwrite};
	if (verification.status === 'running') return {type: 'verify', id: verification.id, baseUrl: state.values.baseUrl, token, network: networkOf(state)};
	return undefined;
}
