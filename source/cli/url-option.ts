import {ConfigError} from '../errors/app-error.js';
import {checkField, emptyCredentials} from '../flow/rules/check-field.js';
import {issueView} from '../flow/shared/line.js';
import {argText} from '../i18n/cli.js';

/**
 * A URL given on the command line (--token-url, --base-url, or a profile's), held to the rules
 * the wizard holds it to: an absolute https URL (http only to this machine), no user or password
 * in it. Refused before any connection, with a message that never repeats the URL (it may hold
 * a password). Returns the value as the wizard would keep it.
 */
export function checkUrlOption(flag: '--token-url' | '--base-url', field: 'tokenUrl' | 'baseUrl', value: string): string {
	const check = checkField(field, value, emptyCredentials);
	const wrong = check.issues.find(issue => issue.level === 'error');
	if (wrong) {
		const problem = {en: issueView(wrong, 'en').text, 'pt-BR': issueView(wrong, 'pt-BR').text};
		throw new ConfigError(argText.badUrl(flag, problem, field === 'baseUrl' ? '/iso/scim/v2' : '/iso/oauth2/token'), {reason: 'invalid_url'});
	}
	return check.value;
}
