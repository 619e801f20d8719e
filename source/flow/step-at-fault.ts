import {OAuthError, type AppError} from '../errors.js';
import type {CollectField, ConfigureField} from './steps.js';

/** Where "edit" takes the user after a failed request. */
export type FaultTarget =
	| Readonly<{step: 'collect'; field: CollectField}>
	| Readonly<{step: 'configure'; field: ConfigureField}>;

// Refused credentials. The Client ID rather than the client authentication: the engine already
// retries the other Basic encoding on 401, so what is left is a wrong or mistyped ID or secret, or
// credentials of the other provider kind. From the ID, Enter walks the user through the secret,
// the provider kind and the client authentication, each kept as typed: every cause in one pass.
const credentialReasons = new Set(['invalid_client', 'unauthorized_client', 'unauthorized', 'http_401']);

// The server understood the client but not the request: what step 3 adds to it.
const requestReasons = new Set(['invalid_request', 'unsupported_grant_type', 'invalid_grant', 'oauth_error', 'bad_request']);

/**
 * The step (and field) most likely to hold the cause of `error`, from its `reason`. Network,
 * TLS, 404, redirect, HTML page, 403, 5xx, timeouts, a cancel: the Token URL (its host, path or
 * scheme), which is also where the Segura URL and Base URL are one Back away.
 */
export function stepAtFault(error: AppError): FaultTarget {
	const reason = error.reason;
	if (reason === 'invalid_scope') return {step: 'configure', field: 'scope'};
	if (reason !== undefined && requestReasons.has(reason)) return {step: 'configure', field: 'params'};
	if (reason !== undefined && credentialReasons.has(reason)) return {step: 'collect', field: 'clientId'};
	if (reason === undefined && error instanceof OAuthError) return {step: 'collect', field: 'clientId'};
	return {step: 'collect', field: 'tokenUrl'};
}
