import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/text.js';
import {hasErrors, type Removed} from '../model/issues.js';
import {collectFields, type CollectField} from '../model/steps.js';
import {checkField, cleanPaste, mask, maxBullets, practiceOf, proposalFor, type Credentials} from './credentials.js';
import {resume, toCollect, toProfiles, toProvider} from './moves.js';
import type {CollectState, GlobalAction, WizardState} from './state.js';
import {backBinding, issueView, type Binding, type EditorTarget, type IssueView} from './view-lines.js';

// Step 1: the five values of the provider, one field at a time.

export type CollectAction =
	/** The whole text of the current field after a keystroke or paste. */
	| Readonly<{type: 'collect/input'; value: string}>
	| Readonly<{type: 'collect/submit'}>
	/** An arrow, Home or End on a selected value: keep it, to edit it. */
	| Readonly<{type: 'collect/keep'}>
	| Readonly<{type: 'collect/toggle-reveal'}>;

/**
 * Puts `value` into the current field. A changed Segura URL changes the proposals: a Base or
 * Token URL that was the old proposal goes back to empty, so the new proposal shows instead of a
 * stale host; one the user typed stays.
 */
export function commit(state: CollectState, value: string): Credentials {
	const before = state.values;
	const after = {...before, [state.field]: value};
	if (before.seguraUrl === after.seguraUrl) return after;
	for (const field of ['baseUrl', 'tokenUrl'] as const) {
		if (after[field] !== '' && after[field] === proposalFor(field, before, practiceOf(state))) after[field] = '';
	}
	return after;
}

function submit(state: CollectState): WizardState {
	const check = checkField(state.field, state.draft, state.values, practiceOf(state));
	if (hasErrors(check.issues)) return {...state, tried: true};
	const moved = {...state, values: commit(state, check.value)};
	const next = collectFields[collectFields.indexOf(state.field) + 1];
	// A field that already holds a value (walking through again to fix one) arrives selected: typing replaces it.
	if (next) return toCollect(moved, next, {select: true});
	// A profile in use already has steps 2 and 3: after its missing secret, on to Clear.
	return state.profile?.mode === 'use' ? resume(moved) : toProvider(moved);
}

/** Esc: the previous field, what is half typed kept (and checked again there); before the first, the saved profiles. */
function back(state: CollectState): WizardState {
	const previous = collectFields[collectFields.indexOf(state.field) - 1];
	if (previous) return toCollect({...state, values: commit(state, state.draft)}, previous, {select: true});
	if (state.profiles.length === 0) return state;
	const index = state.profiles.findIndex(profile => profile.name === state.profile?.name);
	return toProfiles(state, index >= 0 ? index : 0);
}

export function reduceCollect(state: CollectState, action: CollectAction | GlobalAction): WizardState {
	switch (action.type) {
		case 'back':
			return back(state);
		case 'collect/input':
			return {...state, draft: action.value, isSelected: false};
		case 'collect/keep':
			return state.isSelected ? {...state, isSelected: false} : state;
		case 'collect/submit':
			return submit(state);
		case 'collect/toggle-reveal':
			return {...state, isSecretRevealed: !state.isSecretRevealed};
		default:
			return state;
	}
}

export function collectBindings(state: CollectState): ReadonlyArray<Binding<CollectAction | GlobalAction>> {
	const list: Array<Binding<CollectAction | GlobalAction>> = [{keys: ['enter'], label: 'next', shown: n => n.enter, action: () => ({type: 'collect/submit'})}];
	const proposal = proposalFor(state.field, state.values, practiceOf(state));
	if (proposal !== undefined && state.draft === '') {
		list.push({keys: ['tab'], label: 'fillProposal', shown: n => n.tab, action: () => ({type: 'collect/input', value: proposal})});
	}
	if (state.field === 'clientSecret') {
		list.push({keys: ['ctrl-r'], label: state.isSecretRevealed ? 'hide' : 'show', shown: n => n.ctrlR, action: () => ({type: 'collect/toggle-reveal'})});
	}
	if (state.field !== collectFields[0] || state.profiles.length > 0) list.push(backBinding);
	return list;
}

/**
 * The value of a face that asks for the whole of it at once (a line prompt). A hidden prompt can
 * show no default, so there an empty answer keeps what Enter would keep in the field (the secret
 * typed before, or the proposal), as a visible prompt's default does.
 */
export function answeredValue(state: CollectState, answer: string): string {
	return answer === '' && state.field === 'clientSecret' ? (keptOnEnter(state) ?? '') : answer;
}

