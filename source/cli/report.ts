import {AppError} from '../errors/app-error.js';
import {exitCodes} from '../errors/exit-codes.js';
import {cliText} from '../i18n/cli.js';
import type {CommandIo} from '../cli/command-io.js';

type Out = Pick<CommandIo, 'stderr' | 'env' | 'lang'>;

/** Colour only on a terminal and never with NO_COLOR; the words carry the meaning either way. */
function paint(io: Out, code: string, text: string): string {
	return io.stderr.isTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb' ? `\u001B[${code}m${text}\u001B[0m` : text;
}

/** The one place an error becomes output: message, "try" line, exit code. */
export function reportError(error: unknown, io: Out): number {
	if (error instanceof AppError) {
		const text = error.text[io.lang];
		io.stderr.write(`${paint(io, '1;31', `${cliText.errorPrefix[io.lang]}:`)} ${text.message}\n`);
		if (text.hint) io.stderr.write(`  ${paint(io, '1', `${cliText.tryPrefix[io.lang]}:`)} ${text.hint}\n`);
		return error.exitCode;
	}
	io.stderr.write(`${paint(io, '1;31', `${cliText.errorPrefix[io.lang]}:`)} ${cliText.bug[io.lang]}\n`);
	// The stack helps a bug report; it is only shown on request, since a message could hold input.
	if (io.env.SEGURA_TOKEN_DEBUG) io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	return exitCodes.bug;
}

export function warn(io: Out, key: 'insecure'): void {
	io.stderr.write(`${paint(io, '1;33', `${cliText.warningPrefix[io.lang]}:`)} ${cliText[key][io.lang]}\n`);
}
