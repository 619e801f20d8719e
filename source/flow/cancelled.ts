import {CancelledError} from '../errors/app-error.js';
import {localizedText} from '../i18n/wizard.js';

/** Esc while the request runs: shown like any failure, so retry, edit and quit stay at hand. */
export function cancelledRequest(): CancelledError {
	return new CancelledError(localizedText(text => text.cancelled), {reason: 'cancelled'});
}

/** The user quit before a token was issued: exit as cancelled. */
export function quitByUser(): CancelledError {
	return new CancelledError(localizedText(text => text.quit), {reason: 'quit'});
}
