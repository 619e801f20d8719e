import {describe, expect, it} from 'vitest';
import {buildRequest, defaultTokenName, resolvedTokenName} from '../../source/flow/configure-rules.js';
import {defaultConfig} from '../../source/model/configure-fields.js';
import {authOf, choiceOf} from '../../source/model/client-auth.js';
import {formatParams, parseParams} from '../../source/model/extra-params.js';

function codes(text: string) {
	return parseParams(text).issues.map(issue => `${issue.code}:${issue.detail ?? ''}`);
}

describe('extra parameters', () => {
	it('reads KEY=VALUE entries separated by spaces, commas or line breaks, in order', () => {
		expect(parseParams('ttl=60, audience=okta\nfoo=')).toEqual({
			params: [['ttl', '60'], ['audience', 'okta'], ['foo', '']],
			issues: [],
		});
	});

	it('is empty for an empty or blank text', () => {
		expect(parseParams('')).toEqual({params: [], issues: []});
		expect(parseParams('  , ')).toEqual({params: [], issues: []});
	});

	it('keeps an "=" inside the value', () => {
		expect(parseParams('a=b=c').params).toEqual([['a', 'b=c']]);
	});

	it('refuses an entry without "="', () => {
		expect(codes('ttl')).toEqual(['param-format:ttl']);
	});

	it('refuses an empty key', () => {
		expect(codes('=60')).toEqual(['param-key-empty:=60']);
	});

	it('refuses a key given twice', () => {
		expect(codes('a=1 a=2')).toEqual(['param-duplicate:a']);
	});

	it('refuses the parameters the request sets itself, whatever their case', () => {
		expect(codes('grant_type=x CLIENT_SECRET=y client_id=z scope=w')).toEqual([
			'param-reserved:grant_type',
			'param-reserved:CLIENT_SECRET',
			'param-reserved:client_id',
			'param-reserved:scope',
		]);
	});

	it('refuses client assertions and any key named like a secret or password: a secret goes only as the Client Secret', () => {
		expect(codes('client_assertion=a client_assertion_type=b password=c db_passwd=d api_key=e my-secret=f audience=g')).toEqual([
			'param-reserved:client_assertion',
			'param-reserved:client_assertion_type',
			'param-secret:password',
			'param-secret:db_passwd',
			'param-secret:api_key',
			'param-secret:my-secret',
		]);
	});

	it.each(['ttl=0', 'ttl=-5', 'ttl=1.5', 'ttl=abc', 'ttl=', 'ttl=060'])('refuses %s: ttl is whole minutes above 0', entry => {
		expect(codes(entry)).toEqual([`ttl-invalid:${entry}`]);
	});

	it('accepts a positive ttl', () => {
		expect(parseParams('ttl=1 ').issues).toEqual([]);
		expect(parseParams('ttl=1440').issues).toEqual([]);
	});

	it('formats a list back to the text it came from', () => {
		expect(formatParams([['ttl', '60'], ['x', '']])).toBe('ttl=60 x=');
		expect(parseParams(formatParams([['ttl', '60'], ['x', '']])).params).toEqual([['ttl', '60'], ['x', '']]);
	});
});

describe('client authentication', () => {
	it('maps each choice to the engine\'s auth and encoding, and back', () => {
		expect(authOf('basic-rfc')).toEqual({auth: 'basic', encoding: 'rfc'});
		expect(authOf('basic-raw')).toEqual({auth: 'basic', encoding: 'raw'});
		expect(authOf('body')).toEqual({auth: 'body', encoding: 'rfc'});
		expect(choiceOf('basic', 'raw')).toBe('basic-raw');
		expect(choiceOf('basic')).toBe('basic-rfc');
		expect(choiceOf('body', 'raw')).toBe('body');
	});

	it('defaults to the manual\'s Basic Auth header', () => {
		expect(defaultConfig.auth).toBe('basic-rfc');
	});
});

describe('token name', () => {
	const day = new Date(2026, 10, 28, 12);
	it('defaults to a descriptive name from the kind and the date', () => {
		expect(defaultTokenName('internal', day, 'en')).toBe('okta-scim internal 2026-11-28');
		expect(resolvedTokenName({...defaultConfig, tokenName: '  '}, 'third-party', day, 'en')).toBe('okta-scim third-party 2026-11-28');
		expect(resolvedTokenName({...defaultConfig, tokenName: ' mine '}, 'internal', day, 'en')).toBe('mine');
	});

	it('is in Portuguese, with the Brazilian date, in pt-BR', () => {
		expect(defaultTokenName('internal', day, 'pt-BR')).toBe('okta-scim internos 28/11/2026');
		expect(defaultTokenName('third-party', day, 'pt-BR')).toBe('okta-scim terceiros 28/11/2026');
	});
});

describe('the request', () => {
	const values = {
		seguraUrl: 'https://s.example.com',
		baseUrl: 'https://s.example.com/iso/scim/v2',
		tokenUrl: 'https://s.example.com/iso/oauth2/token',
		clientId: 'id',
		clientSecret: 'secret',
	};

	it('leaves out an empty scope and no parameters', () => {
		expect(buildRequest(values, defaultConfig)).toEqual({
			tokenUrl: 'https://s.example.com/iso/oauth2/token',
			clientId: 'id',
			clientSecret: 'secret',
			auth: 'basic',
			encoding: 'rfc',
		});
	});

	it('sends the scope with its spaces tidied and the parameters in order', () => {
		const request = buildRequest(values, {...defaultConfig, auth: 'body', scope: '  a   b ', params: 'ttl=60 x=1'});
		expect(request).toMatchObject({auth: 'body', scope: 'a b', params: [['ttl', '60'], ['x', '1']]});
	});
});
