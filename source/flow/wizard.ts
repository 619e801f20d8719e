import type {AppError} from '../errors/app-error.js';
import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/text.js';
import {extraTextFor, type ExtraKeyLabel} from '../i18n/text.js';
import type {KeyLabel} from '../i18n/wizard-text.js';
import {defaultConfig} from '../model/configure-fields.js';
import type {ProfileNetwork} from '../model/net-options.js';
import type {SeguraDetails} from '../model/provider-details.js';
import {clearBindings, reduceClear, saveProfileEffect, type ClearAction, type SaveProfileEffect} from './clear.js';
import {collectBindings, collectEditor, reduceCollect, type CollectAction} from './collect.js';
import {configureBindings, configureEditor, reduceConfigure, type ConfigureAction} from './configure.js';
import {copyBindings, copyEditor, copyEffect, reduceCopy, type CopyAction, type CopyEffect} from './copy.js';
import {cleanPaste, emptyCredentials} from './credentials.js';
import {quitByUser, tokenOf} from './farewell.js';
import {fetchBindings, fetchEffect, reduceFetch, type FetchAction, type FetchEffect} from './fetch.js';
import {applyPrefill, baseOf, freshBase, toCollect, toDone, toProfiles} from './moves.js';
import {syncEffect, type SyncProfileEffect} from './profile-sync.js';
import {profilesBindings, reduceProfiles, removeProfileEffect, startWithProfile, type ProfilesAction, type RemoveProfileEffect} from './profiles.js';
import {providerBindings, reduceProvider, type ProviderAction} from './provider.js';
import type {GlobalAction, Prefill, SavedProfile, WizardState} from './state.js';
import type {Binding, EditorTarget, KeyName} from './view-lines.js';

// The steps tied together: one reducer, one key table and one list of pending work for the whole
// wizard, each handing the current state to its step's module.

/**
 * Everything either face can ask of the flow. `at` is the wall clock in ms, passed in so the
 * reducer stays pure. Answers to work carry the `id` the work was given: late answers are ignored.
 */
export type WizardAction = GlobalAction | ProfilesAction | CollectAction | ProviderAction | ConfigureAction | ClearAction | FetchAction | CopyAction;

export type InitialOptions = Readonly<{
	/** The clock, injected: today's date goes into the default token name. */
	now: () => Date;
	lang?: Lang;
	/** The practice server's details, shown in step 1 (`segura-token demo`). */
	demoDetails?: SeguraDetails;
	prefill?: Prefill;
	/** Saved profiles: the wizard opens with them when there are any. */
	profiles?: readonly SavedProfile[];
	/** `--profile NAME`: start straight at it (the command checked that it exists). */
	startProfile?: string;
	/** The command line's --ca / --insecure, which a profile's own options never override. */
	network?: ProfileNetwork;
	storePath?: string;
}>;

export function createInitialState(options: InitialOptions): WizardState {
	const base = {
		lang: options.lang ?? 'en',
		today: options.now(),
		demo: options.demoDetails,
		seq: 0,
		profiles: options.profiles ?? [],
		network: options.network ?? {},
		storePath: options.storePath,
		values: emptyCredentials,
		kind: undefined,
		config: defaultConfig,
		profile: undefined,
	} as const;
	if (options.prefill) return applyPrefill(base, options.prefill);
	const start = options.startProfile?.toLowerCase();
	const index = base.profiles.findIndex(profile => profile.name.toLowerCase() === start);
	if (index >= 0) return startWithProfile(toProfiles(base, index), options.now().getTime());
	return base.profiles.length > 0 ? toProfiles(base) : toCollect(base, 'seguraUrl');
}

function isOver(state: WizardState): boolean {
	return state.step === 'done' || state.step === 'quit';
}

function isBusy(state: WizardState): boolean {
	return state.step === 'fetch' && state.call.status === 'running';
}

/**
 * The whole wizard as one pure function: what any step takes here, the rest by the step's own
 * reducer. An action that does not apply to the current state returns that same state (the same
 * object), so a face may dispatch freely.
 */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'quit': {
			if (isOver(state)) return state;
			// With a token in hand, quitting is finishing: the token is never lost.
			const result = tokenOf(state);
			if (result && (state.step === 'fetch' || state.step === 'copy')) return toDone(state, result, state.step === 'copy' && state.phase === 'added');
			const error = state.step === 'fetch' && state.call.status === 'failed' ? state.call.error : quitByUser();
			return {...baseOf(state), step: 'quit', error};
		}
		case 'prefill':
			return isOver(state) || isBusy(state) ? state : applyPrefill(baseOf(state), action.prefill);
		case 'start-fresh':
			return isOver(state) || isBusy(state) ? state : toCollect(freshBase(state), 'seguraUrl');
		default:
			break;
	}
	// Each step's reducer knows its own actions; any other returns the state unchanged.
	switch (state.step) {
		case 'profiles':
			return reduceProfiles(state, action as ProfilesAction);
		case 'collect':
			return reduceCollect(state, action as CollectAction);
		case 'provider':
			return reduceProvider(state, action as ProviderAction);
		case 'configure':
			return reduceConfigure(state, action as ConfigureAction);
		case 'clear':
			return reduceClear(state, action as ClearAction);
		case 'fetch':
			return reduceFetch(state, action as FetchAction);
		case 'copy':
			return reduceCopy(state, action as CopyAction);
		case 'done':
		case 'quit':
			return state;
	}
}

