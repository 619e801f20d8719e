import {AppError, errorText} from '../errors/app-error.js';
import {exitCodes} from '../errors/exit-codes.js';
import {cliText} from '../i18n/text.js';
import type {Lang, Localized} from '../i18n/lang.js';
import {safeJson} from '../text/display.js';
import type {CommandIo} from '../cli/command-io.js';
import {isColourWanted} from '../text/colour.js';
import {wrapText} from '../text/wrap.js';

type Out = Pick<CommandIo, 'stderr' | 'env' | 'lang'>;

/** Colour as the environment asks (NO_COLOR, FORCE_COLOR, a terminal); the words carry the meaning either way. */
function paint(io: Out, code: string, text: string): string {
	return isColourWanted(io.env, io.stderr.isTTY === true) ? `\u001B[${code}m${text}\u001B[0m` : text;
}

function stderrWidth(io: Out): number {
	return io.stderr.isTTY ? (io.stderr as {columns?: number}).columns || 80 : Number.POSITIVE_INFINITY;
}

/** A sentence for the person at the terminal, on stderr, wrapped as an error is. */
export function note(io: Out, text: string): void {
	io.stderr.write(`${wrapText(text, stderrWidth(io)).join('\n')}\n`);
}

/**
 * A labelled paragraph: on a terminal, wrapped at words to its width by us (its own wrap cuts
 * words); into a pipe or a file, one line, as a log wants it.
 */
function paragraph(io: Out, label: string, code: string, text: string, indent = ''): string {
	const [first = '', ...rest] = wrapText(`${label} ${text}`, stderrWidth(io) - indent.length);
	// The label is painted after wrapping, so its colour codes do not count as columns.
	return [`${paint(io, code, label)}${first.slice(label.length)}`, ...rest].map(line => `${indent}${line}`).join('\n');
}

/**
 * The one place an error becomes output: message, hint line, exit code. With `asJson` (the
 * command was given --json) the same error is also printed on stdout as
 * {"error": {"code", "message", "hint", "exitCode"}}, so a script never parses prose.
 */
export function reportError(error: unknown, io: Out & Partial<Pick<CommandIo, 'stdout'>>, asJson = false): number {
	if (asJson && io.stdout) io.stdout.write(`${safeJson({error: errorJson(error, io.lang)})}\n`);
	if (error instanceof AppError) {
		const text = errorText(error, io.lang);
		io.stderr.write(`${paragraph(io, `${cliText.errorPrefix[io.lang]}:`, '1;31', text.message)}\n`);
		if (text.hint) io.stderr.write(`${paragraph(io, `${cliText.tryPrefix[io.lang]}:`, '1', text.hint, '  ')}\n`);
		return error.exitCode;
	}
	io.stderr.write(`${paragraph(io, `${cliText.errorPrefix[io.lang]}:`, '1;31', cliText.bug[io.lang])}\n`);
	// The stack helps a bug report; it is only shown on request, since a message could hold input.
	if (io.env.SEGURA_TOKEN_DEBUG) io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	return exitCodes.bug;
}

/** A warning on stderr: --insecure's, or any other said in both languages. */
export function warn(io: Out, what: 'insecure' | Localized<string>): void {
	const text = what === 'insecure' ? cliText.insecure[io.lang] : what[io.lang];
	io.stderr.write(`${paragraph(io, `${cliText.warningPrefix[io.lang]}:`, '1;33', text)}\n`);
}

/** An error as JSON: `code` is its machine-readable reason (or its kind), the texts in the run's language. */
export function errorJson(error: unknown, lang: Lang): Readonly<{code: string; message: string; hint: string | null; exitCode: number}> {
	if (error instanceof AppError) {
		const text = errorText(error, lang);
		return {code: error.reason ?? error.name, message: text.message, hint: text.hint ?? null, exitCode: error.exitCode};
	}
	return {code: 'bug', message: cliText.bug[lang], hint: null, exitCode: exitCodes.bug};
}
