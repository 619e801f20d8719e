import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/wizard.js';
import type {ProviderKind} from '../provider-kind.js';
import {clientAuthChoices, configIssues, defaultTokenName, type ClientAuthChoice} from './configure-rules.js';
import {issueView, type IssueView} from './format.js';
import {hasErrors} from './issues.js';
import {mask} from './mask.js';
import type {ConfigureState, ProviderState} from './state.js';
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

export type ChoiceView = Readonly<{value: ClientAuthChoice; label: string; isSelected: boolean}>;

export type ConfigureFieldView = Readonly<{
	field: ConfigureField;
	label: string;
	help: string;
	isFocused: boolean;
	/** The text as typed (token name, scope, parameters); for 'auth', the choice. */
	value: string;
	/** What to show: the text, or the chosen client authentication in words. */
	display: string;
	placeholder: string | undefined;
	/** Only for 'auth'. */
	choices: readonly ChoiceView[] | undefined;
	issues: readonly IssueView[];
}>;

export type ConfigureView = Readonly<{
	title: string;
	/** The fixed part of the request, as the Postman form shows it (the secret masked). */
	rows: readonly Row[];
	fields: readonly ConfigureFieldView[];
	canContinue: boolean;
}>;

export function configureView(state: ConfigureState, lang: Lang = state.lang): ConfigureView {
	const text = wizardTextFor(lang);
	const {postman} = text;
	const {config, values} = state;
	const issues = configIssues(config);
	const fields = configureFields.map((field): ConfigureFieldView => {
		const isAuth = field === 'auth';
		return {
			field,
			label: text.configureFields[field].label,
			help: text.configureFields[field].help,
			isFocused: state.focus === field,
			value: config[field],
			display: isAuth ? text.authChoices[config.auth] : config[field],
			placeholder: field === 'tokenName' ? defaultTokenName(state.kind, state.today) : undefined,
			choices: isAuth
				? clientAuthChoices.map(value => ({value, label: text.authChoices[value], isSelected: value === config.auth}))
				: undefined,
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
			{label: postman.accessTokenUrl, value: values.tokenUrl},
			{label: postman.clientId, value: values.clientId},
			{label: postman.clientSecret, value: mask(values.clientSecret)},
		],
		fields,
		canContinue: !configureFields.some(field => hasErrors(issues[field])),
	};
}

export type ClearView = Readonly<{title: string; items: readonly string[]; note: string}>;

/** Nothing to run here: the engine opens a fresh connection pool for every request. */
export function clearView(lang: Lang): ClearView {
	const text = wizardTextFor(lang);
	return {title: text.clearTitle, items: text.clearItems, note: text.clearNote};
}
