/** "2026-11-28 14:03" in the machine's time zone: what a person on that jump host reads. */
export function formatLocalTime(date: Date): string {
	if (Number.isNaN(date.getTime())) return '?';
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
