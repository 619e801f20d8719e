import {createPublicKey, verify, type JsonWebKey} from 'node:crypto';
import type {PracticeProvider} from '../../source/demo/practice-server.js';

/** RFC 6749 §2.3.1: form-encode the ID and the secret, then Basic. */
export function basicHeader(clientId: string, clientSecret: string, encoding: 'rfc' | 'raw' = 'rfc'): string {
	const encode = (value: string) => (encoding === 'rfc' ? new URLSearchParams({v: value}).toString().slice(2) : value);
	return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`;
}

export type TokenCall = Readonly<{status: number; headers: Headers; body: Record<string, unknown>; text: string}>;

export async function postToken(
	tokenUrl: string,
	options: {form?: Record<string, string> | string; authorization?: string; contentType?: string; method?: string} = {},
): Promise<TokenCall> {
	const headers: Record<string, string> = {accept: 'application/json'};
	if (options.authorization !== undefined) headers['authorization'] = options.authorization;
	headers['content-type'] = options.contentType ?? 'application/x-www-form-urlencoded';
	const method = options.method ?? 'POST';
	const form = options.form ?? {grant_type: 'client_credentials'};
	const response = await fetch(tokenUrl, {
		method,
		headers,
		...(method === 'GET' ? {} : {body: typeof form === 'string' ? form : new URLSearchParams(form).toString()}),
	});
	const text = await response.text();
	return {status: response.status, headers: response.headers, body: JSON.parse(text) as Record<string, unknown>, text};
}

/** A token through the Basic header, the manual's way. */
export async function tokenFor(provider: PracticeProvider, form: Record<string, string> = {}): Promise<string> {
	const call = await postToken(provider.tokenUrl, {
		authorization: basicHeader(provider.clientId, provider.clientSecret),
		form: {grant_type: 'client_credentials', ...form},
	});
	if (call.status !== 200 || typeof call.body['access_token'] !== 'string') throw new Error(`token request failed: ${call.status}`);
	return call.body['access_token'];
}

export type DecodedJwt = Readonly<{header: Record<string, unknown>; payload: Record<string, unknown>; signingInput: string; signature: Buffer}>;

export function decodeJwt(token: string): DecodedJwt {
	const [header = '', payload = '', signature = ''] = token.split('.');
	const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
	return {header: json(header), payload: json(payload), signingInput: `${header}.${payload}`, signature: Buffer.from(signature, 'base64url')};
}

/** Checks an ES256 JWS signature against a published JWK, with nothing but node:crypto. */
export function isSignedBy(token: string, jwk: JsonWebKey): boolean {
	const {signingInput, signature} = decodeJwt(token);
	const key = createPublicKey({key: jwk, format: 'jwk'});
	return verify('sha256', Buffer.from(signingInput), {key, dsaEncoding: 'ieee-p1363'}, signature);
}

export async function scimGet(url: string, authorization?: string, method = 'GET') {
	const headers: Record<string, string> = {accept: 'application/scim+json'};
	if (authorization !== undefined) headers['authorization'] = authorization;
	const response = await fetch(url, {method, headers});
	const text = await response.text();
	return {status: response.status, headers: response.headers, body: JSON.parse(text) as Record<string, any>};
}
