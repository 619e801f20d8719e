import {errorText, type AppError} from '../errors/app-error.js';
import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/text.js';
import {storedSettingsOf} from '../model/configure-fields.js';
import type {ProfileInput} from '../profiles/profile.js';
import {networkOf, toConfigure, toFetching} from './moves.js';
import {answerWork, type ClearState, type GlobalAction, type SavedProfile, type WizardState} from './state.js';
import {backBinding, type Binding, type ViewLine} from './view-lines.js';

// Step 4: a clean session (the engine opens a fresh connection pool for every request), and the
// profile named in step 3 being saved.

export type ClearAction =
	| Readonly<{type: 'clear/continue'; at: number}>
	| Readonly<{type: 'save/done'; id: number; profiles: readonly SavedProfile[]; path: string}>
	| Readonly<{type: 'save/failed'; id: number; error: AppError}>;

export function reduceClear(state: ClearState, action: ClearAction | GlobalAction): WizardState {
	const {save} = state;
	switch (action.type) {
		case 'back':
			return toConfigure(state, state.kind);
		case 'clear/continue':
			return toFetching(state, state.kind, action.at);
		case 'save/done': {
			const answered = answerWork(save, {id: action.id, result: {path: action.path}});
			if (answered === save || answered.status !== 'done') return state;
			return {
				...state,
				profiles: action.profiles,
				// From now on the tokens of this run are recorded in this profile's history.
				profile: {name: answered.job.name, mode: state.profile?.mode ?? 'use'},
				save: answered,
			};
		}
		case 'save/failed': {
			const answered = answerWork(save, action);
			return answered === save ? state : {...state, save: answered};
		}
		default:
			return state;
	}
}

export function clearBindings(): ReadonlyArray<Binding<ClearAction | GlobalAction>> {
	return [{keys: ['enter'], label: 'getToken', shown: n => n.enter, action: at => ({type: 'clear/continue', at})}, backBinding];
}

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

export function clearView(state: ClearState, lang: Lang = state.lang): ClearView {
	const text = wizardTextFor(lang);
	return {title: text.clearTitle, items: text.clearItems, note: text.clearNote, save: saveLines(state, lang)};
}

/** What step 3 saves: every value of steps 1–3, as step 3's table keeps them; the secret only when the user chose to keep it. */
export function profileInputOf(state: ClearState, name: string): ProfileInput {
	const {values, config} = state;
	const {clientSecret, ...urls} = values;
	return {
		name,
		...urls,
		kind: state.kind,
		...storedSettingsOf(config),
		network: networkOf(state),
		...(config.rememberSecret === 'yes' ? {clientSecret} : {}),
	};
}

export type SaveProfileEffect = Readonly<{type: 'save-profile'; id: number; input: ProfileInput}>;

export function saveProfileEffect(state: ClearState): SaveProfileEffect | undefined {
	const {save} = state;
	return save.status === 'running' ? {type: 'save-profile', id: save.id, input: profileInputOf(state, save.job.name)} : undefined;
}
