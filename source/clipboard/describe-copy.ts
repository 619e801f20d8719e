import {copyText} from '../i18n/clipboard.js';
import type {Lang} from '../i18n/lang.js';
import {isCopyConfirmed, type CopyFailed, type CopyResult, type CopyUsed} from './copy-result.js';

export type CopyDescription = Readonly<{
	/** One line per way that worked, then one per way that failed. */
	used: readonly string[];
	failed: readonly string[];
	/** True when nothing at all went out; the screen should lead with the fallback then. */
	isNothingSent: boolean;
	/** What to do when the paste comes up empty: always shown, since OSC 52 cannot be confirmed. */
	fallback: string;
	/** A tool confirmed the copy (tmux's buffer, the desktop's clipboard). */
	isConfirmed: boolean;
}>;

/** The same words for the Ink screen, the plain prompts and `get --copy` (on stderr). */
export function describeCopy(result: CopyResult, lang: Lang): CopyDescription {
	const used = result.used.map(entry => usedLine(entry, lang));
	const failed = result.failed.map(entry => failedLine(entry, lang));
	const isNothingSent = result.used.length === 0;
	return {
		used: isNothingSent ? [copyText.nothingWorked[lang]] : used,
		failed,
		isNothingSent,
		fallback: copyText.fallback[lang],
		isConfirmed: isCopyConfirmed(result),
	};
}

function usedLine(entry: CopyUsed, lang: Lang): string {
	switch (entry.way) {
		case 'osc52': {
			return copyText.sentOsc52[lang];
		}
		case 'osc52-tmux': {
			return copyText.sentOsc52Tmux[lang];
		}
		case 'osc52-screen': {
			return copyText.sentOsc52Screen[lang];
		}
		case 'tmux-buffer': {
			return copyText.tmuxBuffer[lang];
		}
		case 'system': {
			return copyText.system[lang](entry.tool ?? '?');
		}
	}
}

function failedLine(entry: CopyFailed, lang: Lang): string {
	const tool = entry.tool ?? entry.way;
	const detail = entry.detail ?? '?';
	switch (entry.reason) {
		case 'no-terminal': {
			return copyText.noTerminal[lang];
		}
		case 'dumb-terminal': {
			return copyText.dumbTerminal[lang];
		}
		case 'too-long': {
			return copyText.tooLong[lang];
		}
		case 'write-failed': {
			return copyText.writeFailed[lang](detail);
		}
		case 'not-found': {
			return entry.way === 'tmux-buffer' ? copyText.tmuxNotFound[lang] : copyText.systemNotFound[lang](tool);
		}
		case 'timeout': {
			return (entry.way === 'system' ? copyText.displayTimeout : copyText.toolTimeout)[lang](tool, detail);
		}
		case 'failed': {
			return copyText.toolFailed[lang](tool, detail);
		}
	}
}
