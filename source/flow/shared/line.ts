import type {Lang} from '../../i18n/lang.js';
import {wizardTextFor} from '../../i18n/text.js';
import type {Issue, IssueCode} from '../../model/issues.js';

/** What a line of a screen says about itself: faces draw its marker and colour from this alone. */
export type Tone = 'plain' | 'success' | 'error' | 'warning' | 'notice' | 'progress' | 'hint';

export type ViewLine = Readonly<{tone: Tone; text: string}>;

/** A label and its value, shown in two columns. */
export type Row = Readonly<{label: string; value: string}>;

/** The marker of each tone, so the meaning never rests on colour alone. */
export const toneMarkers: Readonly<Record<Tone, string>> = {plain: '', success: '✔', error: '✖', warning: '⚠', notice: 'ℹ', progress: '…', hint: '→'};

/** The line as plain text: its marker, then its words. */
export function lineText(line: ViewLine): string {
	const marker = toneMarkers[line.tone];
	return marker ? `${marker} ${line.text}` : line.text;
}

/** An issue ready to show: its level is its tone. */
export type IssueView = ViewLine & Readonly<{tone: Issue['level']; code: IssueCode}>;

export function issueView(issue: Issue, lang: Lang): IssueView {
	return {tone: issue.level, code: issue.code, text: wizardTextFor(lang).issues[issue.code](issue)};
}
