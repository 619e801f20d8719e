import type {Lang} from '../../i18n/lang.js';
import {wizardTextFor} from '../../i18n/text.js';
import {hasErrors} from '../../model/issues.js';
import {collectFields, type CollectField} from '../../model/steps.js';
import {checkField, proposalFor} from '../rules/check-field.js';
import {cleanPaste} from '../rules/clean-paste.js';
import {mask, maxBullets} from '../rules/mask.js';
import {practiceOf} from '../shared/base.js';
import {issueView, type IssueView} from '../shared/line.js';
import type {CollectState} from './state.js';

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
		proposalNote: proposal !== undefined && value === '' ? (practice ? text.practiceProposalNote : text.proposalNote) : undefined,
		lengthNote: cleanLength >= maxBullets && !isRevealed ? text.secretLength(cleanLength) : undefined,
		isSelected: state.isSelected,
		selectedNote: state.isSelected ? text.selectedNote : undefined,
		issues: shown.map(issue => issueView(issue, lang)),
		canSubmit: !hasErrors(check.issues),
		demo: demoRows(state, lang),
	};
}
