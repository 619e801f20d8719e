import type {Lang} from '../i18n/lang.js';
import type {ProfileNetwork} from '../model/net-options.js';
import {toCollect, toProfiles} from './moves.js';
import {startWithProfile} from './profiles/reduce.js';
import {applyPrefill} from './resume.js';
import {emptyCredentials} from './rules/check-field.js';
import {defaultConfig} from './rules/configure-rules.js';
import type {DemoDetails, SavedProfile} from './shared/base.js';
import type {Prefill} from './shared/prefill.js';
import type {WizardState} from './state.js';

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

export function createInitialState(options: InitialOptions): WizardState {
	const base = {
		lang: options.lang ?? 'en',
		today: options.now(),
		demo: options.demoDetails,
		seq: 0,
		profiles: options.profiles ?? [],
		network: options.network ?? {},
		storePath: options.storePath,
		values: emptyCredentials,
		kind: undefined,
		config: defaultConfig,
		profile: undefined,
	} as const;
	if (options.prefill) return applyPrefill(base, options.prefill);
	const start = options.startProfile?.toLowerCase();
	const index = base.profiles.findIndex(profile => profile.name.toLowerCase() === start);
	if (index >= 0) return startWithProfile(toProfiles(base, index), options.now().getTime());
	return base.profiles.length > 0 ? toProfiles(base) : toCollect(base, 'seguraUrl');
}
