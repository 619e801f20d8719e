import {describe, expect, it} from 'vitest';
import {checkField, emptyCredentials, proposalFor, type Credentials} from '../../source/flow/credentials.js';
import {isLoopback} from '../../source/url/url-rules.js';

const withSegura: Credentials = {...emptyCredentials, seguraUrl: 'https://segura.example.com'};

function codes(field: Parameters<typeof checkField>[0], raw: string, values = withSegura) {
	return checkField(field, raw, values).issues.map(issue => `${issue.level}:${issue.code}`);
}

describe('URL rules', () => {
	it('accepts an absolute https URL without a word', () => {
		expect(codes('seguraUrl', 'https://segura.example.com', emptyCredentials)).toEqual([]);
		expect(codes('baseUrl', 'https://segura.example.com/iso/scim/v2')).toEqual([]);
		expect(codes('tokenUrl', 'https://segura.example.com/iso/oauth2/token/')).toEqual([]);
	});

	it('says a host without a scheme needs https://', () => {
		expect(codes('seguraUrl', 'segura.example.com', emptyCredentials)).toEqual(['error:url-no-scheme']);
		expect(codes('seguraUrl', 'segura.example.com:8443', emptyCredentials)).toEqual(['error:url-no-scheme']);
	});

	it('refuses what is not a URL, or has spaces inside', () => {
		expect(codes('seguraUrl', 'https://', emptyCredentials)).toEqual(['error:url-invalid']);
		expect(codes('seguraUrl', 'https://segura.example.com/a b', emptyCredentials)).toEqual(['error:url-invalid']);
		expect(codes('seguraUrl', 'not a url', emptyCredentials)).toEqual(['error:url-invalid']);
	});

	it('refuses schemes other than https and http', () => {
		expect(codes('seguraUrl', 'ftp://segura.example.com', emptyCredentials)).toEqual(['error:url-scheme']);
	});

	it('refuses http to another machine: the secret would travel unencrypted', () => {
		expect(codes('seguraUrl', 'http://segura.example.com', emptyCredentials)).toEqual(['error:http-remote']);
		expect(codes('tokenUrl', 'http://10.0.0.5/iso/oauth2/token')).toContain('error:http-remote');
		// A name under .localhost is not this machine for certain: a resolver or proxy may send it anywhere.
		expect(codes('seguraUrl', 'http://evil.localhost', emptyCredentials)).toEqual(['error:http-remote']);
		expect(codes('seguraUrl', 'http://localhost.evil.example', emptyCredentials)).toEqual(['error:http-remote']);
	});

	it.each([
		'http://127.0.0.1:8080',
		'http://127.5.6.7',
		'http://localhost:3000',
		'http://[::1]:9000',
	])('accepts http for loopback %s, with a warning', url => {
		expect(codes('seguraUrl', url, emptyCredentials)).toEqual(['warning:http-loopback']);
	});

	it('knows what loopback is', () => {
		expect(isLoopback('127.0.0.1')).toBe(true);
		expect(isLoopback('LOCALHOST')).toBe(true);
		expect(isLoopback('[::1]')).toBe(true);
		expect(isLoopback('128.0.0.1')).toBe(false);
		expect(isLoopback('localhost.example.com')).toBe(false);
		expect(isLoopback('[::2]')).toBe(false);
	});

	it('refuses credentials inside a URL', () => {
		expect(codes('seguraUrl', 'https://admin:pw@segura.example.com', emptyCredentials)).toEqual(['error:url-credentials']);
		expect(codes('tokenUrl', 'https://id@segura.example.com/iso/oauth2/token')).toEqual(['error:url-credentials']);
	});

	it('warns about a query or a fragment without blocking', () => {
		const check = checkField('tokenUrl', 'https://segura.example.com/iso/oauth2/token?x=1#top', withSegura);
		expect(check.issues.map(issue => issue.code)).toEqual(['url-query', 'url-fragment']);
		expect(check.issues.every(issue => issue.level === 'warning')).toBe(true);
	});

	it('warns when the Base URL or Token URL is on another host than the Segura URL', () => {
		const base = checkField('baseUrl', 'https://other.example.com/iso/scim/v2', withSegura);
		expect(base.issues).toEqual([{level: 'warning', code: 'other-host', detail: 'segura.example.com'}]);
		expect(codes('tokenUrl', 'https://segura.example.com:8443/iso/oauth2/token')).toEqual(['warning:other-host']);
		expect(codes('tokenUrl', 'https://SEGURA.example.com/iso/oauth2/token')).toEqual([]);
	});

	it('warns when the Base URL does not end in /scim/v2', () => {
		expect(codes('baseUrl', 'https://segura.example.com/iso/scim')).toEqual(['warning:base-path']);
		expect(codes('baseUrl', 'https://segura.example.com/scim/v2/')).toEqual([]);
	});

	it('warns when the Token URL does not end in /oauth2/token', () => {
		expect(codes('tokenUrl', 'https://segura.example.com/iso/oauth2')).toEqual(['warning:token-path']);
	});

	it('recognises the two URLs pasted into each other\'s field', () => {
		expect(codes('baseUrl', 'https://segura.example.com/iso/oauth2/token')).toEqual(['warning:base-is-token']);
		expect(codes('tokenUrl', 'https://segura.example.com/iso/scim/v2')).toEqual(['warning:token-is-base']);
	});

	it('puts errors before warnings', () => {
		expect(codes('baseUrl', 'http://other.example.com/x')).toEqual(['error:http-remote', 'warning:other-host', 'warning:base-path']);
	});
});

