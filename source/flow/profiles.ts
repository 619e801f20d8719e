import {errorText, type AppError} from '../errors/app-error.js';
import type {Lang} from '../i18n/lang.js';
import {formatExpiry, formatWhen, type TimeOptions} from '../i18n/time.js';
import {wizardTextFor} from '../i18n/text.js';
import {configOf, copyStoredSettings} from '../model/configure-fields.js';
import type {Profile} from '../profiles/profile.js';
import {summarizeProfile} from '../profiles/profile-summary.js';
import {displayLine} from '../text/display.js';
import {freshBase, resume, toCollect, toFetching} from './moves.js';
import {movedToPractice} from './profile-sync.js';
import {answerWork, idle, startWork, type Base, type GlobalAction, type ProfilesState, type SavedProfile, type WizardState} from './state.js';
import {yesBinding, type Binding, type ViewLine} from './view-lines.js';

// Before step 1: the saved profiles, to use one, edit it, remove it, or start anew.

export type ProfilesAction =
	| Readonly<{type: 'profiles/highlight'; index: number}>
	/** The highlighted profile: to the token (a remembered secret) or to what is missing. */
	| Readonly<{type: 'profiles/use'; at: number}>
	| Readonly<{type: 'profiles/edit'}>
	| Readonly<{type: 'profiles/remove'}>
	| Readonly<{type: 'profiles/confirm-remove'}>
	| Readonly<{type: 'profiles/removed'; id: number; profiles: readonly SavedProfile[]}>
	| Readonly<{type: 'profiles/remove-failed'; id: number; error: AppError}>;

/** A stored profile as the flow sees it: its picker line and the values it fills in. */
export function toSavedProfile(profile: Profile): SavedProfile {
	const summary = summarizeProfile(profile);
	const {seguraUrl, baseUrl, tokenUrl, clientId, clientSecret} = profile;
	return {
		name: profile.name,
		kind: profile.kind,
		clientId,
		host: summary.host,
		lastIssuedAt: summary.lastIssuedAt,
		lastExpiresAt: summary.lastExpiresAt,
		hasSecret: summary.hasSecret,
		network: profile.network,
		prefill: {values: {seguraUrl, baseUrl, tokenUrl, clientId, ...(clientSecret ? {clientSecret} : {})}, kind: profile.kind, config: copyStoredSettings(profile)},
	};
}

export function toSavedProfiles(profiles: readonly Profile[]): readonly SavedProfile[] {
	return profiles.map(profile => toSavedProfile(profile));
}

/**
 * The saved profile's values in place, with its name ready to update it on step 3. In `demo`, a
 * profile saved against the practice server where it listened before takes its present address
 * (Fetch says so, and s saves it to the profile once a token comes).
 */
function withProfile(state: ProfilesState, saved: SavedProfile, mode: 'use' | 'edit'): Base {
	const fresh = freshBase(state);
	return {
		...fresh,
		values: movedToPractice(saved, state.demo),
		kind: saved.prefill.kind,
		config: {...configOf(saved.prefill.config ?? {}), profileName: saved.name, rememberSecret: saved.hasSecret ? 'yes' : 'no'},
		profile: {name: saved.name, mode},
	};
}

/**
 * "Use": with everything in place (a remembered secret), straight to the request — steps 1–4
 * shown done; otherwise to the first thing missing, such as the secret.
 */
export function startWithProfile(state: ProfilesState, at: number): WizardState {
	const saved = state.profiles[state.highlight];
	if (!saved) return toCollect(freshBase(state), 'seguraUrl');
	const landed = resume(withProfile(state, saved, 'use'));
	return landed.step === 'clear' ? toFetching(landed, landed.kind, at) : landed;
}

export function reduceProfiles(state: ProfilesState, action: ProfilesAction | GlobalAction): WizardState {
	const {removal} = state;
	const isFree = removal.status === 'idle' || removal.status === 'failed' || removal.status === 'done';
	const saved = state.profiles[state.highlight];
	switch (action.type) {
		case 'back':
			// Esc takes back a pending "remove?" question; the picker itself is the first screen.
			return removal.status === 'confirming' || removal.status === 'failed' ? {...state, removal: idle} : state;
		case 'profiles/highlight':
			return isFree ? {...state, highlight: Math.max(0, Math.min(action.index, state.profiles.length)), removal: idle} : state;
		case 'profiles/use':
			return isFree ? startWithProfile(state, action.at) : state;
		case 'profiles/edit':
			return saved && removal.status !== 'running' ? toCollect(withProfile(state, saved, 'edit'), 'seguraUrl') : state;
		case 'profiles/remove':
			return saved && removal.status !== 'running' ? {...state, removal: {status: 'confirming', name: saved.name}} : state;
		case 'profiles/confirm-remove': {
			if (removal.status !== 'confirming') return state;
			const {seq, work} = startWork(state.seq, {name: removal.name});
			return {...state, seq, removal: work};
		}
		case 'profiles/removed':
		case 'profiles/remove-failed': {
			if (removal.status === 'confirming') return state;
			const answered = answerWork(removal, action.type === 'profiles/removed' ? {id: action.id, result: action.profiles} : action);
			if (answered === removal) return state;
			if (answered.status !== 'done') return {...state, removal: answered};
			const profiles = answered.result;
			return {...state, profiles, highlight: Math.min(state.highlight, profiles.length), removal: idle};
		}
		default:
			return state;
	}
}

