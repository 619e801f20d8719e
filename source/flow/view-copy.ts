import type {Lang} from '../i18n/lang.js';
import {verifyText} from '../i18n/scim.js';
import {wizardTextFor} from '../i18n/wizard.js';
import {displayLine} from '../text/display.js';
import {formatClock, formatDuration, type ViewOptions} from './format.js';
import {maskToken} from './mask.js';
import {proposedFile} from './reduce-copy.js';
import type {CopyState, DoneState} from './state.js';

export type CopyView = Readonly<{
	title: string;
	isRevealed: boolean;
	/** Bullets and the last four characters, or the whole token once revealed. */
	display: string;
	/** What the last copy or print did, or why it failed. */
	note: string | undefined;
	/** The Okta-style check: running, its success, or its message and hint. */
	verification: readonly string[];
	/** Saving to a file: the question (the face shows its text field under it), or what came of it. */
	file: Readonly<{isAsking: boolean; placeholder: string; lines: readonly string[]}>;
}>;

function fileView(state: CopyState, lang: Lang): CopyView['file'] {
	const text = wizardTextFor(lang).file;
	const {file} = state;
	const placeholder = proposedFile(state);
	switch (file.status) {
		case 'idle':
			return {isAsking: false, placeholder, lines: []};
		case 'asking':
			return {isAsking: true, placeholder, lines: [text.prompt]};
		case 'confirming':
			return {isAsking: false, placeholder, lines: [text.exists(displayLine(file.path))]};
		case 'running':
			return {isAsking: false, placeholder, lines: [`… ${displayLine(file.path)}`]};
		case 'done':
			return {isAsking: false, placeholder, lines: [text.written(displayLine(file.path))]};
		case 'failed':
			return {isAsking: false, placeholder, lines: [text.failed(file.error.text[lang].message)]};
	}
}

function verificationLines(state: CopyState, lang: Lang): readonly string[] {
	const {verification} = state;
	switch (verification.status) {
		case 'idle':
			return [];
		case 'running':
			return [`… ${wizardTextFor(lang).verifying(displayLine(`${state.values.baseUrl.replace(/\/+$/, '')}/Users`))}`];
		case 'done':
			return [verifyText.works[lang](verification.totalResults ?? 0)];
		case 'failed': {
			const text = verification.error.text[lang];
			return [`✖ ${text.message}`, ...(text.hint ? [`→ ${text.hint}`] : [])];
		}
	}
}

export function copyView(state: CopyState, lang: Lang = state.lang): CopyView {
	const text = wizardTextFor(lang);
	const token = state.result.accessToken;
	const {output} = state;
	let note: string | undefined;
	if (output.status === 'running') note = text.copying;
	if (output.status === 'done') note = text.copied[output.method];
	if (output.status === 'failed') note = text.copyFailed(output.error.text[lang].message);
	return {
		title: text.copyTitle,
		isRevealed: state.isRevealed,
		display: state.isRevealed ? token : maskToken(token),
		note,
		verification: verificationLines(state, lang),
		file: fileView(state, lang),
	};
}

export type AddedView = Readonly<{title: string; where: string; expiry: string}>;

/** Postman's "Token added", with where the token goes in Okta and until when it works. */
export function addedView(state: CopyState | DoneState, lang: Lang = state.lang, options: ViewOptions = {}): AddedView {
	const text = wizardTextFor(lang);
	const {expiresAt, expiresIn} = state.result;
	const expiry = expiresAt
		? text.expires(formatClock(expiresAt, lang, options), expiresIn === undefined ? undefined : formatDuration(expiresIn))
		: text.noExpiry;
	return {title: text.addedTitle, where: text.addedWhere, expiry};
}

/**
 * What stays in the scrollback when the wizard ends with a token: the token alone on its line
 * (so a triple-click selects it), then "Token added", where to paste it and until when it works.
 */
export function farewellLines(state: DoneState, lang: Lang = state.lang, options: ViewOptions = {}): readonly string[] {
	const view = addedView(state, lang, options);
	return [state.result.accessToken, `✔ ${view.title}`, view.where, view.expiry];
}
