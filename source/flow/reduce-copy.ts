import type {WizardAction} from './actions.js';
import type {CopyState, WizardState} from './state.js';
import {baseOf} from './transitions.js';

export function reduceCopy(state: CopyState, action: WizardAction): WizardState {
	const {output} = state;
	switch (action.type) {
		case 'copy/toggle-reveal':
			return {...state, isRevealed: !state.isRevealed};
		case 'copy/request': {
			if (output.status === 'running') return state;
			const id = state.seq + 1;
			return {...state, seq: id, output: {status: 'running', id, how: action.how}};
		}
		case 'copy/done':
			if (output.status !== 'running' || output.id !== action.id) return state;
			return {...state, output: {status: 'done', how: output.how, method: action.method}};
		case 'copy/failed':
			if (output.status !== 'running' || output.id !== action.id) return state;
			return {...state, output: {status: 'failed', how: output.how, error: action.error}};
		case 'verify/request': {
			if (state.verification.status === 'running') return state;
			const id = state.seq + 1;
			return {...state, seq: id, verification: {status: 'running', id}};
		}
		case 'verify/done':
			return state.verification.status === 'running' && state.verification.id === action.id
				? {...state, verification: {status: 'done', totalResults: action.totalResults}}
				: state;
		case 'verify/failed':
			return state.verification.status === 'running' && state.verification.id === action.id
				? {...state, verification: {status: 'failed', error: action.error}}
				: state;
		case 'file/ask':
		case 'file/input':
		case 'file/submit':
		case 'file/confirm-overwrite':
		case 'file/cancel':
		case 'file/done':
		case 'file/failed':
			return {...state, ...reduceFile(state, action)};
		case 'copy/use':
			return state.phase === 'shown' ? {...state, phase: 'added'} : state;
		case 'copy/finish':
			if (state.phase !== 'added') return state;
			return {
				...baseOf(state),
				kind: state.kind,
				request: state.request,
				tokenName: state.tokenName,
				step: 'done',
				result: state.result,
			};
		default:
			return state;
	}
}

/** The file name proposed in the save prompt: in the current folder, named after the token. */
export function proposedFile(state: CopyState): string {
	return `./${state.tokenName.replace(/[^A-Za-z0-9._-]+/g, '-')}.token`;
}

function reduceFile(state: CopyState, action: WizardAction): Pick<CopyState, 'file' | 'seq'> {
	const {file, seq} = state;
	const write = (path: string, overwrite: boolean) => ({seq: seq + 1, file: {status: 'running', id: seq + 1, path, overwrite} as const});
	switch (action.type) {
		case 'file/ask':
			return file.status === 'running' ? {file, seq} : {seq, file: {status: 'asking', draft: ''}};
		case 'file/input':
			return file.status === 'asking' ? {seq, file: {status: 'asking', draft: action.value}} : {file, seq};
		case 'file/submit':
			return file.status === 'asking' ? write(file.draft.trim() || proposedFile(state), false) : {file, seq};
		case 'file/confirm-overwrite':
			return file.status === 'confirming' ? write(file.path, true) : {file, seq};
		case 'file/cancel':
			return file.status === 'asking' || file.status === 'confirming' ? {seq, file: {status: 'idle'}} : {file, seq};
		case 'file/done':
			return file.status === 'running' && file.id === action.id ? {seq, file: {status: 'done', path: file.path}} : {file, seq};
		case 'file/failed':
			if (file.status !== 'running' || file.id !== action.id) return {file, seq};
			// An existing file is never replaced without asking.
			return action.error.reason === 'output_exists' && !file.overwrite
				? {seq, file: {status: 'confirming', path: file.path}}
				: {seq, file: {status: 'failed', error: action.error}};
		default:
			return {file, seq};
	}
}
