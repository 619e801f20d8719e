import {practiceText} from '../i18n/text.js';
import type {PracticeContext, PracticeProvider} from './practice-context.js';
import {providerKindClaim} from './practice-context.js';

/** Why a SCIM request was refused, in the words of RFC 6750 §3. */
export type BearerFailure = Readonly<{
	detail: string;
	/** The same in English: the WWW-Authenticate header allows only ASCII (RFC 6750 §3). */
	headerDetail: string;
	/** Absent when no token was offered at all: then the challenge carries no error code. */
	error?: 'invalid_token';
}>;

// RFC 6750 §2.1: b64token.
const bearerSyntax = /^bearer +([\w\-.~+/]+=*) *$/i;

type Said = 'bearerRequired' | 'bearerScheme' | 'tokenMalformed' | 'tokenNoExpiry' | 'tokenExpired' | 'otherServer' | 'otherEndpoint' | 'unknownProvider';

/** The provider whose token this is, when it is one of ours, unexpired, and meant for this SCIM base. */
export function authenticateBearer(
	authorization: string | undefined,
	context: PracticeContext,
): PracticeProvider | BearerFailure {
	const say = (key: Said) => ({detail: context.text[key], headerDetail: practiceText.en[key]});
	if (authorization === undefined || authorization.trim() === '') {
		return say('bearerRequired');
	}
	const token = bearerSyntax.exec(authorization)?.[1];
	if (token === undefined) return say('bearerScheme');
	const invalid = (said: Omit<BearerFailure, 'error'>): BearerFailure => ({...said, error: 'invalid_token'});

	const claims = context.signer.verify(token);
	if (!claims) return invalid(say('tokenMalformed'));
	const exp = claims['exp'];
	if (typeof exp !== 'number') return invalid(say('tokenNoExpiry'));
	if (context.now() / 1000 >= exp) return invalid(say('tokenExpired'));
	if (claims['iss'] !== context.seguraUrl) return invalid(say('otherServer'));
	const audience = claims['aud'];
	const audiences = Array.isArray(audience) ? audience : [audience];
	if (!audiences.includes(context.baseUrl)) return invalid(say('otherEndpoint'));
	const provider = context.providers.find(p => p.kind === claims[providerKindClaim]);
	if (!provider || provider.clientId !== claims['sub']) return invalid(say('unknownProvider'));
	return provider;
}
