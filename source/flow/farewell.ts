import {CancelledError} from '../errors/app-error.js';
import {exitCodes, signalExitCodes, type StopSignal} from '../errors/exit-codes.js';
import {stoppedText, wizardMessages} from '../i18n/text.js';
import type {Lang} from '../i18n/lang.js';
import type {TimeOptions} from '../i18n/time.js';
import type {TokenResult} from '../oauth/types.js';
import {wrapText} from '../text/wrap.js';
import {addedView, fateLine} from './copy-view.js';
import type {WizardState} from './state.js';
import {errorText} from '../errors/app-error.js';
import {lineText, type ViewLine} from './view-lines.js';

// How the wizard ends, whatever ends it: the exit code, and what stays in the terminal.

/** The user quit before a token was issued: exit as cancelled. */
export function quitByUser(): CancelledError {
	return new CancelledError(wizardMessages.quit, {reason: 'quit'});
}

/** The token of this run, once there is one: after a successful request, in step 6, at the end. */
export function tokenOf(state: WizardState): TokenResult | undefined {
	if (state.step === 'fetch') return state.call.status === 'done' ? state.call.result : undefined;
	return state.step === 'copy' || state.step === 'done' ? state.result : undefined;
}

/** What stays in the terminal: the token alone on its line (a triple-click selects it), then the lines under it. */
export type Farewell = Readonly<{token: string; lines: readonly ViewLine[]}>;

/**
 * The farewell of any state that holds a token, whatever ends the wizard — Enter, q, Ctrl+C, a
 * signal: the token is never lost. What became of it (copied to where, written to which file, or
 * not copied: the line above is the way to take it), where it goes in Okta, until when it works.
 */
export function farewellOf(state: WizardState, lang: Lang = state.lang, options: TimeOptions = {}): Farewell | undefined {
	const result = tokenOf(state);
	if (!result || (state.step !== 'fetch' && state.step !== 'copy' && state.step !== 'done')) return undefined;
	const view = addedView(result, lang, options);
	const isAdded = state.step === 'done' ? state.isAdded : state.step === 'copy' && state.phase === 'added';
	return {
		token: result.accessToken,
		lines: [fateLine(state.fate, isAdded, lang), {tone: 'plain', text: view.where}, {tone: 'plain', text: view.expiry}],
	};
}

/** How the wizard ended: the exit code, and what stays in the terminal once the face is gone. */
export type Ending = Readonly<{code: number; lines: readonly ViewLine[]; farewell: Farewell | undefined}>;

/**
 * The end of the wizard in `state`, or of a run `stop` ended (Ctrl+C before the keys were read,
 * SIGTERM, SIGHUP): what ended it, said as what it was, then the token and "Token added" if there
 * is a token. Finishing exits 0; quitting, with the error's code; a signal, 128 + its number.
 */
export function endingOf(state: WizardState, stop?: StopSignal, lang: Lang = state.lang, options: TimeOptions = {}): Ending {
	const farewell = farewellOf(state, lang, options);
	if (stop) return {code: signalExitCodes[stop], lines: [{tone: 'error', text: stoppedText[stop][lang].message}], farewell};
	if (state.step === 'quit') return {code: state.error.exitCode, lines: [{tone: 'error', text: errorText(state.error, lang).message}], farewell};
	return {code: exitCodes.ok, lines: [], farewell};
}

/**
 * The ending as lines for a terminal `width` columns wide: every line of prose wrapped at words by
 * us; the token whole on a line of its own, which the terminal soft-wraps, so a triple-click still
 * selects all of it.
 */
export function endingText(ending: Ending, width: number): string[] {
	const prose = (lines: readonly ViewLine[]) => lines.flatMap(line => wrapText(lineText(line), width));
	return [...prose(ending.lines), ...(ending.farewell ? [ending.farewell.token, ...prose(ending.farewell.lines)] : [])];
}
