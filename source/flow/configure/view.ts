import type {Lang} from '../../i18n/lang.js';
import {wizardTextFor} from '../../i18n/text.js';
import type {WizardText} from '../../i18n/wizard-text.js';
import {clientAuthChoices, rememberChoices, type ClientAuthChoice, type RememberChoice} from '../../model/client-auth.js';
import {hasErrors} from '../../model/issues.js';
import {configureFields, isTextField, type ConfigureField} from '../../model/steps.js';
import {displayLine} from '../../text/display.js';
import {configIssues, defaultTokenName, otherKindIssues} from '../rules/configure-rules.js';
import {mask} from '../rules/mask.js';
import {issueView, type IssueView, type Row} from '../shared/line.js';
import {saveContextOf} from './save-context.js';
import type {ConfigureState} from './state.js';

export type ChoiceView = Readonly<{value: ClientAuthChoice | RememberChoice; label: string; short: string; isSelected: boolean}>;

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

function choicesOf(state: ConfigureState, field: ConfigureField, text: WizardText): readonly ChoiceView[] | undefined {
	const {config} = state;
	if (field === 'auth') {
		return clientAuthChoices.map(value => ({value, label: text.authChoices[value], short: text.authShort[value], isSelected: value === config.auth}));
	}
	if (field === 'rememberSecret') {
		return rememberChoices.map(value => ({value, label: text.rememberChoices[value], short: text.rememberShort[value], isSelected: value === config.rememberSecret}));
	}
	return undefined;
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
	const issues = configIssues(config, context);
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
