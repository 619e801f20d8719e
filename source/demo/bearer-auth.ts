import type {PracticeContext, PracticeProvider} from './practice-context.js';
import {providerKindClaim} from './practice-context.js';

/** Why a SCIM request was refused, in the words of RFC 6750 §3. */
export type BearerFailure = Readonly<{
	detail: string;
	/** Absent when no token was offered at all: then the challenge carries no error code. */
	error?: 'invalid_token';
}>;

// RFC 6750 §2.1: b64token.
const bearerSyntax = /^bearer +([\w\-.~+/]+=*) *$/i;

/** The provider whose token this is, when it is one of ours, unexpired, and meant for this SCIM base. */
export function authenticateBearer(
	authorization: string | undefined,
	context: PracticeContext,
): PracticeProvider | BearerFailure {
	if (authorization === undefined || authorization.trim() === '') {
		return {detail: 'Authorization header with a Bearer token is required'};
	}
	const token = bearerSyntax.exec(authorization)?.[1];
	if (token === undefined) return {detail: 'The Authorization header must use the Bearer scheme'};
	const invalid = (detail: string): BearerFailure => ({detail, error: 'invalid_token'});

	const claims = context.signer.verify(token);
	if (!claims) return invalid('The access token is malformed or its signature is invalid');
	const exp = claims['exp'];
	if (typeof exp !== 'number') return invalid('The access token has no expiry');
	if (context.now() / 1000 >= exp) return invalid('The access token has expired');
	if (claims['iss'] !== context.seguraUrl) return invalid('The access token was issued by another server');
	const audience = claims['aud'];
	const audiences = Array.isArray(audience) ? audience : [audience];
	if (!audiences.includes(context.baseUrl)) return invalid('The access token is not meant for this SCIM endpoint');
	const provider = context.providers.find(p => p.kind === claims[providerKindClaim]);
	if (!provider || provider.clientId !== claims['sub']) return invalid('The access token names no known provider');
	return provider;
}
