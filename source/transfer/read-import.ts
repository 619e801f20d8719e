import {readBounded, readFileBounded} from '../io/read-bounded.js';
import {CancelledError, ConfigError} from '../errors/app-error.js';
import {transferErrorText} from '../i18n/text.js';
import {formatBytes} from '../net/send-request.js';
import {displayLine} from '../text/display.js';

/** A profile is a few KiB at most: an import file past this is not one (or is /dev/zero). */
export const maxImportBytes = 1024 * 1024;

class TooLarge extends Error {}

/**
 * The text of an import file, or of standard input for "-", read up to maxImportBytes and no
 * further (a larger one is refused, never cut short), and decoded as UTF-8, which JSON must be.
 */
export async function readImportText(file: string, stdin: NodeJS.ReadableStream, signal: AbortSignal): Promise<string> {
	let bytes: Buffer;
	try {
		bytes = file === '-' ? await readBounded(stdin, signal, maxImportBytes, () => new TooLarge()) : await readFileBounded(file, maxImportBytes, () => new TooLarge());
	} catch (error) {
		if (error instanceof TooLarge) throw new ConfigError(transferErrorText.tooLarge(formatBytes(maxImportBytes)), {reason: 'import_too_large'});
		if (error instanceof CancelledError) throw error;
		const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
		throw new ConfigError(transferErrorText.unreadable(displayLine(file, 200), code), {cause: error, reason: 'usage'});
	}
	try {
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		throw new ConfigError(transferErrorText.notJson, {reason: 'import_invalid'});
	}
}
