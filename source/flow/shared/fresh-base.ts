import {emptyCredentials} from '../rules/check-field.js';
import {defaultConfig} from '../rules/configure-rules.js';
import type {Base} from './base.js';

/** Nothing typed, nothing chosen: everything but the language, date, practice details and profiles. */
export function freshBase(base: Base): Base {
	return {...base, values: emptyCredentials, kind: undefined, config: defaultConfig, profile: undefined};
}