type PickerAction = ProfilesAction | GlobalAction;

/** What can be done with the highlighted profile: use it, edit it, remove it. */
function profileBindings(): ReadonlyArray<Binding<PickerAction>> {
	return [
		{keys: ['enter'], label: 'use', shown: n => n.enter, action: at => ({type: 'profiles/use', at})},
		{keys: ['e'], label: 'edit', shown: () => 'e', action: () => ({type: 'profiles/edit'})},
		{keys: ['d', 'r'], label: 'remove', shown: n => n.remove, action: () => ({type: 'profiles/remove'})},
	];
}

export function profilesBindings(state: ProfilesState): ReadonlyArray<Binding<PickerAction>> {
	const {removal} = state;
	if (removal.status === 'confirming') {
		return [yesBinding({type: 'profiles/confirm-remove'}), {keys: ['n', 'escape'], label: 'no', shown: () => 'n', action: () => ({type: 'back'})}];
	}
	if (removal.status === 'running') return [];
	const isProfile = state.highlight < state.profiles.length;
	const move = (by: number) => () => ({type: 'profiles/highlight', index: state.highlight + by}) as const;
	return [
		{keys: ['up'], label: 'move', shown: n => n.upDown, action: move(-1)},
		{keys: ['down'], shown: n => n.upDown, action: move(1)},
		...(isProfile ? profileBindings() : [{keys: ['enter'], label: 'choose', shown: n => n.enter, action: at => ({type: 'profiles/use', at})} satisfies Binding<PickerAction>]),
		{keys: ['n'], label: 'new', shown: () => 'n', action: () => ({type: 'start-fresh'})},
	];
}

/**
 * What can be done with profile `index` (or "new" past the last), as a menu for a face that asks
 * one question at a time: the keys' own actions, each after the highlight moves to it.
 */
export function profileChoices(state: ProfilesState, index: number, at: number, lang: Lang = state.lang): ReadonlyArray<Readonly<{label: string; actions: readonly PickerAction[]}>> {
	const text = wizardTextFor(lang);
	if (index >= state.profiles.length) return [{label: text.profiles.newProfile, actions: [{type: 'start-fresh'}]}];
	return profileBindings().map(binding => ({label: text.keyLabels[binding.label as 'use' | 'edit' | 'remove'], actions: [{type: 'profiles/highlight', index}, binding.action(at)]}));
}

export type ProfileItem = Readonly<{
	/** The profile's name; empty for "new". */
	name: string;
	isHighlighted: boolean;
	/** "prod · Internal users · segura.example.com", or "New: …". */
	label: string;
	/** "last token 14:02, still valid · secret kept", shown under it; empty for "new". */
	detail: string;
}>;

export type ProfilesView = Readonly<{
	title: string;
	items: readonly ProfileItem[];
	/** The question, the progress or the failure of a removal. */
	status: ViewLine | undefined;
}>;

// Only a record of the last token is kept (its time, name, expiry and last four characters): the
// line says so, so nobody expects the token itself back.
function detailOf(profile: SavedProfile, lang: Lang, options: TimeOptions): string {
	const text = wizardTextFor(lang).profiles;
	const expiry = profile.lastExpiresAt ? formatExpiry(profile.lastExpiresAt, lang, options) : undefined;
	const token = profile.lastIssuedAt ? text.record(formatWhen(profile.lastIssuedAt, lang, options), expiry) : text.noToken;
	return [token, profile.hasSecret ? text.secretKept : undefined].filter(Boolean).join(' · ');
}

function statusOf(state: ProfilesState, lang: Lang): ViewLine | undefined {
	const text = wizardTextFor(lang).profiles;
	const {removal} = state;
	switch (removal.status) {
		case 'confirming':
			return {tone: 'warning', text: text.confirmRemove(displayLine(removal.name))};
		case 'running':
			return {tone: 'progress', text: text.removing(displayLine(removal.job.name))};
		case 'failed':
			return {tone: 'error', text: text.removeFailed(errorText(removal.error, lang).message)};
		default:
			return undefined;
	}
}

/** The picker: one item per profile and "new"; the face marks the highlighted one (not by colour alone). */
export function profilesView(state: ProfilesState, lang: Lang = state.lang, options: TimeOptions = {}): ProfilesView {
	const text = wizardTextFor(lang);
	const items: ProfileItem[] = state.profiles.map((profile, index) => ({
		name: profile.name,
		isHighlighted: index === state.highlight,
		label: [displayLine(profile.name), text.kinds[profile.kind], displayLine(profile.host)].join(' · '),
		detail: detailOf(profile, lang, options),
	}));
	items.push({name: '', isHighlighted: state.highlight === state.profiles.length, label: text.profiles.newProfile, detail: ''});
	return {title: text.profiles.title, items, status: statusOf(state, lang)};
}

export type RemoveProfileEffect = Readonly<{type: 'remove-profile'; id: number; name: string}>;

export function removeProfileEffect(state: ProfilesState): RemoveProfileEffect | undefined {
	const {removal} = state;
	return removal.status === 'running' ? {type: 'remove-profile', id: removal.id, name: removal.job.name} : undefined;
}
