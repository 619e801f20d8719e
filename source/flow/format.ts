import type {Lang} from '../i18n/lang.js';
import type {Issue} from './issues.js';
import {wizardTextFor} from '../i18n/wizard.js';

/** Options of the views that show clock times; tests pin the time zone. */
export type ViewOptions = Readonly<{timeZone?: string}>;

/** 45 s, 5 min, 1 h, 1 h 30 min: units read the same in both languages. */
export function formatDuration(totalSeconds: number): string {
	const seconds = Math.max(0, Math.round(totalSeconds));
	if (seconds < 60) return `${seconds} s`;
	if (seconds < 3600) {
		const rest = seconds % 60;
		return rest === 0 ? `${seconds / 60} min` : `${Math.floor(seconds / 60)} min ${rest} s`;
	}
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.round((seconds % 3600) / 60);
	return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** A 24-hour clock time (15:04), in the user's time zone unless one is given. */
export function formatClock(date: Date, lang: Lang, options: ViewOptions = {}): string {
	return new Intl.DateTimeFormat(lang, {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		...(options.timeZone ? {timeZone: options.timeZone} : {}),
	}).format(date);
}

export function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

/** An issue ready to print: the marker says its level without colour. */
export type IssueView = Readonly<{level: Issue['level']; code: Issue['code']; marker: string; text: string; line: string}>;

const markers = {error: '✖', warning: '⚠', notice: 'ℹ'} as const;

export function issueView(issue: Issue, lang: Lang): IssueView {
	const text = wizardTextFor(lang).issues[issue.code](issue);
	const marker = markers[issue.level];
	return {level: issue.level, code: issue.code, marker, text, line: `${marker} ${text}`};
}
