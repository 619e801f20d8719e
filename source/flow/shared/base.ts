import type {Lang} from '../../i18n/lang.js';
import type {ProfileNetwork} from '../../model/net-options.js';
import type {SeguraDetails} from '../../model/provider-details.js';
import type {ProviderKind} from '../../model/provider-kind.js';
import type {TokenRequest} from '../../oauth/types.js';
import type {Credentials, Practice} from '../rules/check-field.js';
import type {TokenFate} from './fate.js';
import type {SyncWork} from './profile-sync.js';
import type {ConfigDraft} from '../rules/configure-rules.js';
import type {Prefill} from './prefill.js';

/** The practice server's provider details, shown in step 1 of `segura-token demo`. */
export type DemoDetails = SeguraDetails;

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
	demo: DemoDetails | undefined;
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

// Copied field by field so nothing of the step being left (a token, an error) leaks into the next.
export function baseOf(state: Base): Base {
	const {lang, today, demo, values, kind, config, seq, profiles, profile, network, storePath} = state;
	return {lang, today, demo, values, kind, config, seq, profiles, profile, network, storePath};
}

/**
 * What steps 5 and 6 work on, fixed when the user leaves step 4; what became of the token; and
 * the values that worked being written back into the profile in use.
 */
export type Settled = Readonly<{kind: ProviderKind; request: TokenRequest; tokenName: string; fate: TokenFate; sync: SyncWork}>;

/** The Settled part of a state, copied field by field as baseOf copies the Base. */
export function settledOf(state: Settled): Settled {
	const {kind, request, tokenName, fate, sync} = state;
	return {kind, request, tokenName, fate, sync};
}

/**
 * In `segura-token demo`, what the practice server proposes in step 1 (see proposalFor): the
 * values of its provider whose Client ID is the one given (so a third-party profile gets the
 * third-party secret), else of its internal-users provider.
 */
export function practiceOf(state: Pick<Base, 'demo'> & Partial<Pick<Base, 'values'>>): Practice | undefined {
	const providers = state.demo?.providers ?? [];
	const provider = providers.find(item => item.clientId === state.values?.clientId) ?? providers.find(item => item.kind === 'internal') ?? providers[0];
	return state.demo && provider ? {seguraUrl: state.demo.seguraUrl, clientId: provider.clientId, clientSecret: provider.clientSecret} : undefined;
}

/** The network options a request of this run uses: the profile's own, then the command line's. */
export function networkOf(state: Pick<Base, 'profiles' | 'profile' | 'network'>): ProfileNetwork {
	const saved = state.profiles.find(profile => profile.name === state.profile?.name);
	return {...saved?.network, ...state.network};
}
