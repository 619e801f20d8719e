import {catalogs} from './catalogs.js';
import type {Lang} from './lang.js';

/**
 * What shows a time reads the clock and the zone from here: `now` (the wall clock, unless a test
 * pins it) and `timeZone` (the machine's, unless given). A Brazilian administrator on a jump host
 * set to UTC reads every time with its zone, so 18:31 is never taken for local time.
 */
export type TimeOptions = Readonly<{timeZone?: string; now?: Date}>;

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

/** Time left or gone, to the minute once it is more than one: "59 min", "1 h 2 min", "40 s". */
function span(milliseconds: number): string {
	const seconds = Math.abs(milliseconds) / 1000;
	return formatDuration(seconds < 60 ? seconds : Math.round(seconds / 60) * 60);
}

function parts(date: Date, options: TimeOptions): Readonly<Record<string, string>> {
	const format = new Intl.DateTimeFormat('en', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'longOffset',
		...(options.timeZone ? {timeZone: options.timeZone} : {}),
	});
	return Object.fromEntries(format.formatToParts(date).map(part => [part.type, part.value]));
}

/** A 24-hour clock time (15:04) in both languages. */
export function formatClock(date: Date, _lang: Lang, options: TimeOptions = {}): string {
	const {hour, minute} = parts(date, options);
	return `${hour}:${minute}`;
}

/**
 * The zone as an offset from UTC ("UTC−03:00", "UTC+05:30"; "UTC" itself), written with a true
 * minus sign (U+2212) as the pt-BR glossary writes it: the screens print other non-ASCII symbols
 * (…, ✔, •) already, so a terminal that shows them shows this one.
 */
export function formatZone(date: Date, options: TimeOptions = {}): string {
	const zone = (parts(date, options).timeZoneName ?? 'GMT').replace(/^GMT/, 'UTC');
	return zone === 'UTC' || zone === 'UTC+00:00' ? 'UTC' : zone.replace('-', '\u2212');
}

/** The calendar date as each language writes it: 2026-11-29, 29/11/2026. */
export function formatDay(date: Date, lang: Lang, options: TimeOptions = {}): string {
	const {year, month, day} = parts(date, options);
	return catalogs[lang].timeText.day(year!, month!, day!);
}

/** A moment in a table or a list: "2026-11-29 18:31 UTC−03:00", "29/11/2026 18:31 UTC−03:00". */
export function formatStamp(date: Date, lang: Lang, options: TimeOptions = {}): string {
	if (Number.isNaN(date.getTime())) return '?';
	return `${formatDay(date, lang, options)} ${formatClock(date, lang, options)} ${formatZone(date, options)}`;
}

/** Time left alone, for a narrow table whose other column has the clock time: "40 min left", "expirado". */
export function formatTimeLeft(expiresAt: Date, lang: Lang, options: TimeOptions = {}): string {
	const left = expiresAt.getTime() - (options.now ?? new Date()).getTime();
	const words = catalogs[lang].timeText;
	return left >= 0 ? words.left(span(left)) : words.expired;
}

/**
 * A moment as a phrase: "at 18:31 UTC−03:00" when it is today, "on 2026-11-30 at 18:31 UTC−03:00"
 * otherwise; "às 18:31 UTC−03:00", "em 30/11/2026 às 18:31 UTC−03:00".
 */
export function formatWhen(date: Date, lang: Lang, options: TimeOptions = {}): string {
	if (Number.isNaN(date.getTime())) return '?';
	const clock = `${formatClock(date, lang, options)} ${formatZone(date, options)}`;
	const isToday = formatDay(date, lang, options) === formatDay(options.now ?? new Date(), lang, options);
	const words = catalogs[lang].timeText;
	return isToday ? words.today(clock) : words.otherDay(formatDay(date, lang, options), clock);
}

/** "in 59 min, at 18:31 UTC−03:00", "3 min ago, at …" or "just now, at …"; "em 59 min, às …", "há 3 min, às …", "agora mesmo, às …". */
export function formatRelative(date: Date, lang: Lang, options: TimeOptions = {}): string {
	const left = date.getTime() - (options.now ?? new Date()).getTime();
	const when = formatWhen(date, lang, options);
	// A token issued a second ago was issued "just now", not "0 s ago".
	const words = catalogs[lang].timeText;
	if (left < 0 && left > -60_000) return words.justNow(when);
	return left >= 0 ? words.ahead(span(left), when) : words.ago(span(left), when);
}

/** "expires in 59 min, at 18:31 UTC−03:00" / "expira em 59 min, às 18:31 UTC−03:00"; "expired …" once past. */
export function formatExpiry(expiresAt: Date, lang: Lang, options: TimeOptions = {}): string {
	const isPast = expiresAt.getTime() < (options.now ?? new Date()).getTime();
	const words = catalogs[lang].timeText;
	return (isPast ? words.expiredWhen : words.expires)(formatRelative(expiresAt, lang, options));
}
