import {type Answer, isRecord, shortText as text} from '../net/read-answer.js';

// Reading a body is generic (the SCIM check does it too) and lives in source/net; the OAuth
// error words are the token engine's own.
export {type Answer, headerValue, isRecord, printable, readAnswer} from '../net/read-answer.js';

/** The RFC 6749 §5.2 error code and description, or the words of a non-standard error body. */
export function errorWords(answer: Answer): {error?: string; description?: string} {
	if (answer.kind !== 'json' || !isRecord(answer.value)) return {};
	const body = answer.value;
	const error = text(body.error);
	const description =
		text(body.error_description) ??
		text(body.message) ??
		text(body.detail) ??
		(isRecord(body.error) ? text(body.error.message) : undefined) ??
		(isRecord(body.response) ? text(body.response.message) : undefined) ??
		text(body.title);
	return {...(error ? {error} : {}), ...(description ? {description} : {})};
}
