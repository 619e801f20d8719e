import type {CopyResult} from '../clipboard/copy-result.js';
import type {AppError} from '../errors/app-error.js';
import type {Lang} from '../i18n/lang.js';
import type {ProfileNetwork} from '../model/net-options.js';
import type {SeguraDetails} from '../model/provider-details.js';
import type {ProviderKind} from '../model/provider-kind.js';
import type {CollectField, ConfigureField} from '../model/steps.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import type {ConfigDraft, StoredSettings} from '../model/configure-fields.js';
import type {Credentials} from './credentials.js';

// Every state of the wizard as data: a tagged union, each step with exactly what it needs (no
// pile of booleans). The steps' behaviour (reducer, keys, view) lives in one module per step.

/**
 * Work the flow asked a face to do (a request, a copy, a save): not started, running under an id,
 * done with its result, or failed. `job` is what was asked, kept for the screen. Every piece of
 * work in the wizard is one of these, so "ignore a late answer" is one rule: answerWork.
 */
export type Work<Job, Result> = Idle | Running<Job> | Done<Job, Result> | Failed<Job>;
export type Idle = Readonly<{status: 'idle'}>;
export type Running<Job> = Readonly<{status: 'running'; id: number; job: Job}>;
export type Done<Job, Result> = Readonly<{status: 'done'; job: Job; result: Result}>;
export type Failed<Job> = Readonly<{status: 'failed'; job: Job; error: AppError}>;

export const idle: Idle = {status: 'idle'};

/** A new piece of work under the next id; the state's `seq` moves on to it. */
export function startWork<Job>(seq: number, job: Job): Readonly<{seq: number; work: Running<Job>}> {
	const id = seq + 1;
	return {seq: id, work: {status: 'running', id, job}};
}

/** What a face answers with: the id it was given, and the result or the error. */
export type WorkAnswer<Result> = Readonly<{id: number; result: Result} | {id: number; error: AppError}>;

/**
 * The work once `answer` is in: done or failed. An answer to other work — a request the user
 * cancelled, a copy asked for twice — comes late and changes nothing: the same object returns.
 */
export function answerWork<Job, Result>(work: Work<Job, Result>, answer: WorkAnswer<Result>): Work<Job, Result> {
	if (work.status !== 'running' || work.id !== answer.id) return work;
	return 'error' in answer ? {status: 'failed', job: work.job, error: answer.error} : {status: 'done', job: work.job, result: answer.result};
}

/** A full set of values, from a saved profile. The secret is absent when it was not remembered. */
export type Prefill = Readonly<{values: Readonly<Partial<Credentials>>; kind?: ProviderKind; config?: Partial<StoredSettings>}>;

/** A saved profile as the wizard needs it: the picker's line and the values it fills in. */
export type SavedProfile = Readonly<{
	name: string;
	kind: ProviderKind;
	clientId: string;
	/** Host of the Token URL. */
	host: string;
	/** The record of the last token issued (never the token): when, and until when. */
	lastIssuedAt: Date | undefined;
	lastExpiresAt: Date | undefined;
	hasSecret: boolean;
	prefill: Prefill;
	network: ProfileNetwork;
}>;

/** The profile this run started from: 'use' jumps to the token, 'edit' walks every step. */
export type ProfileInUse = Readonly<{name: string; mode: 'use' | 'edit'}>;

/** Everything typed or chosen so far: kept across Back, Edit and Retry, whatever the step. */
export type Base = Readonly<{
	lang: Lang;
	/** The moment the wizard started: its day goes into the default token name. */
	today: Date;
	/** The practice server's provider details, shown in step 1 of `segura-token demo`. */
	demo: SeguraDetails | undefined;
	values: Credentials;
	/** The provider kind chosen earlier, if any (kept when the user goes back to step 1). */
	kind: ProviderKind | undefined;
	config: ConfigDraft;
	/** The id of the last piece of work asked for: answers to an older one are ignored. */
	seq: number;
	/** The saved profiles, for the picker, name checks and the other-kind warning. */
	profiles: readonly SavedProfile[];
	profile: ProfileInUse | undefined;
	/** The command line's --ca / --insecure, which a profile's own options never override. */
	network: ProfileNetwork;
	/** Where profiles are kept, to say so when the user remembers a secret. */
	storePath: string | undefined;
}>;

/**
 * What became of the token of this run, whatever step it is at: the last copy that reached
 * something, the last file it was written to, whether it was printed. The wizard's closing words
 * say it, so the ending never claims a copy that did not happen.
 */
export type TokenFate = Readonly<{copied: CopyResult | undefined; written: string | undefined; printed: boolean}>;

export const noFate: TokenFate = {copied: undefined, written: undefined, printed: false};

/** A value of the profile in use that this run changed: one of step 1's, or the provider kind. */
export type DriftField = CollectField | 'kind';