/**
 * The work the current state waits for: a face runs it and answers with an action carrying the
 * same id. When the effect disappears (Esc while fetching), the face aborts it; an answer that
 * comes anyway is ignored.
 */
export type PendingEffect = FetchEffect | CopyEffect | SaveProfileEffect | RemoveProfileEffect | SyncProfileEffect;

export function pendingEffect(state: WizardState): PendingEffect | undefined {
	switch (state.step) {
		case 'profiles':
			return removeProfileEffect(state);
		case 'clear':
			return saveProfileEffect(state);
		case 'fetch':
			return fetchEffect(state) ?? syncEffect(state);
		case 'copy':
			return copyEffect(state) ?? syncEffect(state);
		default:
			return undefined;
	}
}

/** The action that reports a failure of `effect`. */
export function failureOf(effect: PendingEffect, error: AppError): WizardAction {
	const {id} = effect;
	switch (effect.type) {
		case 'fetch':
			return {type: 'fetch/failed', id, error};
		case 'copy':
			return {type: 'copy/failed', id, error};
		case 'write-file':
			return {type: 'file/failed', id, error};
		case 'verify':
			return {type: 'verify/failed', id, error};
		case 'save-profile':
			return {type: 'save/failed', id, error};
		case 'remove-profile':
			return {type: 'profiles/remove-failed', id, error};
		case 'sync-profile':
			return {type: 'sync/failed', id, error};
	}
}

/** What typing edits in this state, if anything: a step-1 value, a step-3 text field, a file path. */
export function editorTarget(state: WizardState): EditorTarget<WizardAction> | undefined {
	switch (state.step) {
		case 'collect':
			return collectEditor(state);
		case 'configure':
			return configureEditor(state);
		case 'copy':
			return copyEditor(state);
		default:
			return undefined;
	}
}

// Key bindings as data, one table per state (in each step's module): the hint line, the key
// handling and the plain face's menus read the same table, so they cannot disagree.
function bindings(state: WizardState): ReadonlyArray<Binding<WizardAction>> {
	switch (state.step) {
		case 'profiles':
			return profilesBindings(state);
		case 'collect':
			return collectBindings(state);
		case 'provider':
			return providerBindings();
		case 'configure':
			return configureBindings(state);
		case 'clear':
			return clearBindings();
		case 'fetch':
			return fetchBindings(state);
		case 'copy':
			return copyBindings(state);
		case 'done':
		case 'quit':
			return [];
	}
}

/**
 * The action a key means in this state, or undefined: then the key is not the flow's, and a text
 * field may take it. `at` is the wall clock in ms, for the actions that start a request.
 */
export function keyAction(state: WizardState, key: KeyName, at: number): WizardAction | undefined {
	return bindings(state)
		.find(binding => binding.keys.includes(key))
		?.action(at);
}

/**
 * Over a slow SSH link, a value and its Enter can arrive as one chunk, which a face reads as one
 * input: "value\r". The value, to be typed first; undefined for any other input.
 */
export function typedAheadValue(input: string): string | undefined {
	return /^([^\r\n]+)(?:\r\n|\r|\n)$/.exec(input)?.[1];
}

/** The Enter after a value typed ahead: pressed, unless the value needed cleaning (spaces, quotes), so the user sees what was removed first. */
export function enterAfterTypedAhead(state: WizardState, at: number): WizardAction | undefined {
	const target = editorTarget(state);
	return target && cleanPaste(target.value).removed.length > 0 ? undefined : keyAction(state, 'enter', at);
}

export type KeyHint = Readonly<{keys: string; label: string}>;

/** What a key does, in words of the language: from either catalog. */
function labelText(label: KeyLabel | ExtraKeyLabel, lang: Lang): string {
	const extra = extraTextFor(lang).keyLabels;
	return Object.hasOwn(extra, label) ? extra[label as ExtraKeyLabel] : wizardTextFor(lang).keyLabels[label as KeyLabel];
}

/** The keys of this state, for the hint line, in the language of the screen. */
export function keyHints(state: WizardState, lang: Lang = state.lang): readonly KeyHint[] {
	const text = wizardTextFor(lang);
	return bindings(state).flatMap(binding => (binding.label ? [{keys: binding.shown(text.keyNames), label: labelText(binding.label, lang)}] : []));
}

export function keyHintLine(state: WizardState, lang: Lang = state.lang): string {
	return keyHints(state, lang)
		.map(hint => `${hint.keys} ${hint.label}`)
		.join(' · ');
}

export type MenuChoice = KeyHint & Readonly<{action: WizardAction}>;

/**
 * The labelled bindings of this state with the action each means: the plain face offers them as a
 * menu, so its choices and the Ink face's keys come from the same table.
 */
export function menuChoices(state: WizardState, at: number, lang: Lang = state.lang): readonly MenuChoice[] {
	const text = wizardTextFor(lang);
	return bindings(state).flatMap(binding =>
		binding.label ? [{keys: binding.shown(text.keyNames), label: labelText(binding.label, lang), action: binding.action(at)}] : [],
	);
}

/**
 * What a face needs of the world outside the flow: the pending work run, answered with the action
 * that reports it (`print` is the face's own way to put the token on a line of its own), and the
 * wall clock for the actions that start a request.
 */
export type WizardWork = Readonly<{run: (effect: PendingEffect, print: (token: string) => void, signal: AbortSignal) => Promise<WizardAction>; now: () => number}>;