describe('pastes', () => {
	it('cleans a pasted URL, says so, and judges the cleaned value', () => {
		const check = checkField('seguraUrl', ' "https://segura.example.com"\n', emptyCredentials);
		expect(check.value).toBe('https://segura.example.com');
		expect(check.issues).toEqual([{level: 'notice', code: 'cleaned', removed: ['spaces', 'quotes', 'line-breaks']}]);
	});

	it('cleans a pasted Client ID and secret the same way', () => {
		expect(checkField('clientId', "'abc'", withSegura).value).toBe('abc');
		expect(checkField('clientSecret', ' s3cret\n', withSegura).value).toBe('s3cret');
	});
});

describe('required values and proposals', () => {
	it('requires the Segura URL, Client ID and secret', () => {
		for (const field of ['seguraUrl', 'clientId', 'clientSecret'] as const) {
			expect(codes(field, '  ', withSegura)).toEqual(['error:required', 'notice:cleaned']);
			expect(codes(field, '', withSegura)).toEqual(['error:required']);
		}
	});

	it('requires the Base and Token URL while there is no Segura URL to propose them from', () => {
		expect(codes('baseUrl', '', emptyCredentials)).toEqual(['error:required']);
		expect(codes('tokenUrl', '', {...emptyCredentials, seguraUrl: 'segura.example.com'})).toEqual(['error:required']);
	});

	it('proposes Segura\'s documented paths on the Segura URL\'s origin', () => {
		const values = {...emptyCredentials, seguraUrl: 'https://segura.example.com:8443/some/page?x=1'};
		expect(proposalFor('baseUrl', values)).toBe('https://segura.example.com:8443/iso/scim/v2');
		expect(proposalFor('tokenUrl', values)).toBe('https://segura.example.com:8443/iso/oauth2/token');
		expect(proposalFor('clientId', values)).toBeUndefined();
	});

	it('accepts the proposal when the field is left empty', () => {
		expect(checkField('baseUrl', '', withSegura)).toEqual({value: 'https://segura.example.com/iso/scim/v2', issues: [], usesProposal: true});
		expect(checkField('tokenUrl', ' ', withSegura).value).toBe('https://segura.example.com/iso/oauth2/token');
	});
});

describe('Client ID and secret', () => {
	it('refuses a Client ID with spaces inside', () => {
		expect(codes('clientId', 'abc def')).toEqual(['error:client-id-spaces']);
		expect(codes('clientId', 'abc\tdef')).toEqual(['error:client-id-spaces']);
	});

	it('refuses a value with a control or invisible character in it', () => {
		expect(codes('clientId', 'abc\u001b]52;c;eA==\u0007')).toEqual(['error:unsafe-characters']);
		expect(codes('clientSecret', 'abc\u202edef')).toEqual(['error:unsafe-characters']);
		expect(codes('seguraUrl', 'https://segura.example.com/\u200b', emptyCredentials)).toEqual(['error:unsafe-characters']);
	});

	it('accepts a secret with spaces and symbols inside', () => {
		expect(checkField('clientSecret', 'a+b%c:d e', withSegura)).toEqual({value: 'a+b%c:d e', issues: [], usesProposal: false});
	});

	it('checks a secret of several MB quickly and keeps it whole', () => {
		const huge = 'k'.repeat(4_000_000);
		const started = performance.now();
		for (let i = 0; i < 3; i++) expect(checkField('clientSecret', huge, withSegura).value).toHaveLength(4_000_000);
		expect(performance.now() - started).toBeLessThan(3000);
	});
});
