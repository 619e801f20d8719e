import {describe, expect, test} from 'vitest';
import {Redactor} from '../../source/net/trace-redact.js';

// What --verbose hides, field by field: the one place it is decided.

const redactor = () => new Redactor('redacted');

describe('headers', () => {
	test('Authorization and Proxy-Authorization keep their scheme; a long Bearer token its last four characters', () => {
		const r = redactor();
		expect(r.header('Authorization', 'Basic dXNlcjpzM2NyZXQ=')).toBe('Basic [redacted]');
		expect(r.header('authorization', 'Bearer abcdefghijklmnop0123WXYZ')).toBe('Bearer [redacted …WXYZ]');
		// Too short for its end to say nothing of it.
		expect(r.header('authorization', 'Bearer short-token')).toBe('Bearer [redacted]');
		expect(r.header('Proxy-Authorization', 'Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXag')).toBe('Negotiate [redacted]');
		expect(r.header('authorization', 'opaque')).toBe('[redacted]');
	});

	test('cookies keep their names; an API key header is redacted; what they carried is masked elsewhere', () => {
		const r = redactor();
		expect(r.header('cookie', 'sid=s3ssion-value-123; theme=dark')).toBe('sid=[redacted]; theme=[redacted]');
		expect(r.header('set-cookie', 'sid=another-session-456; Path=/; HttpOnly')).toBe('sid=[redacted]; Path=/; HttpOnly');
		expect(r.header('X-API-Key', 'key-0123456789abcdef')).toBe('[redacted]');
		expect(r.mask('echo: s3ssion-value-123, then another-session-456, then key-0123456789abcdef; dark')).toBe('echo: ••••, then ••••, then ••••; dark');
	});

	test('the secret inside a Basic value is learnt as sent and decoded', () => {
		const r = redactor();
		const secret = 'odd+secret:with space';
		const pair = `${encodeURIComponent('client')}:${new URLSearchParams([['', secret]]).toString().slice(1)}`;
		r.header('authorization', `Basic ${Buffer.from(pair).toString('base64')}`);
		expect(r.mask(`the server says: ${secret}`)).toBe('the server says: ••••');
	});
});

test('a form: secret fields redacted, token fields by their last four, the rest as sent', () => {
	const r = redactor();
	const body = 'grant_type=client_credentials&client_id=abc&client_secret=p%40ss+word-0123&client_assertion_type=urn%3Ajwt&client_assertion=eyJ.x.y&subject_token=0123456789abcdefWXYZ&ttl=60';
	expect(r.form(body)).toBe(
		'grant_type=client_credentials&client_id=abc&client_secret=[redacted]&client_assertion_type=urn%3Ajwt&client_assertion=[redacted]&subject_token=[redacted …WXYZ]&ttl=60',
	);
	expect(r.mask('p@ss word-0123')).toBe('••••');
});

test('JSON: token and secret fields at any depth; other strings masked where they repeat one', () => {
	const r = redactor();
	const value = {
		access_token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.sig-0123WXYZ',
		token_type: 'Bearer',
		nested: {refresh_token: 'refresh-0123456789ABCD', client_secret: 'the-secret-value', note: 'see refresh-0123456789ABCD'},
		list: [{id_token: 'short'}],
	};
	expect(r.json(value)).toEqual({
		access_token: '[redacted …WXYZ]',
		token_type: 'Bearer',
		nested: {refresh_token: '[redacted …ABCD]', client_secret: '[redacted]', note: 'see ••••'},
		list: [{id_token: '[redacted]'}],
	});
});

test('a URL: the user kept, the password redacted and learnt (percent-encoded or not), no lone "/"', () => {
	const r = redactor();
	expect(r.url(new URL('http://jump:p%40ss-w0rd-42@proxy.corp:3128'))).toBe('http://jump:[redacted]@proxy.corp:3128');
	expect(r.url(new URL('https://segura.example/iso/oauth2/token?x=1'))).toBe('https://segura.example/iso/oauth2/token?x=1');
	expect(r.mask('p@ss-w0rd-42 and p%40ss-w0rd-42')).toBe('•••• and ••••');
});

describe('tokens outside snake_case JSON fields', () => {
	test('a header whose name ends in token, in any case or separator, shows the last four characters', () => {
		const r = redactor();
		for (const name of ['X-Access-Token', 'x-refresh-token', 'X-Api-Token', 'XAuthToken']) {
			expect(r.header(name, `${name}-value-abcdefghijklmnop-WXYZ`)).toBe('[redacted …WXYZ]');
		}
		expect(r.mask('echo X-Access-Token-value-abcdefghijklmnop-WXYZ')).not.toContain('abcdefgh');
	});

	test('camelCase JSON keys and a form body are redacted, and what they carried is masked anywhere else', () => {
		const r = redactor();
		const redacted = r.json({accessToken: 'camel-access-abcdefghijklm', refreshToken: 'camel-refresh-abcdefghijkl', idToken: 'camel-id-abcdefghijklmnop', token_type: 'Bearer'}) as Record<string, unknown>;
		expect(redacted).toEqual({accessToken: '[redacted …jklm]', refreshToken: '[redacted …ijkl]', idToken: '[redacted …mnop]', token_type: 'Bearer'});
		expect(r.form('access_token=form-access-abcdefghijklmn&refresh_token=x%2By-abcdefghijklmnop&token_type=bearer&note=hello')).toBe(
			'access_token=[redacted …klmn]&refresh_token=[redacted …mnop]&token_type=bearer&note=hello',
		);
		expect(r.mask(`again ${encodeURIComponent(encodeURIComponent('x+y-abcdefghijklmnop'))}`)).not.toContain('abcdefgh');
	});

	test('a "__proto__" key from the server is data, kept as it came', () => {
		const r = redactor();
		const redacted = r.json(JSON.parse('{"__proto__": {"access_token": "proto-token-abcdefghijkl"}}')) as Record<string, unknown>;
		expect(Object.getPrototypeOf(redacted)).toBeNull();
		expect(JSON.stringify(redacted)).toBe('{"__proto__":{"access_token":"[redacted …ijkl]"}}');
	});
});