/** Writing the values that worked back into the profile in use: which ones, then the profiles as they are. */
export type SyncWork = Work<Readonly<{name: string; fields: readonly DriftField[]}>, undefined>;

/**
 * What steps 5 and 6 work on, fixed when the user leaves step 4; what became of the token; and
 * the values that worked being written back into the profile in use.
 */
export type Settled = Readonly<{kind: ProviderKind; request: TokenRequest; tokenName: string; fate: TokenFate; sync: SyncWork}>;

/** Removing a profile: asked ("remove prod?"), then done by the store; the answer is the list left. */
export type Removal = Work<Readonly<{name: string}>, readonly SavedProfile[]> | Readonly<{status: 'confirming'; name: string}>;

/** Before step 1: the saved profiles, and "new". `highlight` = profiles.length is "new". */
export type ProfilesState = Base & Readonly<{step: 'profiles'; highlight: number; removal: Removal}>;

/** Step 1: one of the five values. */
export type CollectState = Base &
	Readonly<{
		step: 'collect';
		field: CollectField;
		/** The current field as typed; `values` has it only once submitted or left with Back. */
		draft: string;
		/** A submit of this field was refused: "required" shows from now on. */
		tried: boolean;
		/**
		 * The value is selected, as an address bar is after a click: the first key typed or pasted
		 * replaces it, an arrow keeps it for editing. So it is when the user comes back to fix it.
		 */
		isSelected: boolean;
		isSecretRevealed: boolean;
	}>;

/** Step 2: internal or third-party users; `highlight` is the one Enter chooses. */
export type ProviderState = Base & Readonly<{step: 'provider'; highlight: ProviderKind}>;

/** Step 3: the request as Postman's form shows it; `focus` is the field the keys change. */
export type ConfigureState = Base & Readonly<{step: 'configure'; kind: ProviderKind; focus: ConfigureField; /** The focused text is selected (see CollectState). */ isSelected: boolean}>;

/** The profile saved on the way out of step 3: its name, then where it went. */
export type SaveWork = Work<Readonly<{name: string; isSecretRemembered: boolean}>, Readonly<{path: string}>>;

/** Step 4: a clean session, and the profile being saved. */
export type ClearState = Base & Readonly<{step: 'clear'; kind: ProviderKind; save: SaveWork}>;

/** The token request: running since `startedAt` (wall clock, ms), then the token or the failure. */
export type TokenCall = Exclude<Work<Readonly<{startedAt: number}>, TokenResult>, Idle>;

/** Step 5: Postman's "Get New Access Token" and what came of it. */
export type FetchState = Base & Settled & Readonly<{step: 'fetch'; call: TokenCall}>;

/** 'print' writes the token plain on its own line; 'clipboard' sends it every way that fits. */
export type CopyHow = 'clipboard' | 'print';

/** Saving the token to a file (mode 0600): the path asked for, an existing file asked about, then the write. */
export type FileWork =
	| Work<Readonly<{path: string; overwrite: boolean}>, undefined>
	| Readonly<{status: 'asking'; draft: string}>
	| Readonly<{status: 'confirming'; path: string}>;

/** Step 6: the token, and what was done with it. */
export type CopyState = Base &
	Settled &
	Readonly<{
		step: 'copy';
		result: TokenResult;
		/** A copy or a print; a copy's result says which ways reached a clipboard (none for a print). */
		output: Work<Readonly<{how: CopyHow}>, CopyResult | undefined>;
		/** The Okta-style check of the token (GET {Base URL}/Users), asked for with a key. */
		verification: Work<Readonly<{url: string}>, Readonly<{totalResults: number | undefined}>>;
		file: FileWork;
		/** 'added': Use token was chosen, the "Token added" confirmation shows. */
		phase: 'shown' | 'added';
	}>;

/**
 * The wizard ended with a token: the face exits 0 and leaves it in the scrollback. `isAdded`: it
 * ended with Postman's Use token ("Token added"), not with q.
 */
export type DoneState = Base & Settled & Readonly<{step: 'done'; result: TokenResult; isAdded: boolean}>;

/** The user quit: the face exits with error.exitCode (cancelled, unless quitting after a failure). */
export type QuitState = Base & Readonly<{step: 'quit'; error: AppError}>;

export type WizardState = ProfilesState | CollectState | ProviderState | ConfigureState | ClearState | FetchState | CopyState | DoneState | QuitState;

/** What any step takes: moving back, quitting, starting over. */
export type GlobalAction =
	/** Esc / Shift+Tab: the previous field or step, keeping what was typed; while fetching, cancels. */
	| Readonly<{type: 'back'}>
	| Readonly<{type: 'quit'}>
	| Readonly<{type: 'prefill'; prefill: Prefill}>
	| Readonly<{type: 'start-fresh'}>;
