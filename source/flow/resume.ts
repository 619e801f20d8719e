import {hasErrors} from '../model/issues.js';
import {collectFields, configureFields} from '../model/steps.js';
import {toClear, toCollect, toConfigure, toProvider} from './moves.js';
import {checkField} from './rules/check-field.js';
import {configIssues} from './rules/configure-rules.js';
import {saveContextOf} from './configure/save-context.js';
import {practiceOf, type Base} from './shared/base.js';
import {configOf, valuesOf, type Prefill} from './shared/prefill.js';
import type {WizardState} from './state.js';

/**
 * Loads the values and lands on the step after the last one they complete: Clear (steps 1-3
 * done) when all is there and valid; otherwise the first field or step that needs the user, such
 * as the Client Secret of a profile that did not remember it, or a URL edited by hand into nonsense.
 */
export function applyPrefill(base: Base, prefill: Prefill): WizardState {
	return resume({...base, values: valuesOf(prefill), kind: prefill.kind, config: configOf(prefill)});
}

/** Lands on the first field or step that needs the user, from values already in place. */
export function resume(state: Base): WizardState {
	let {values} = state;
	for (const field of collectFields) {
		const check = checkField(field, values[field], values, practiceOf(state));
		if (hasErrors(check.issues)) return toCollect({...state, values}, field);
		values = {...values, [field]: check.value};
	}
	const filled = {...state, values};
	if (!state.kind) return toProvider(filled);
	const issues = configIssues(filled.config, saveContextOf(filled));
	const wrong = configureFields.find(field => hasErrors(issues[field]));
	if (wrong) return toConfigure(filled, state.kind, wrong);
	return toClear(filled, state.kind);
}
