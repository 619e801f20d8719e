import type {Lang} from '../i18n/lang.js';
import {wizardTextFor, type WizardText} from '../i18n/wizard.js';
import type {ProviderKind} from '../provider-kind.js';
import {
	clientAuthChoices,
	configIssues,
	defaultTokenName,
	rememberChoices,
	sameClientOtherKind,
	saveContextOf,
	type ClientAuthChoice,
	type RememberChoice,
} from './configure-rules.js';
import {issueView, type IssueView} from './format.js';
import {hasErrors} from './issues.js';
import {displayLine} from '../text/display.js';
import {mask} from './mask.js';
import type {ClearState, ConfigureState, ProviderState} from './state.js';
import {configureFields, type ConfigureField} from './steps.js';

export type ProviderOption = Readonly<{
	kind: ProviderKind;
	/** The letter that picks it directly. */
	key: string;
	label: string;
	isHighlighted: boolean;
	/** "▸ [i] Internal users": the highlight marked without colour. */
	line: string;
}>;

export type ProviderView = Readonly<{question: string; warning: string; options: readonly ProviderOption[]}>;

export function providerView(state: ProviderState, lang: Lang = state.lang): ProviderView {
	const text = wizardTextFor(lang);
	const keys: Record<ProviderKind, string> = {internal: 'i', 'third-party': 't'};
	return {
		question: text.providerQuestion,
		warning: text.providerWarning,
		options: (['internal', 'third-party'] as const).map(kind => {
			const isHighlighted = state.highlight === kind;
			return {kind, key: keys[kind], label: text.kinds[kind], isHighlighted, line: `${isHighlighted ? '▸' : ' '} [${keys[kind]}] ${text.kinds[kind]}`};
		}),
	};
}

export type Row = Readonly<{label: string; value: string}>;

export type ChoiceView = Readonly<{value: ClientAuthChoice | RememberChoice; label: string; short: string; isSelected: boolean}>;

export type ConfigureFieldView = Readonly<{
	field: ConfigureField;
	label: string;
	help: string;
	isFocused: boolean;
	/** The text as typed (token name, scope, parameters); for 'auth', the choice. */
	value: string;
	/** What to show: the text, or the chosen client authentication in words. */
	display: string;
	/** The same in a few words, for a narrow screen. */
	shortDisplay: string;
	placeholder: string | undefined;
	/** Only for the choices: 'auth' and 'rememberSecret'. */
	choices: readonly ChoiceView[] | undefined;
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
		return rememberChoices.map(value => ({
			value,
			label: text.rememberChoices[value],
			short: text.rememberShort[value],
			isSelected: value === config.rememberSecret,
		}));
	}
	return undefined;
}

function helpOf(state: ConfigureState, field: ConfigureField, text: WizardText): string {
	const help = text.configureFields[field].help;
	return field === 'rememberSecret' && state.storePath ? `${help} ${text.rememberWhere(state.storePath)}` : help;
}

export function configureView(state: ConfigureState, lang: Lang = state.lang): ConfigureView {
	const text = wizardTextFor(lang);
	const {postman} = text;
	const {config, values} = state;
	const context = saveContextOf(state);
	const issues = configIssues(config, context);
	const fields = configureFields.map((field): ConfigureFieldView => {
		const choices = choicesOf(state, field, text);
		return {
			field,
			label: text.configureFields[field].label,
			help: helpOf(state, field, text),
			isFocused: state.focus === field,
			value: config[field],
			display: choices?.find(choice => choice.isSelected)?.label ?? displayLine(config[field]),
			shortDisplay: choices?.find(choice => choice.isSelected)?.short ?? displayLine(config[field]),
			placeholder: field === 'tokenName' ? defaultTokenName(state.kind, state.today) : undefined,
			choices,
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
		warnings: sameClientOtherKind(context).map(issue => issueView(issue, lang)),
		canContinue: !configureFields.some(field => hasErrors(issues[field])),
	};
}

export type ClearView = Readonly<{
	title: string;
	items: readonly string[];
	note: string;
	/** What became of the profile saved on the way here, marked ✔ / ✖ / …; empty when none. */
	save: readonly string[];
}>;

function saveLines(state: ClearState, text: WizardText): readonly string[] {
	const {save} = state;
	switch (save.status) {
		case 'none':
			return [];
		case 'running':
			return [`… ${text.save.running(save.name)}`];
		case 'done':
			return [`✔ ${text.save.done(save.name, save.path)}`, save.isSecretRemembered ? text.save.secretKept : text.save.secretNotKept];
		case 'failed':
			return [`✖ ${text.save.failed(save.error.text[state.lang].message)}`];
	}
}

/** Nothing to run here: the engine opens a fresh connection pool for every request. */
export function clearView(state: ClearState, lang: Lang = state.lang): ClearView {
	const text = wizardTextFor(lang);
	return {title: text.clearTitle, items: text.clearItems, note: text.clearNote, save: saveLines(state, text)};
}
