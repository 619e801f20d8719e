import type {Lang} from '../i18n/lang.js';
import {emptyCredentials} from './check-field.js';
import {defaultConfig, isoDay} from './configure-rules.js';
import {applyPrefill, type Prefill} from './prefill.js';
import type {DemoDetails, ProfileNetwork, SavedProfile, WizardState} from './state.js';
import {useProfile} from './reduce-profiles.js';
import {toCollect, toProfiles, type BaseOf} from './transitions.js';

export type InitialOptions = Readonly<{
	/** The clock, injected: today's date goes into the default token name. */
	now: () => Date;
	lang?: Lang;
	/** The practice server's details, shown in step 1 (`segura-token demo`). */
	demoDetails?: DemoDetails;
	prefill?: Prefill;
	/** Saved profiles: the wizard opens with them when there are any. */
	profiles?: readonly SavedProfile[];
	/** `--profile NAME`: start straight at it (the command checked that it exists). */
	startProfile?: string;
	/** The command line's --ca / --insecure, which a profile's own options never override. */
	network?: ProfileNetwork;
	storePath?: string;
}>;

/** Nothing typed, nothing chosen: everything but the language, date and practice details. */
export function freshBase(base: Pick<BaseOf, 'lang' | 'today' | 'demo' | 'seq' | 'profiles' | 'network' | 'storePath'>): BaseOf {
	const {lang, today, demo, seq, profiles, network, storePath} = base;
	return {lang, today, demo, seq, profiles, network, storePath, values: emptyCredentials, kind: undefined, config: defaultConfig, profile: undefined};
}

export function createInitialState(options: InitialOptions): WizardState {
	const base = freshBase({
		lang: options.lang ?? 'en',
		today: isoDay(options.now()),
		demo: options.demoDetails,
		seq: 0,
		profiles: options.profiles ?? [],
		network: options.network ?? {},
		storePath: options.storePath,
	});
	if (options.prefill) return applyPrefill(base, options.prefill);
	const start = options.startProfile?.toLowerCase();
	const index = base.profiles.findIndex(profile => profile.name.toLowerCase() === start);
	if (index >= 0) return useProfile(toProfiles(base, index), options.now().getTime());
	return base.profiles.length > 0 ? toProfiles(base) : toCollect(base, 'seguraUrl');
}
