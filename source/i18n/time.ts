import type {Lang} from './lang.js';

/** Options of what shows clock times; tests pin the time zone. */
export type TimeOptions = Readonly<{timeZone?: string}>;

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

/** A 24-hour clock time (15:04) in both languages, in the user's time zone unless one is given. */
export function formatClock(date: Date, lang: Lang, options: TimeOptions = {}): string {
	return new Intl.DateTimeFormat(lang, {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		...(options.timeZone ? {timeZone: options.timeZone} : {}),
	}).format(date);
}

/** The local calendar date, YYYY-MM-DD: the default token name's date. */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2026-11-28 14:03" in the machine's time zone: what a person on that jump host reads. */
export function formatLocalTime(date: Date): string {
	if (Number.isNaN(date.getTime())) return '?';
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${isoDay(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
