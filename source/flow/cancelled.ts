import {CancelledError} from '../errors/app-error.js';
import {wizardMessages} from '../i18n/text.js';

/** Esc while the request runs: shown like any failure, so retry, edit and quit stay at hand. */
export function cancelledRequest(): CancelledError {
	return new CancelledError(wizardMessages.cancelled, {reason: 'cancelled'});
}

/** The user quit before a token was issued: exit as cancelled. */
export function quitByUser(): CancelledError {
	return new CancelledError(wizardMessages.quit, {reason: 'quit'});
}
