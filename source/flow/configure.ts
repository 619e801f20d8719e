import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/text.js';
import type {WizardText} from '../i18n/wizard-text.js';
import {fieldChoices, configureFields, isTextField, type ConfigDraft, type ConfigureField, type ConfigureTextField} from '../model/configure-fields.js';
import {hasErrors} from '../model/issues.js';
import {displayLine} from '../text/display.js';
import {defaultTokenName, fieldIssues, otherKindIssues, saveContextOf} from './configure-rules.js';
import {mask} from './credentials.js';
import {toClear, toProvider} from './moves.js';
import {startWork, type ConfigureState, type GlobalAction, type WizardState} from './state.js';
import {backBinding, cycleThrough, issueView, stepThrough, type Binding, type EditorTarget, type IssueView, type Row} from './view-lines.js';

// Step 3: the request as Postman's form shows it, each field as its table (model/configure-fields.ts) says.

type ChoiceField = Exclude<ConfigureField, ConfigureTextField>;

export type ConfigureAction =
	| Readonly<{type: 'configure/focus'; field: ConfigureField}>
	| {[K in ConfigureField]: Readonly<{type: 'configure/edit'; field: K; value: ConfigDraft[K]}>}[ConfigureField]
	| Readonly<{type: 'configure/continue'}>
	/** An arrow, Home or End on a selected text: keep it, to edit it. */
	| Readonly<{type: 'configure/keep'}>;

/** The configure/edit action for a field and a value as a face got it (text, or one of the field's choices). */
export function editAction(field: ConfigureField, value: string): ConfigureAction | undefined {
	const choices = fieldChoices(field);
	return choices && !choices.includes(value) ? undefined : ({type: 'configure/edit', field, value} as ConfigureAction);
}

/** Enter: on to Clear, saving the profile on the way when it has a name; a field in error takes the focus instead. */
function proceed(state: ConfigureState): WizardState {
	const issues = fieldIssues(state.config, saveContextOf(state));
	const wrong = configureFields.find(field => hasErrors(issues[field]));
	if (wrong) return {...state, focus: wrong};
	const name = state.config.profileName.trim();
	if (name === '') return toClear(state, state.kind);
	// The answer comes back to Clear as save/done or save/failed.
	const {seq, work} = startWork(state.seq, {name, isSecretRemembered: state.config.rememberSecret === 'yes'});
	return toClear({...state, seq}, state.kind, work);
}

export function reduceConfigure(state: ConfigureState, action: ConfigureAction | GlobalAction): WizardState {
	switch (action.type) {
		case 'back':
			return toProvider(state);
		case 'configure/focus':
			return {...state, focus: action.field, isSelected: false};
		case 'configure/edit':
			return {...state, config: {...state.config, [action.field]: action.value}, isSelected: false};
		case 'configure/keep':
			return state.isSelected ? {...state, isSelected: false} : state;
		case 'configure/continue':
			return proceed(state);
		default:
			return state;
	}
}

export function configureBindings(state: ConfigureState): ReadonlyArray<Binding<ConfigureAction | GlobalAction>> {
	const list: Array<Binding<ConfigureAction | GlobalAction>> = [
		{keys: ['up'], label: 'move', shown: n => n.upDown, action: () => ({type: 'configure/focus', field: stepThrough(configureFields, state.focus, -1)})},
		{keys: ['down'], shown: n => n.upDown, action: () => ({type: 'configure/focus', field: stepThrough(configureFields, state.focus, 1)})},
	];
	const field = state.focus;
	const choices = fieldChoices(field);
	if (choices) {
		const to = (by: number) => () => editAction(field, cycleThrough(choices, state.config[field], by))!;
		list.push({keys: ['right', 'space'], label: 'change', shown: n => n.leftRight, action: to(1)}, {keys: ['left'], shown: n => n.leftRight, action: to(-1)});
	}
	list.push({keys: ['enter'], label: 'continue', shown: n => n.enter, action: () => ({type: 'configure/continue'})}, backBinding);
	return list;
}

/** Typing edits the focused field when it takes text (token name, scope, parameters, profile name). */
export function configureEditor(state: ConfigureState): EditorTarget<ConfigureAction> | undefined {
	const field = state.focus;
	if (!isTextField(field)) return undefined;
	return {value: state.config[field], isSelected: state.isSelected, change: value => ({type: 'configure/edit', field, value}), keep: {type: 'configure/keep'}};
}

