import {describeCopy} from '../../clipboard/describe-copy.js';
import type {Lang} from '../../i18n/lang.js';
import {extraTextFor, verifyText, wizardTextFor} from '../../i18n/text.js';
import {urlHost} from '../../url/url-host.js';
import {displayLine} from '../../text/display.js';
import {maskToken} from '../rules/mask.js';
import {kindWarning} from '../shared/kind-check.js';
import type {ViewLine} from '../shared/line.js';
import {proposedFile} from './reduce-file.js';
import type {CopyState} from './state.js';
import {errorText} from '../../errors/app-error.js';

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
