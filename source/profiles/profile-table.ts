import type {Lang} from '../i18n/lang.js';
import {profileKindShortText, profileListText} from '../i18n/text.js';
import {displayLine} from '../text/display.js';
import {formatClock, formatDay, formatTimeLeft, formatZone, type TimeOptions} from '../i18n/time.js';
import type {ProfileSummary} from './profile-summary.js';

const gap = '  ';
const minShrunk = 8;

/** `profiles list` as a table that fits `width` columns (80 at most), names and hosts cut with '…'. */
export function formatProfileTable(
	summaries: readonly ProfileSummary[],
	lang: Lang,
	width = 80,
	options: TimeOptions = {},
): string[] {
	const headers = profileListText.headers[lang];
	const rows = summaries.map(summary => [
		displayLine(summary.name),
		profileKindShortText[summary.kind][lang],
		displayLine(summary.host),
		summary.lastIssuedAt ? `${formatDay(summary.lastIssuedAt, lang, options)} ${formatClock(summary.lastIssuedAt, lang, options)}` : profileListText.never[lang],
		summary.lastExpiresAt ? formatTimeLeft(summary.lastExpiresAt, lang, options) : '',
	]);
	// The zone once, in the heading, so the times keep to a narrow column.
	const issued = `${headers.issued} (${formatZone(options.now ?? new Date(), options)})`;
	const all = [[headers.name, headers.kind, headers.host, issued, headers.status], ...rows];
	const widths = [0, 1, 2, 3, 4].map(column => Math.max(...all.map(row => length(row[column] ?? ''))));
	fit(widths, Math.min(width, 80));
	return all.map(row =>
		row
			.map((cell, column) => pad(cut(cell, widths[column] ?? 0), widths[column] ?? 0))
			.join(gap)
			.trimEnd(),
	);
}

/** Shrinks the name and host columns, the longer first, until the row fits. */
function fit(widths: number[], width: number): void {
	const total = () => widths.reduce((sum, w) => sum + w, 0) + gap.length * (widths.length - 1);
	while (total() > width) {
		const name = widths[0] ?? 0;
		const host = widths[2] ?? 0;
		if (name <= minShrunk && host <= minShrunk) return;
		if (name >= host) widths[0] = name - 1;
		else widths[2] = host - 1;
	}
}

function length(text: string): number {
	return [...text].length;
}

function cut(text: string, width: number): string {
	const chars = [...text];
	return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function pad(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - length(text)));
}
