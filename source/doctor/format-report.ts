import {errorJson} from '../cli/report.js';
import {cliText, doctorText} from '../i18n/text.js';
import type {Lang} from '../i18n/lang.js';
import {milliseconds} from '../net/trace-format.js';
import {displayLine, displayText} from '../text/display.js';
import type {DoctorReport, LinkResult, LinkStatus} from './links.js';
import {errorText} from '../errors/app-error.js';

const marks: Readonly<Record<Exclude<LinkStatus, 'not-run'>, readonly [string, string]>> = {
	ok: ['✔', '32'],
	warn: ['!', '33'],
	fail: ['✘', '31'],
	skip: ['–', '2'],
};

/**
 * The report for a person: a heading, one line per link that was reached (its mark, name, time
 * and finding), the details under it, the hint of a broken link, and a last line that says how
 * the walk ended. The words say it all; colour, when wanted, only repeats the marks.
 */
export function reportLines(report: DoctorReport, heading: string, lang: Lang, isColour: boolean): string[] {
	const labels = doctorText.labels[lang];
	const width = Math.max(...Object.values(labels).map(label => label.length));
	const timeWidth = 8;
	const indent = ' '.repeat(2 + width + 2 + timeWidth + 2);
	const lines = [heading];
	for (const result of report.links) {
		if (result.status === 'not-run') continue;
		const [mark, colour] = marks[result.status];
		const painted = isColour ? `\u001B[${colour}m${mark}\u001B[0m` : mark;
		const time = result.ms === undefined ? '' : milliseconds(result.ms);
		lines.push(`${painted} ${labels[result.link].padEnd(width)}  ${time.padStart(timeWidth)}  ${displayLine(result.summary[lang])}`);
		// Details keep their own indentation (the certificate chain's columns): escaped, not trimmed.
		for (const detail of result.details) lines.push(`${indent}${displayText(detail[lang].trimEnd())}`);
		const hint = result.status === 'fail' ? (result.error && errorText(result.error, lang).hint) : undefined;
		if (hint) lines.push(`${indent}${cliText.tryPrefix[lang]}: ${displayLine(hint)}`);
	}
	lines.push(ending(report, lang));
	return lines;
}

function ending(report: DoctorReport, lang: Lang): string {
	const labels = doctorText.labels[lang];
	const named = (results: readonly LinkResult[]) => results.map(result => labels[result.link]);
	if (report.failed) {
		const rest = report.links.filter(result => result.status === 'not-run');
		return doctorText.stopped(labels[report.failed], report.exitCode, named(rest))[lang];
	}
	const skipped = report.links.filter(result => result.status === 'skip' && result.link !== 'tls');
	return skipped.length === 0 ? doctorText.allHold[lang] : doctorText.holdExcept(named(skipped))[lang];
}

/** The same report as data: every link in order, with its status, time, words (in the run's language) and facts. */
export function reportJson(report: DoctorReport, lang: Lang) {
	return {
		ok: report.exitCode === 0,
		exitCode: report.exitCode,
		failed: report.failed ?? null,
		links: report.links.map(result => ({
			link: result.link,
			label: doctorText.labels[lang][result.link],
			status: result.status,
			ms: result.ms ?? null,
			summary: result.summary[lang],
			details: result.details.map(detail => detail[lang]),
			error: result.error ? errorJson(result.error, lang) : null,
			data: result.data ?? null,
		})),
	};
}
