import {OAuthError, type AppError} from '../../errors/app-error.js';
import type {CollectField, ConfigureField} from '../../model/steps.js';
import {parseUrl} from '../../url/url-rules.js';
import type {Credentials} from '../rules/check-field.js';

/** Where "edit" takes the user after a failed request. */
export type FaultTarget = Readonly<{step: 'collect'; field: CollectField}> | Readonly<{step: 'configure'; field: ConfigureField}>;

/**
 * The step (and field) most likely to hold the cause of `error`, from its reason:
 * - invalid_scope: the scope.
 * - another OAuth error (invalid_request, unsupported_grant_type…): what step 3 adds to the
 *   request, the extra parameters.
 * - invalid_client (or a refusal without a reason): the Client ID. The engine already retried the
 *   other Basic encoding, so what is left is a wrong or mistyped ID or secret, or credentials of the
 *   other provider kind; from the ID, Enter walks through the secret, the kind and the client
 *   authentication, each kept as typed: every cause in one pass.
 * - a connection refused or a name not found on the Segura URL's own server (with `values`): the
 *   Segura URL. The server moved or was mistyped; the Base URL and Token URL proposed from the
 *   new one follow it, as in step 1 (a profile's old ones would otherwise stay).
 * - anything else (network, TLS, 404, a redirect, an HTML page, 403, 5xx, a timeout, a cancel):
 *   the Token URL (its host, path or scheme), one Back away from the Segura URL and Base URL.
 */
export function stepAtFault(error: AppError, values?: Credentials): FaultTarget {
	if ((error.reason === 'refused' || error.reason === 'dns') && values && isOnSeguraHost(values)) return {step: 'collect', field: 'seguraUrl'};
	switch (error.reason) {
		case 'invalid_scope':
			return {step: 'configure', field: 'scope'};
		case 'oauth_error':
			return {step: 'configure', field: 'params'};
		case 'invalid_client':
			return {step: 'collect', field: 'clientId'};
		case undefined:
			return error instanceof OAuthError ? {step: 'collect', field: 'clientId'} : {step: 'collect', field: 'tokenUrl'};
		default:
			return {step: 'collect', field: 'tokenUrl'};
	}
}

/** The Token URL is on the Segura URL's server (as Segura's documented URLs are). */
function isOnSeguraHost(values: Credentials): boolean {
	const segura = parseUrl(values.seguraUrl);
	const token = parseUrl(values.tokenUrl);
	return segura !== undefined && token !== undefined && segura.host === token.host;
}