export type ChoiceView = Readonly<{value: string; label: string; short: string; isSelected: boolean}>;

export type ConfigureFieldView = Readonly<{
	field: ConfigureField;
	label: string;
	help: string;
	isFocused: boolean;
	/** The text as typed (token name, scope, parameters); for a choice, the choice. */
	value: string;
	/** What to show: the text, or the chosen option in words. */
	display: string;
	/** The same in a few words, for a narrow screen. */
	shortDisplay: string;
	placeholder: string | undefined;
	/** Only for the choices: 'auth' and 'rememberSecret'. */
	choices: readonly ChoiceView[] | undefined;
	/** A focused text field whose value is selected: the first key typed replaces it. */
	isSelected: boolean;
	issues: readonly IssueView[];
}>;

export type ConfigureView = Readonly<{
	title: string;
	/** The fixed part of the request, as the Postman form shows it (the secret masked). */
	rows: readonly Row[];
	fields: readonly ConfigureFieldView[];
	/** Shown whatever the focus: the same Client ID saved under the other provider kind. */
	warnings: readonly IssueView[];
	canContinue: boolean;
}>;

/** Each choice field's words in the catalogs: the choice in full, and in a few words. */
const choiceWords: {readonly [K in ChoiceField]: (text: WizardText) => readonly [Readonly<Record<ConfigDraft[K], string>>, Readonly<Record<ConfigDraft[K], string>>]} = {
	auth: text => [text.authChoices, text.authShort],
	rememberSecret: text => [text.rememberChoices, text.rememberShort],
};

function choicesOf(state: ConfigureState, field: ConfigureField, text: WizardText): readonly ChoiceView[] | undefined {
	if (isTextField(field)) return undefined;
	const [labels, shorts] = choiceWords[field](text) as readonly [Readonly<Record<string, string>>, Readonly<Record<string, string>>];
	return (fieldChoices(field) ?? []).map(value => ({value, label: labels[value]!, short: shorts[value]!, isSelected: value === state.config[field]}));
}

function helpOf(state: ConfigureState, field: ConfigureField, text: WizardText): string {
	const help = text.configureFields[field].help;
	if (field === 'rememberSecret' && state.storePath) return `${help} ${text.rememberWhere(state.storePath)}`;
	// A text field says it can be typed over; a selected one, that typing replaces it.
	if (isTextField(field)) return `${help} ${state.isSelected ? text.selectedNote : text.typeToChange}`;
	return help;
}

export function configureView(state: ConfigureState, lang: Lang = state.lang): ConfigureView {
	const text = wizardTextFor(lang);
	const {postman} = text;
	const {config, values} = state;
	const context = saveContextOf(state);
	const issues = fieldIssues(config, context);
	const fields = configureFields.map((field): ConfigureFieldView => {
		const choices = choicesOf(state, field, text);
		const chosen = choices?.find(choice => choice.isSelected);
		return {
			field,
			label: text.configureFields[field].label,
			help: helpOf(state, field, text),
			isFocused: state.focus === field,
			value: config[field],
			display: chosen?.label ?? displayLine(config[field]),
			shortDisplay: chosen?.short ?? displayLine(config[field]),
			placeholder: field === 'tokenName' ? defaultTokenName(state.kind, state.today, state.lang) : undefined,
			choices,
			isSelected: state.focus === field && state.isSelected,
			issues: issues[field].map(issue => issueView(issue, lang)),
		};
	});
	return {
		title: text.configureTitle,
		rows: [
			{label: postman.type, value: postman.oauth2},
			{label: postman.addAuthDataTo, value: postman.requestHeaders},
			{label: postman.headerPrefix, value: 'Bearer'},
			{label: postman.grantType, value: postman.clientCredentials},
			{label: postman.accessTokenUrl, value: displayLine(values.tokenUrl)},
			{label: postman.clientId, value: displayLine(values.clientId)},
			{label: postman.clientSecret, value: mask(values.clientSecret)},
		],
		fields,
		warnings: otherKindIssues(context).map(issue => issueView(issue, lang)),
		canContinue: !configureFields.some(field => hasErrors(issues[field])),
	};
}
