import type {AppError} from '../errors.js';
import type {Lang} from '../i18n/lang.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import type {ProviderKind} from '../provider-kind.js';
import type {Credentials} from './check-field.js';
import type {ConfigDraft} from './configure-rules.js';
import type {Prefill} from './prefill.js';
import type {CollectField, ConfigureField} from './steps.js';

/** The practice server's provider details, as `segura-token demo --serve --json` prints them. */
export type DemoDetails = Readonly<{
	seguraUrl: string;
	providers: ReadonlyArray<Readonly<{
		kind: ProviderKind;
		baseUrl: string;
		tokenUrl: string;
		clientId: string;
		clientSecret: string;
	}>>;
}>;

/** A saved profile as the wizard needs it: the picker's line and the values it fills in. */
export type SavedProfile = Readonly<{
	name: string;
	kind: ProviderKind;
	clientId: string;
	/** Host of the Token URL. */
	host: string;
	lastIssuedAt: Date | undefined;
	/** Whether the last token issued is still valid; undefined when unknown or none. */
	isValid: boolean | undefined;
	hasSecret: boolean;
	prefill: Prefill;
	network: ProfileNetwork;
}>;

/** Per-profile network options (the command-line flags win over them). */
export type ProfileNetwork = Readonly<{caFile?: string; insecure?: boolean}>;

/** The profile this run started from: 'use' jumps to the token, 'edit' walks every step. */
export type ProfileInUse = Readonly<{name: string; mode: 'use' | 'edit'}>;

/** How a copy reached the user; 'print' writes the token plain on its own line. */
export type CopyMethod = 'osc52' | 'tmux' | 'screen' | 'local' | 'print';

export type CopyHow = 'clipboard' | 'print';

/** Everything typed or chosen so far: kept across Back, Edit and Retry. */
type Base = Readonly<{
	lang: Lang;
	/** YYYY-MM-DD at start, for the default token name. */
	today: string;
	demo: DemoDetails | undefined;
	values: Credentials;
	/** The provider kind chosen earlier, if any (kept when the user goes back to step 1). */
	kind: ProviderKind | undefined;
	config: ConfigDraft;
	/** The id of the last effect asked for: answers to an older one are ignored. */
	seq: number;
	/** The saved profiles, for the picker, name checks and the other-kind warning. */
	profiles: readonly SavedProfile[];
	profile: ProfileInUse | undefined;
	network: ProfileNetwork;
	/** Where profiles are kept, to say so when the user remembers a secret. */
	storePath: string | undefined;
}>;

/** Before step 1: the saved profiles, and "new". `highlight` = profiles.length is "new". */
export type ProfilesState = Base & Readonly<{
	step: 'profiles';
	highlight: number;
	removal:
		| Readonly<{status: 'none'}>
		| Readonly<{status: 'confirming'; name: string}>
		| Readonly<{status: 'running'; id: number; name: string}>
		| Readonly<{status: 'failed'; error: AppError}>;
}>;

/** Saving the profile on the way out of step 3. */
export type SaveOutput =
	| Readonly<{status: 'none'}>
	| Readonly<{status: 'running'; id: number; name: string}>
	| Readonly<{status: 'done'; name: string; path: string; isSecretRemembered: boolean}>
	| Readonly<{status: 'failed'; error: AppError}>;

export type CollectState = Base & Readonly<{
	step: 'collect';
	field: CollectField;
	/** The current field as typed; `values` has it only once submitted or left with Back. */
	draft: string;
	/** A submit of this field was refused: "required" shows from now on. */
	tried: boolean;
	isSecretRevealed: boolean;
}>;

export type ProviderState = Base & Readonly<{step: 'provider'; highlight: ProviderKind}>;

export type ConfigureState = Base & Readonly<{
	step: 'configure';
	kind: ProviderKind;
	focus: ConfigureField;
}>;

export type ClearState = Base & Readonly<{step: 'clear'; kind: ProviderKind; save: SaveOutput}>;

/** What steps 5 and 6 work on, fixed when the user leaves step 4. */
type Settled = Readonly<{kind: ProviderKind; request: TokenRequest; tokenName: string}>;

export type FetchPhase =
	| Readonly<{phase: 'fetching'; id: number; startedAt: number}>
	| Readonly<{phase: 'fetched'; result: TokenResult}>
	| Readonly<{phase: 'failed'; error: AppError}>;

export type FetchState = Base & Settled & Readonly<{step: 'fetch'}> & FetchPhase;

export type CopyOutput =
	| Readonly<{status: 'idle'}>
	| Readonly<{status: 'running'; id: number; how: CopyHow}>
	| Readonly<{status: 'done'; how: CopyHow; method: CopyMethod}>
	| Readonly<{status: 'failed'; how: CopyHow; error: AppError}>;

/** The Okta-style check of the token (GET {Base URL}/Users), asked for with a key. */
export type Verification =
	| Readonly<{status: 'idle'}>
	| Readonly<{status: 'running'; id: number}>
	| Readonly<{status: 'done'; totalResults: number | undefined}>
	| Readonly<{status: 'failed'; error: AppError}>;

/** Saving the token to a file (mode 0600), the fallback when no clipboard can be reached. */
export type FileOutput =
	| Readonly<{status: 'idle'}>
	| Readonly<{status: 'asking'; draft: string}>
	| Readonly<{status: 'confirming'; path: string}>
	| Readonly<{status: 'running'; id: number; path: string; overwrite: boolean}>
	| Readonly<{status: 'done'; path: string}>
	| Readonly<{status: 'failed'; error: AppError}>;

export type CopyState = Base & Settled & Readonly<{
	step: 'copy';
	result: TokenResult;
	isRevealed: boolean;
	output: CopyOutput;
	verification: Verification;
	file: FileOutput;
	/** 'added': Use token was chosen, the "Token added" confirmation shows. */
	phase: 'shown' | 'added';
}>;

/** The wizard ended with a token: the face exits 0 and leaves it in the scrollback. */
export type DoneState = Base & Settled & Readonly<{step: 'done'; result: TokenResult}>;

/** The user quit: the face exits with error.exitCode (130 unless quitting after a failure). */
export type QuitState = Base & Readonly<{step: 'quit'; error: AppError}>;

export type WizardState =
	| ProfilesState
	| CollectState
	| ProviderState
	| ConfigureState
	| ClearState
	| FetchState
	| CopyState
	| DoneState
	| QuitState;
