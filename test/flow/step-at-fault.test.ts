import {describe, expect, it} from 'vitest';
import {ConfigError} from '../../source/errors/app-error.js';
import {stepAtFault} from '../../source/flow/index.js';
import {networkError, oauthError, tlsError} from './helpers.js';
import {argText} from '../../source/i18n/text.js';

describe('stepAtFault', () => {
	it('sends invalid_client to the Client ID', () => {
		expect(stepAtFault(oauthError('invalid_client'))).toEqual({step: 'collect', field: 'clientId'});
	});

	it('sends an OAuth refusal without a reason to the Client ID', () => {
		expect(stepAtFault(oauthError())).toEqual({step: 'collect', field: 'clientId'});
	});

	it('sends invalid_scope to the scope', () => {
		expect(stepAtFault(oauthError('invalid_scope'))).toEqual({step: 'configure', field: 'scope'});
	});

	// invalid_request, unsupported_grant_type and the other RFC 6749 codes all come as oauth_error.
	it('sends another OAuth error to the extra parameters of Configure', () => {
		expect(stepAtFault(oauthError('oauth_error'))).toEqual({step: 'configure', field: 'params'});
	});

	// The reasons the token engine gives (source/oauth, source/net).
	it.each(['not_found', 'redirect', 'html', 'dns', 'refused', 'reset', 'unreachable', 'connect_timeout', 'response_timeout',
		'proxy_auth', 'proxy_refused', 'proxy_unreachable', 'server_error', 'http_status', 'invalid_json', 'no_access_token',
		'too_large', 'network', 'invalid_url', 'cancelled'] as const)(
		'sends the network failure %s to the Token URL',
		reason => {
			expect(stepAtFault(networkError(reason))).toEqual({step: 'collect', field: 'tokenUrl'});
		},
	);

	it.each(['tls_self_signed', 'tls_unknown_ca', 'tls_hostname', 'tls_expired', 'tls_not_yet_valid', 'tls_handshake'] as const)('sends %s to the Token URL', reason => {
		expect(stepAtFault(tlsError(reason))).toEqual({step: 'collect', field: 'tokenUrl'});
	});

	it('sends a 403 (allowed-IP list) and anything unknown to the Token URL', () => {
		expect(stepAtFault(oauthError('forbidden'))).toEqual({step: 'collect', field: 'tokenUrl'});
		expect(stepAtFault(new ConfigError(argText.invalid('')))).toEqual({step: 'collect', field: 'tokenUrl'});
	});
});
