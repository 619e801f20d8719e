import {describe, expect, test} from 'vitest';
import {errorText, NetworkError, TlsError} from '../../source/errors/app-error.js';
import {networkError, type FailureContext} from '../../source/net/network-errors.js';
import {readProxySettings} from '../../source/net/proxy-env.js';

// The codes no loopback test can produce (a real DNS outage, a dropped SYN, a missing route),
// shaped as Node and undici throw them. The rest are produced by real servers in the other tests.

const context: FailureContext = {url: new URL('https://segura.example:8443/iso/oauth2/token'), timeoutMs: 2500, connected: false};
const proxy = readProxySettings({HTTPS_PROXY: 'http://user:pw@proxy.corp:3128'}).httpsProxy;

function nodeError(code: string, message = code): Error {
	return Object.assign(new Error(message), {code});
}

describe('codes that loopback cannot produce', () => {
	test.each([
		['EAI_AGAIN', 'dns', 'The name segura.example could not be found (DNS).'],
		['UND_ERR_CONNECT_TIMEOUT', 'connect_timeout', 'Could not connect to segura.example:8443 within 2.5 s (connection or TLS handshake).'],
		['ETIMEDOUT', 'connect_timeout', 'Could not connect to segura.example:8443 within 2.5 s (connection or TLS handshake).'],
		['EHOSTUNREACH', 'unreachable', 'There is no network route from this machine to segura.example.'],
		['ENETUNREACH', 'unreachable', 'There is no network route from this machine to segura.example.'],
		['UND_ERR_HEADERS_TIMEOUT', 'response_timeout', 'segura.example accepted the connection but did not answer within 2.5 s.'],
		['UND_ERR_BODY_TIMEOUT', 'response_timeout', 'segura.example accepted the connection but did not answer within 2.5 s.'],
		['EPIPE', 'reset', 'The connection to segura.example was closed before the answer arrived.'],
	])('%s is %s', (code, reason, message) => {
		const error = networkError(nodeError(code), context);
		expect(error).toBeInstanceOf(NetworkError);
		expect(error.reason).toBe(reason);
		expect(error.exitCode).toBe(3);
		expect(errorText(error, 'en').message).toBe(message);
		expect(errorText(error, 'pt-BR').message).not.toBe(message);
	});

	test('happy-eyeballs AggregateError: the code of an inner error counts', () => {
		const aggregate = new AggregateError([nodeError('ECONNREFUSED'), nodeError('ECONNREFUSED')], 'connect failed');
		expect(networkError(aggregate, context).reason).toBe('refused');
	});

	test('a wrapped TLS error (undici SecureProxyConnectionError) is read through its cause', () => {
		const inner = Object.assign(nodeError('ERR_TLS_CERT_ALTNAME_INVALID'), {cert: {subjectaltname: 'DNS:a.example, IP Address:10.0.0.1'}});
		const wrapped = Object.assign(new Error('Secure Proxy Connection failed', {cause: inner}), {code: 'UND_ERR_PRX_TLS'});
		const error = networkError(wrapped, context);
		expect(error).toBeInstanceOf(TlsError);
		expect(error.reason).toBe('tls_hostname');
		expect(errorText(error, 'en').message).toBe('The certificate of segura.example was issued for another name (a.example, 10.0.0.1).');
	});

	test('a DNS failure while a proxy is in use is about the proxy, and never shows its password', () => {
		const error = networkError(nodeError('ENOTFOUND'), {...context, ...(proxy ? {proxy} : {})});
		expect(error.reason).toBe('proxy_unreachable');
		expect(errorText(error, 'en').message).toBe('Could not reach the proxy proxy.corp:3128 (set by HTTPS_PROXY).');
		expect(JSON.stringify(error.text)).not.toContain('pw');
	});

	test('an unknown failure keeps its code and stays a NetworkError', () => {
		const error = networkError(nodeError('EWEIRD'), context);
		expect(error.reason).toBe('network');
		expect(errorText(error, 'en').message).toBe('The request to segura.example failed: EWEIRD.');
	});
});
