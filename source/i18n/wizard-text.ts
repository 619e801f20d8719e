import type {BasicEncoding, ClientAuthChoice, RememberChoice} from '../model/client-auth.js';
import type {Issue, IssueCode, Removed} from '../model/issues.js';
import type {ProviderKind} from '../model/provider-kind.js';
import type {CollectField, ConfigureField, StepId} from '../model/steps.js';
import type {ErrorText} from './lang.js';

/** The key names the wizard shows; what each does is in `keyLabels`. */
export type KeyLabel =
	| 'next'
	| 'back'
	| 'show'
	| 'hide'
	| 'fillProposal'
	| 'choose'
	| 'move'
	| 'change'
	| 'continue'
	| 'getToken'
	| 'cancel'
	| 'proceed'
	| 'retry'
	| 'edit'
	| 'quit'
	| 'copy'
	| 'print'
	| 'useToken'
	| 'finish'
	| 'use'
	| 'new'
	| 'remove'
	| 'yes'
	| 'no'
	| 'verify'
	| 'saveFile'
	| 'switchKind'
	| 'save';

type Labelled = Readonly<{label: string; help: string}>;

export type WizardText = Readonly<{
	steps: Readonly<Record<StepId, string>>;
	/** The step indicator when the full one does not fit. */
	stepCompact: (number: number, total: number, name: string) => string;
	fields: Readonly<Record<CollectField, Labelled>>;
	seguraPlaceholder: string;
	proposalNote: string;
	/** The same, in `demo`, for a value of the practice server. */
	practiceProposalNote: string;
	secretLength: (length: number) => string;
	/** Under a value selected for fixing: the first key typed replaces it. */
	selectedNote: string;
	/** Under a focused text field of step 3: it can be typed over. */
	typeToChange: string;
	demoTitle: string;
	issues: Readonly<Record<IssueCode, (issue: Issue) => string>>;
	removed: Readonly<Record<Removed, string>>;
	and: string;
	kinds: Readonly<Record<ProviderKind, string>>;
	/** The kind's word in the default token name: `okta-scim internal 2026-11-29`. */
	tokenNameKinds: Readonly<Record<ProviderKind, string>>;
	providerQuestion: string;
	providerWarning: string;
	/** The token's claims name the other kind than the one chosen in step 2. */
	kindMismatch: (claimed: string, chosen: string) => string;
	configureTitle: string;
	/** Postman's own labels, which the manual uses in both languages. */
	postman: Readonly<{
		type: string;
		addAuthDataTo: string;
		headerPrefix: string;
		grantType: string;
		accessTokenUrl: string;
		clientId: string;
		clientSecret: string;
		oauth2: string;
		requestHeaders: string;
		clientCredentials: string;
	}>;
	configureFields: Readonly<Record<ConfigureField, Labelled>>;
	authChoices: Readonly<Record<ClientAuthChoice, string>>;
	/** The same, for the one-line summary of step 3. */
	authShort: Readonly<Record<ClientAuthChoice, string>>;
	clearTitle: string;
	clearItems: readonly string[];
	clearNote: string;
	fetching: (host: string, seconds: number) => string;
	complete: string;
	result: Readonly<{
		tokenType: string;
		lifetime: string;
		/** The server's expires_in, shown safe, was no usable count of seconds. */
		unknownLifetime: (sent: string) => string;
		/** The row of the expiry: 'Expires' followed by 'in 59 min, at 18:31 UTC−03:00'. */
		expires: string;
		scope: string;
		tokenName: string;
		claims: string;
	}>;
	retriedWith: (encoding: BasicEncoding) => string;
	failedTitle: string;
	editGoesTo: (field: string, stepNumber: number, stepName: string) => string;
	cancelled: ErrorText;
	quit: ErrorText;
	copyTitle: string;
	/** After `p`: the token was printed alone on its line. */
	printed: string;
	copying: string;
	addedTitle: string;
	addedWhere: string;
	rememberChoices: Readonly<Record<RememberChoice, string>>;
	rememberShort: Readonly<Record<RememberChoice, string>>;
	verifying: (url: string) => string;
	file: Readonly<{
		prompt: string;
		exists: (path: string) => string;
		written: (path: string) => string;
		failed: (message: string) => string;
	}>;
	/** Where a remembered secret goes, said before the user chooses it. */
	rememberWhere: (path: string) => string;
	profiles: Readonly<{
		title: string;
		/** Ahead of step 1's summary when a profile was used: `profile "lab"`. */
		inUse: (name: string) => string;
		newProfile: string;
		noToken: string;
		/** What is kept of the last token: only its record, never the token. */
		record: (issuedAt: string, expiry: string | undefined) => string;
		secretKept: string;
		confirmRemove: (name: string) => string;
		removing: (name: string) => string;
		removeFailed: (message: string) => string;
	}>;
	save: Readonly<{
		running: (name: string) => string;
		done: (name: string, path: string) => string;
		secretKept: string;
		secretNotKept: string;
		failed: (message: string) => string;
	}>;
	/** `expiry` reads 'expires in 59 min, at 18:31 UTC−03:00'. */
	expires: (expiry: string, lifetime: string | undefined) => string;
	noExpiry: string;
	/**
	 * How keys are written on the hint line. The letters of print, saveFile, verify, switchKind and
	 * remove are the language's own (the initial of the verb shown beside them); both languages'
	 * letters work.
	 */
	keyNames: Readonly<{
		enter: string;
		escape: string;
		shiftTab: string;
		tab: string;
		upDown: string;
		leftRight: string;
		space: string;
		ctrlR: string;
		yes: string;
		print: string;
		saveFile: string;
		verify: string;
		switchKind: string;
		remove: string;
	}>;
	keyLabels: Readonly<Record<KeyLabel, string>>;
}>;

/** The keys of the wizard named in this catalog rather than in WizardText's keyLabels. */
export type ExtraKeyLabel = 'saveToProfile';

/** Where a copy went, as a place in a sentence ("copied to tmux's buffer"). */
export type CopyPlace = 'tmux' | 'system' | 'terminal';

/**
 * Texts of the wizard about what became of the token and of the values a run changed: what a
 * saved profile keeps against what worked, and the practice server's own values.
 */
export type ExtraText = Readonly<{
	keyLabels: Readonly<Record<ExtraKeyLabel, string>>;
	/** The closing words of the wizard: what happened to the token left on the line above them. */
	fate: Readonly<{
		places: Readonly<Record<CopyPlace, string>>;
		copied: (places: readonly string[], isAdded: boolean) => string;
		written: (path: string, isAdded: boolean) => string;
		notCopied: string;
	}>;
	/** A value this run used that the profile in use does not keep. */
	kindField: string;
	drift: (profile: string, fields: readonly string[]) => string;
	synced: (profile: string, fields: readonly string[]) => string;
	/** Under a refused or unknown Segura host: e edits the Segura URL, and the others follow it. */
	followsSegura: string;
	profileAddress: (profile: string) => string;
	/** `segura-token demo` with a profile saved against the practice server on another port. */
	practiceMoved: (profile: string, from: string, to: string) => string;
	/** `segura-token demo` filled in its own Client Secret for a profile that keeps none. */
	practiceSecret: (profile: string) => string;
	/** `v` and `verify`: the Base URL is on another server than the Token URL. */
	otherServers: (base: string, token: string) => string;
}>;
