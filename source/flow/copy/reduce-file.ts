import type {WizardAction} from '../actions.js';
import {answerWork, idle, startWork} from '../shared/work.js';
import type {CopyState} from './state.js';

/** The file name proposed in the save prompt: in the current folder, named after the token. */
export function proposedFile(state: CopyState): string {
	return `./${state.tokenName.replace(/[^A-Za-z0-9._-]+/g, '-')}.token`;
}

/** Saving the token to a file: ask for the path, ask before replacing a file, write. */
export function reduceFile(state: CopyState, action: WizardAction): Pick<CopyState, 'file' | 'seq'> {
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
