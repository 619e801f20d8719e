import {OAuthError, type AppError} from '../../errors/app-error.js';
import type {CollectField, ConfigureField} from '../../model/steps.js';

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
 * - anything else (network, TLS, 404, a redirect, an HTML page, 403, 5xx, a timeout, a cancel):
 *   the Token URL (its host, path or scheme), one Back away from the Segura URL and Base URL.
 */
export function stepAtFault(error: AppError): FaultTarget {
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
