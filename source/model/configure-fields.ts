import {authOf, choiceOf, clientAuthChoices, rememberChoices, type BasicEncoding, type ClientAuth} from './client-auth.js';
import {parseParams, type Param} from './extra-params.js';
import type {Issue} from './issues.js';

// Step 3 — what Postman's OAuth 2.0 form lets the user change — as one table: for each field, its
// kind, its default, its check, what it adds to the token request and how a profile keeps it.
// The wizard's reducer, keys and view, the request builder, the profile writer and the store's
// shape all read this table; a field's name is its key in the wizard catalogs' `configureFields`
// (the compiler asks for it in every language). A new field is one row here and its words there.

/** What a profile keeps a value as, for the store's check: text, KEY=VALUE pairs, or one of a few words. */
export type StoredKind = 'text' | 'pairs' | readonly string[];

type StoredValue<K> = K extends 'text' ? string : K extends 'pairs' ? ReadonlyArray<readonly [string, string]> : K extends ReadonlyArray<infer C> ? C : never;
type StoredOf<F> = {readonly [N in keyof F]: StoredValue<F[N]>};

/** What a field adds to the token request; the parameters of several fields add up, in table order. */
export type RequestPart = Readonly<{auth?: ClientAuth; encoding?: BasicEncoding; scope?: string; params?: readonly Param[]}>;

/** What a check may need besides the value: whether a profile name can be used (the store's rule). */
export type CheckContext = Readonly<{nameProblem: (name: string) => Readonly<{problem: 'invalid'}> | Readonly<{problem: 'taken'; name: string}> | undefined}>;

export type ConfigureRow<V extends string = string, F = unknown> = Readonly<{
	/** 'text' is typed; 'choice' steps through `choices` (arrows, or a menu in plain prompts). */
	kind: 'text' | 'choice';
	choices?: readonly V[];
	initial: V;
	check?: (value: V, context: CheckContext) => readonly Issue[];
	request?: (value: V) => RequestPart;
	/** The profile fields the value is kept in and what each holds, with the conversions both ways. */
	stored?: Readonly<{fields: F; write: (value: V) => StoredOf<F>; read: (stored: StoredOf<F>) => V}>;
}>;

type Fields = Readonly<Record<string, StoredKind>>;
type Parts<V extends string, F> = Omit<ConfigureRow<V, F>, 'kind' | 'choices'>;

/** A field typed as text. */
export const text = <const F extends Fields = Record<never, never>>(field: Parts<string, F>) => ({kind: 'text' as const, ...field});

/** A field that is one of `choices`. */
export const choice = <const V extends string, const F extends Fields = Record<never, never>>(choices: readonly V[], field: Parts<V, F>) => ({kind: 'choice' as const, choices, ...field});

/** Spaces collapsed, as the request sends it. */
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).join(' ');

export const configureTable = {
	/** Empty means the proposed name (the flow's defaultTokenName): kept empty, so it follows the kind and the day. */
	tokenName: text({initial: '', stored: {fields: {tokenName: 'text'}, write: value => ({tokenName: value.trim()}), read: stored => stored.tokenName}}),
	// The manual's choice: "Send as Basic Auth header"; the engine retries the other encoding on 401.
	auth: choice(clientAuthChoices, {
		initial: 'basic-rfc',
		request: authOf,
		stored: {fields: {auth: ['basic', 'body'], encoding: ['rfc', 'raw']}, write: authOf, read: stored => choiceOf(stored.auth, stored.encoding)},
	}),
	/** Empty: no scope is sent. */
	scope: text({
		initial: '',
		request: value => (words(value) === '' ? {} : {scope: words(value)}),
		stored: {fields: {scope: 'text'}, write: value => ({scope: words(value)}), read: stored => stored.scope},
	}),
	/** Extra form parameters such as Segura's ttl=60, held to the one rule of parseParams. */
	params: text({
		initial: '',
		check: value => parseParams(value).issues,
		request: value => ({params: parseParams(value).params}),
		stored: {
			fields: {params: 'pairs'},
			write: value => ({params: parseParams(value).params}),
			read: stored => stored.params.map(([key, value]) => `${key}=${value}`).join(' '),
		},
	}),
	/** Kept as the profile's own name; empty: not saved. */
	profileName: text({initial: '', check: checkProfileName}),
	/** Kept as the presence of the Client Secret in the profile (plain text, readable only by this user). */
	rememberSecret: choice(rememberChoices, {initial: 'no'}),
};

function checkProfileName(value: string, context: CheckContext): readonly Issue[] {
	const name = value.trim();
	const problem = name === '' ? undefined : context.nameProblem(name);
	if (!problem) return [];
	return [problem.problem === 'invalid' ? {level: 'error', code: 'profile-name-invalid'} : {level: 'error', code: 'profile-name-taken', detail: problem.name}];
}

