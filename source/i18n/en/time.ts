/**
 * How dates and moments are worded. The clock (18:31), the zone (UTC−03:00) and the units of a
 * span (45 s, 5 min, 1 h) are symbols that read the same in every language: time.ts writes them.
 */
export const timeText = {
	day: (year: string, month: string, day: string) => `${year}-${month}-${day}`,
	/** Time left alone, for a narrow table whose other column has the clock time. */
	left: (span: string) => `${span} left`,
	expired: 'expired',
	today: (clock: string) => `at ${clock}`,
	otherDay: (day: string, clock: string) => `on ${day} at ${clock}`,
	justNow: (when: string) => `just now, ${when}`,
	ahead: (span: string, when: string) => `in ${span}, ${when}`,
	ago: (span: string, when: string) => `${span} ago, ${when}`,
	expires: (relative: string) => `expires ${relative}`,
	expiredWhen: (relative: string) => `expired ${relative}`,
};