/** What Enter on an empty answer keeps: the value typed before, or the proposal. */
function keptOnEnter(state: CollectState): string | undefined {
	return state.draft || proposalFor(state.field, state.values, practiceOf(state));
}

/** What a paste lost on its way in (line breaks, spaces, quotes around it), said as the field says it. */
export function pasteNote(removed: readonly Removed[], lang: Lang): IssueView | undefined {
	return removed.length > 0 ? issueView({level: 'notice', code: 'cleaned', removed}, lang) : undefined;
}

/** Typing edits the current value. */
export function collectEditor(state: CollectState): EditorTarget<CollectAction> {
	return {value: state.draft, isSelected: state.isSelected, change: value => ({type: 'collect/input', value}), keep: {type: 'collect/keep'}};
}

export type DemoRow = Readonly<{label: string; value: string}>;

export type FieldView = Readonly<{
	field: CollectField;
	/** 1-based position among the five values, and their count. */
	position: number;
	count: number;
	label: string;
	/** Where the value is found in Segura. */
	help: string;
	/** At the top of step 1, where the manual puts it: take the values from the provider of the right kind. */
	providerWarning: string | undefined;
	/** What the input holds, as typed: the face edits this. */
	value: string;
	/** What the input shows: the value, or a dozen bullets for a hidden secret whatever its length. */
	display: string;
	isSecret: boolean;
	isRevealed: boolean;
	/** Shown greyed while the input is empty. */
	placeholder: string | undefined;
	/** Set when the placeholder is a proposal that Enter accepts. */
	proposalNote: string | undefined;
	/** Enter on an empty answer keeps a value: the one typed before, or the proposal. */
	isKeptOnEnter: boolean;
	/** That value, as a line prompt's default: never for the secret, whose prompt shows nothing. */
	defaultAnswer: string | undefined;
	/**
	 * "N characters", for a secret of a dozen or more (fewer would give its length away): the
	 * length of the value as it will be sent, once the paste is cleaned, to compare with Segura's.
	 */
	lengthNote: string | undefined;
	/** The value is selected: typing replaces it; and the note that says so. */
	isSelected: boolean;
	selectedNote: string | undefined;
	/** Errors first, then warnings, then notices. "Required" only after a refused submit. */
	issues: readonly IssueView[];
	/** Whether Enter would move on now. */
	canSubmit: boolean;
	/** The practice server's value(s) for this field, when running `segura-token demo`. */
	demo: readonly DemoRow[];
}>;

function demoRows(state: CollectState, lang: Lang): DemoRow[] {
	const {demo, field} = state;
	if (!demo) return [];
	const text = wizardTextFor(lang);
	if (field === 'seguraUrl') return [{label: text.demoTitle, value: demo.seguraUrl}];
	return demo.providers.map(provider => ({label: `${text.demoTitle} · ${text.kinds[provider.kind]}`, value: provider[field]}));
}

/** Everything a face shows for the current field of step 1. */
export function fieldView(state: CollectState, lang: Lang = state.lang): FieldView {
	const text = wizardTextFor(lang);
	const {field} = state;
	const value = state.draft;
	const practice = practiceOf(state);
	const check = checkField(field, value, state.values, practice);
	const proposal = proposalFor(field, state.values, practice);
	const isSecret = field === 'clientSecret';
	const isRevealed = isSecret && state.isSecretRevealed;
	const shown = check.issues.filter(issue => issue.code !== 'required' || state.tried);
	const cleanLength = isSecret ? cleanPaste(value).value.length : 0;
	return {
		field,
		position: collectFields.indexOf(field) + 1,
		count: collectFields.length,
		label: text.fields[field].label,
		help: text.fields[field].help,
		providerWarning: field === collectFields[0] ? text.providerWarning : undefined,
		value,
		display: isSecret && !isRevealed ? mask(value) : value,
		isSecret,
		isRevealed,
		placeholder: proposal !== undefined && isSecret ? mask(proposal) : (proposal ?? (field === 'seguraUrl' ? text.seguraPlaceholder : undefined)),
		isKeptOnEnter: Boolean(keptOnEnter(state)),
		defaultAnswer: isSecret ? undefined : keptOnEnter(state),
		proposalNote: proposal !== undefined && value === '' ? (practice ? text.practiceProposalNote : text.proposalNote) : undefined,
		lengthNote: cleanLength >= maxBullets && !isRevealed ? text.secretLength(cleanLength) : undefined,
		isSelected: state.isSelected,
		selectedNote: state.isSelected ? text.selectedNote : undefined,
		issues: shown.map(issue => issueView(issue, lang)),
		canSubmit: !hasErrors(check.issues),
		demo: demoRows(state, lang),
	};
}
