import {expect} from 'vitest';
import {AppError, errorText} from '../../source/errors/app-error.js';
import {languages} from '../../source/i18n/lang.js';

/** Runs `action`, expects it to fail with an AppError, and returns that error. */
export async function caught(action: () => Promise<unknown>): Promise<AppError> {
	try {
		await action();
	} catch (error) {
		if (error instanceof AppError) return error;
		throw new Error(`expected an AppError, got ${String(error)}`, {cause: error});
	}
	throw new Error('expected an AppError, but it succeeded');
}

/** Every text of the error, in every language: what a user could ever read. */
export function allText(error: AppError): string {
	return [error.message, ...languages.flatMap(lang => [errorText(error, lang).message, errorText(error, lang).hint ?? ''])].join('\n');
}

/** The secret (and any other given value) appears in no message or hint, in no language. */
export function expectClean(error: AppError, ...secrets: string[]): void {
	const text = allText(error);
	for (const secret of secrets) expect(text).not.toContain(secret);
}

/** Both languages have a message and a hint, and they differ (the Portuguese is not a copy). */
export function expectBothLanguages(error: AppError): void {
	expect(errorText(error, 'en').message).not.toBe('');
	expect(errorText(error, 'pt-BR').message).not.toBe('');
	expect(errorText(error, 'en').hint).toBeTruthy();
	expect(errorText(error, 'pt-BR').hint).toBeTruthy();
	expect(errorText(error, 'pt-BR').message).not.toBe(errorText(error, 'en').message);
}
