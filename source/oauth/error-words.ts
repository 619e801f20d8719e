import {type Answer, isRecord, rawText} from '../net/read-answer.js';

/**
 * The RFC 6749 §5.2 error code and description, or the words of a non-standard error body, as the
 * server wrote them: compare them as they are, show them through serverLine.
 */
export function errorWords(answer: Answer): {error?: string; description?: string} {
	if (answer.kind !== 'json' || !isRecord(answer.value)) return {};
	const body = answer.value;
	const error = rawText(body.error)?.trim();
	const description =
		rawText(body.error_description) ??
		rawText(body.message) ??
		rawText(body.detail) ??
		(isRecord(body.error) ? rawText(body.error.message) : undefined) ??
		(isRecord(body.response) ? rawText(body.response.message) : undefined) ??
		rawText(body.title);
	return {...(error ? {error} : {}), ...(description ? {description} : {})};
}
