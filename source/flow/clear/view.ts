import type {Lang} from '../../i18n/lang.js';
import {wizardTextFor} from '../../i18n/text.js';
import type {ViewLine} from '../shared/line.js';
import type {ClearState} from './state.js';
import {errorText} from '../../errors/app-error.js';

export type ClearView = Readonly<{
	title: string;
	items: readonly string[];
	note: string;
	/** What became of the profile saved on the way here; empty when none. */
	save: readonly ViewLine[];
}>;

function saveLines(state: ClearState, lang: Lang): readonly ViewLine[] {
	const text = wizardTextFor(lang).save;
	const {save} = state;
	switch (save.status) {
		case 'idle':
			return [];
		case 'running':
			return [{tone: 'progress', text: text.running(save.job.name)}];
		case 'done':
			return [
				{tone: 'success', text: text.done(save.job.name, save.result.path)},
				{tone: 'plain', text: save.job.isSecretRemembered ? text.secretKept : text.secretNotKept},
			];
		case 'failed':
			return [{tone: 'error', text: text.failed(errorText(save.error, lang).message)}];
	}
}

/** Nothing to run here: the engine opens a fresh connection pool for every request. */
export function clearView(state: ClearState, lang: Lang = state.lang): ClearView {
	const text = wizardTextFor(lang);
	return {title: text.clearTitle, items: text.clearItems, note: text.clearNote, save: saveLines(state, lang)};
}