type Table = typeof configureTable;

/** What step 3 lets the user change, in the order the form shows it. */
export type ConfigureField = keyof Table;

/** Step 3's fields that take typed text; the others are choices. */
export type ConfigureTextField = {[K in ConfigureField]: Table[K]['kind'] extends 'text' ? K : never}[ConfigureField];

type ValueOf<R> = R extends Readonly<{initial: infer V}> ? V : never;

/** Step 3 as typed: every field's value. */
export type ConfigDraft = Readonly<{[K in ConfigureField]: ValueOf<Table[K]>}>;

type Intersection<U> = (U extends unknown ? (union: U) => void : never) extends (all: infer I) => void ? I : never;
type StoredPart<R> = R extends Readonly<{stored?: Readonly<{fields: infer F}>}> ? StoredOf<F> : never;

/** What a profile keeps of step 3 (besides its name and secret): the stored fields of every row. */
export type StoredSettings = Readonly<Intersection<{[K in ConfigureField]: StoredPart<Table[K]>}[ConfigureField]>>;

type AnyRow = ConfigureRow<string, Fields>;

/**
 * Everything the wizard, the request and the store read from a table of step 3: built once,
 * below, from configureTable (a test builds it from a longer table, to prove a row is enough).
 */
export function readTable(table: Readonly<Record<string, Readonly<{kind: 'text' | 'choice'; initial: string}>>>) {
	const rows = Object.entries(table) as Array<[ConfigureField, AnyRow]>;
	const fields = rows.map(([field]) => field);
	const defaultConfig = Object.fromEntries(rows.map(([field, row]) => [field, row.initial])) as ConfigDraft;
	const storedSettingsOf = (config: ConfigDraft): StoredSettings => Object.assign({}, ...rows.map(([field, row]) => row.stored?.write(config[field]) ?? {})) as StoredSettings;
	const storedKinds = Object.assign({}, ...rows.map(([, row]) => row.stored?.fields ?? {})) as Readonly<Record<keyof StoredSettings, StoredKind>>;
	const storedFields = Object.keys(storedKinds) as Array<keyof StoredSettings>;
	const defaultStoredSettings = storedSettingsOf(defaultConfig);
	return {
		/** What step 3 lets the user change, in the order the form shows it. */
		configureFields: fields,
		isTextField: (field: ConfigureField): field is ConfigureTextField => table[field]?.kind === 'text',
		/** The choices of a field that is one of a few, undefined for a text. */
		fieldChoices: (field: ConfigureField): readonly string[] | undefined => rows.find(([name]) => name === field)?.[1].choices,
		defaultConfig,
		/** The issues of each field as typed. */
		configIssues: (config: ConfigDraft, context: CheckContext) =>
			Object.fromEntries(rows.map(([field, row]) => [field, row.check?.(config[field], context) ?? []])) as Readonly<Record<ConfigureField, readonly Issue[]>>,
		/** What step 3 adds to the token request: the client authentication, the scope, the form parameters. */
		requestPart: (config: ConfigDraft): RequestPart => {
			const parts = rows.map(([field, row]) => row.request?.(config[field]) ?? {});
			return {...(Object.assign({}, ...parts) as RequestPart), params: parts.flatMap(part => part.params ?? [])};
		},
		/** The profile's step-3 fields, from the values as typed. */
		storedSettingsOf,
		/** What each stored field holds, for the store's check. */
		storedKinds,
		storedFields,
		/** What a profile keeps when it says nothing of a field (one saved before the field existed). */
		defaultStoredSettings,
		/** The values as typed, from what a profile keeps: a field it does not have takes its default. */
		configOf: (stored: Partial<StoredSettings>): ConfigDraft => {
			const all = {...defaultStoredSettings, ...stored} as unknown as Record<string, never>;
			return Object.fromEntries(rows.map(([field, row]) => [field, row.stored ? row.stored.read(all) : row.initial])) as ConfigDraft;
		},
		/** A profile's step-3 fields copied one by one: nothing else of `settings` comes along. */
		copyStoredSettings: (settings: StoredSettings): StoredSettings => {
			const source = settings as Readonly<Record<string, unknown>>;
			return Object.fromEntries(
				storedFields.map(name => [name, storedKinds[name] === 'pairs' ? (source[name] as readonly Param[]).map(([key, text]) => [key, text] as const) : source[name]]),
			) as StoredSettings;
		},
	};
}

export const {
	configureFields,
	isTextField,
	fieldChoices,
	defaultConfig,
	configIssues,
	requestPart,
	storedSettingsOf,
	storedKinds,
	storedFields,
	defaultStoredSettings,
	configOf,
	copyStoredSettings,
} = readTable(configureTable);
