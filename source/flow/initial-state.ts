import type {Lang} from '../i18n/lang.js';
import {emptyCredentials} from './check-field.js';
import {defaultConfig, isoDay} from './configure-rules.js';
import {applyPrefill, type Prefill} from './prefill.js';
import type {DemoDetails, WizardState} from './state.js';
import {toCollect, type BaseOf} from './transitions.js';

export type InitialOptions = Readonly<{
	/** The clock, injected: today's date goes into the default token name. */
	now: () => Date;
	lang?: Lang;
	/** The practice server's details, shown in step 1 (`segura-token demo`). */
	demoDetails?: DemoDetails;
	prefill?: Prefill;
}>;

/** Nothing typed, nothing chosen: everything but the language, date and practice details. */
export function freshBase(base: Pick<BaseOf, 'lang' | 'today' | 'demo' | 'seq'>): BaseOf {
	return {...base, values: emptyCredentials, kind: undefined, config: defaultConfig};
}

export function createInitialState(options: InitialOptions): WizardState {
	const base = freshBase({
		lang: options.lang ?? 'en',
		today: isoDay(options.now()),
		demo: options.demoDetails,
		seq: 0,
	});
	return options.prefill ? applyPrefill(base, options.prefill) : toCollect(base, 'seguraUrl');
}
