import {copyErrors, copyFallbackText, copyText, type Message} from '../i18n/text.js';
import type {Lang} from '../i18n/lang.js';
import {isCopyConfirmed, type CopyFailed, type CopyFailureReason, type CopyResult, type CopyUsed} from './copy-result.js';

export type CopyDescription = Readonly<{
	/** What happened, in one sentence of plain words. */
	said: string;
	/** What to do if nothing arrives, in the words of the face that copied; none once a tool confirmed the copy. */
	fallback: string | undefined;
	/** For --verbose: a line per way that worked, then one per way that failed (tmux, OSC 52, a tool's error). */
	used: readonly string[];
	failed: readonly string[];
	/** True when nothing at all went out. */
	isNothingSent: boolean;
	/** A tool confirmed the copy (tmux's buffer, the desktop's clipboard). */
	isConfirmed: boolean;
}>;

/**
 * Where the copy is said: step 6 of the wizard (its fallback is "print"), the wizard's "Token
 * added" (the token is printed as the wizard ends), or `get` (an option to give).
 */
export type CopyFace = 'wizard' | 'added' | 'get';

/** The same words for the Ink screen, the plain prompts and `get --copy` (on stderr). */
export function describeCopy(result: CopyResult, lang: Lang, face: CopyFace): CopyDescription {
	const used = result.used.map(entry => usedLine(entry, lang));
	const failed = result.failed.map(entry => failedLine(entry, lang));
	const ways = new Set(result.used.map(entry => entry.way));
	const isNothingSent = ways.size === 0;
	const isConfirmed = isCopyConfirmed(result);
	const isSentToTerminal = ways.has('osc52') || ways.has('osc52-tmux') || ways.has('osc52-screen');
	const said = ways.has('tmux-buffer')
		? (isSentToTerminal ? copyText.inTmuxBuffer : copyText.onlyInTmuxBuffer)[lang]
		: ways.has('system')
			? copyText.inClipboard[lang]
			: isNothingSent
				? copyText.nothingWorked[lang]
				: copyText.sentToTerminal[lang];
	return {said, fallback: isConfirmed ? undefined : copyFallbackText[face][lang], used, failed, isNothingSent, isConfirmed};
}

/** A copy that reached nothing, as an error's text: what failed, and what to do instead. */
export function copyFailureText(face: CopyFace): Message {
	return copyErrors.nothingCopied(face);
}

function usedLine(entry: CopyUsed, lang: Lang): string {
	if (entry.way === 'system') return copyText.system[lang](entry.tool ?? '?');
	const words = {osc52: copyText.sentOsc52, 'osc52-tmux': copyText.sentOsc52Tmux, 'osc52-screen': copyText.sentOsc52Screen, 'tmux-buffer': copyText.tmuxBuffer};
	return words[entry.way][lang];
}

function failedLine(entry: CopyFailed, lang: Lang): string {
	const tool = entry.tool ?? entry.way;
	const detail = entry.detail ?? '?';
	const lines: Readonly<Record<CopyFailureReason, () => string>> = {
		'no-terminal': () => copyText.noTerminal[lang],
		'dumb-terminal': () => copyText.dumbTerminal[lang],
		'too-long': () => copyText.tooLong[lang],
		'write-failed': () => copyText.writeFailed[lang](detail),
		'not-found': () => (entry.way === 'tmux-buffer' ? copyText.tmuxNotFound[lang] : copyText.systemNotFound[lang](tool)),
		timeout: () => (entry.way === 'system' ? copyText.displayTimeout : copyText.toolTimeout)[lang](tool, detail),
		failed: () => copyText.toolFailed[lang](tool, detail),
	};
	return lines[entry.reason]();
}
