import type {CopyResult} from '../clipboard/copy-result.js';
import {describeCopy} from '../clipboard/describe-copy.js';
import type {Lang} from '../i18n/lang.js';
import {verifyText} from '../i18n/text.js';
import {formatDuration, formatExpiry, type TimeOptions} from '../i18n/time.js';
import {wizardTextFor} from '../i18n/text.js';
import {extraTextFor, type CopyPlace} from '../i18n/text.js';
import type {TokenResult} from '../oauth/types.js';
import {displayLine} from '../text/display.js';
import {urlHost} from '../url/url-host.js';
import {proposedFile} from './copy.js';
import {maskToken} from './credentials.js';
import {kindWarning} from './fetch.js';
import type {CopyState, TokenFate} from './state.js';
import type {ViewLine} from './view-lines.js';

// What step 6 shows, and the words about the token that stay once the wizard is over.
import {errorText} from '../errors/app-error.js';

export type CopyView = Readonly<{
	title: string;
	/** The token's claims name the other provider kind than step 2's. */
	kindWarning: ViewLine | undefined;
	/**
	 * Bullets and the last four characters. The token itself is never part of a screen that is
	 * drawn again: a face draws a line longer than the terminal with line breaks of its own, and a
	 * mouse then selects it in pieces. It is written once, alone on a line the terminal wraps (p).
	 */
	display: string;
	/** What the last copy or print did, or why it failed, and what to do if nothing pastes. */
	output: readonly ViewLine[];
	/** The Okta-style check: running, its success, or its message and hint. */
	verification: readonly ViewLine[];
	/** Saving to a file: the question (the face shows its text field under it), or what came of it. */
	file: Readonly<{isAsking: boolean; placeholder: string; lines: readonly ViewLine[]}>;
}>;

function outputLines(state: CopyState, lang: Lang): readonly ViewLine[] {
	const text = wizardTextFor(lang);
	const {output} = state;
	switch (output.status) {
		case 'idle':
			return [];
		case 'running':
			return [{tone: 'progress', text: text.copying}];
		case 'failed': {
			const error = errorText(output.error, lang);
			return [{tone: 'error', text: error.message}, ...(error.hint ? [{tone: 'hint', text: error.hint} as const] : [])];
		}
		case 'done': {
			if (!output.result) return [{tone: 'success', text: text.printed}];
			const said = describeCopy(output.result, lang, state.phase === 'added' ? 'added' : 'wizard');
			return [{tone: 'success', text: said.said}, ...(said.fallback ? [{tone: 'hint', text: said.fallback} as const] : [])];
		}
	}
}

function fileView(state: CopyState, lang: Lang): CopyView['file'] {
	const text = wizardTextFor(lang).file;
	const {file} = state;
	const placeholder = proposedFile(state);
	const lines = (...list: ViewLine[]) => ({isAsking: false, placeholder, lines: list});
	switch (file.status) {
		case 'idle':
			return lines();
		case 'asking':
			return {isAsking: true, placeholder, lines: [{tone: 'plain', text: text.prompt}]};
		case 'confirming':
			return lines({tone: 'warning', text: text.exists(displayLine(file.path))});
		case 'running':
			return lines({tone: 'progress', text: displayLine(file.job.path)});
		case 'done':
			return lines({tone: 'success', text: text.written(displayLine(file.job.path))});
		case 'failed':
			return lines({tone: 'error', text: text.failed(errorText(file.error, lang).message)});
	}
}

/** The Base URL on another server than the Token URL: the check asks a server that did not issue the token. */
export function otherServersLine(baseUrl: string, tokenUrl: string, lang: Lang): ViewLine | undefined {
	const base = urlHost(baseUrl);
	const token = urlHost(tokenUrl);
	return base === token ? undefined : {tone: 'warning', text: extraTextFor(lang).otherServers(displayLine(base), displayLine(token))};
}

function verificationLines(state: CopyState, lang: Lang): readonly ViewLine[] {
	const {verification} = state;
	const other = verification.status === 'idle' ? undefined : otherServersLine(state.values.baseUrl, state.request.tokenUrl, lang);
	const warned = other ? [other] : [];
	switch (verification.status) {
		case 'idle':
			return [];
		case 'running':
			return [...warned, {tone: 'progress', text: wizardTextFor(lang).verifying(displayLine(verification.job.url))}];
		case 'done':
			return [...warned, {tone: 'success', text: verifyText.works[lang](verification.result.totalResults ?? 0)}];
		case 'failed': {
			const text = errorText(verification.error, lang);
			return [...warned, {tone: 'error', text: text.message}, ...(text.hint ? [{tone: 'hint', text: text.hint} as const] : [])];
		}
	}
}

export function copyView(state: CopyState, lang: Lang = state.lang): CopyView {
	const token = state.result.accessToken;
	return {
		title: wizardTextFor(lang).copyTitle,
		kindWarning: kindWarning(state.result, state.kind, lang),
		display: maskToken(token),
		output: outputLines(state, lang),
		verification: verificationLines(state, lang),
		file: fileView(state, lang),
	};
}

export type AddedView = Readonly<{title: string; where: string; expiry: string}>;

/** Postman's "Token added", with where the token goes in Okta and until when it works. */
export function addedView(result: TokenResult, lang: Lang, options: TimeOptions = {}): AddedView {
	const text = wizardTextFor(lang);
	const {expiresAt, expiresIn} = result;
	const expiry = expiresAt ? text.expires(formatExpiry(expiresAt, lang, options), expiresIn === undefined ? undefined : formatDuration(expiresIn)) : text.noExpiry;
	return {title: text.addedTitle, where: text.addedWhere, expiry};
}

/**
 * The title of the "Token added" screen: none while Use token is still copying; "Token added"
 * once the token reached a clipboard or a file; otherwise that it was not copied, and how to take
 * it, rather than a confirmation of something that did not happen.
 */
export function addedTitle(state: CopyState, lang: Lang = state.lang): ViewLine | undefined {
	if (state.output.status === 'running') return undefined;
	const {fate} = state;
	const hasGone = (fate.copied?.used.length ?? 0) > 0 || fate.written !== undefined;
	return hasGone ? {tone: 'success', text: wizardTextFor(lang).addedTitle} : fateLine(fate, true, lang);
}

/** Where a copy went, in the order a sentence names them: confirmed places first. */
function placesOf(result: CopyResult): CopyPlace[] {
	const ways = new Set(result.used.map(used => used.way));
	const places: CopyPlace[] = [];
	if (ways.has('tmux-buffer')) places.push('tmux');
	if (ways.has('system')) places.push('system');
	if (ways.has('osc52') || ways.has('osc52-tmux') || ways.has('osc52-screen')) places.push('terminal');
	return places;
}

/**
 * The closing words about the token: copied to where, written to which file, or not copied and
 * how to take it from the line above. "Token added" only after Use token, and only when the
 * token went somewhere.
 */
export function fateLine(fate: TokenFate, isAdded: boolean, lang: Lang): ViewLine {
	const text = extraTextFor(lang).fate;
	const places = fate.copied ? placesOf(fate.copied) : [];
	if (places.length > 0) return {tone: 'success', text: text.copied(places.map(place => text.places[place]), isAdded)};
	if (fate.written !== undefined) return {tone: 'success', text: text.written(displayLine(fate.written), isAdded)};
	return {tone: 'warning', text: text.notCopied};
}
