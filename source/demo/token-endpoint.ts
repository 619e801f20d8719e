import {randomUUID} from 'node:crypto';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {authenticateClient, type OAuthFailure} from './client-auth.js';
import {mediaType, readBody, sendJson} from './http-io.js';
import {providerKindClaim, type PracticeContext} from './practice-context.js';

const defaultLifetimeSeconds = 3600;
/** Segura's `ttl` is in minutes; a day is the most the practice server grants. */
const maxTtlMinutes = 1440;
const bodyLimit = 16 * 1024;
const jsonType = 'application/json; charset=utf-8';
// RFC 6749 §5.1: token responses must not be cached.
const noStore = {'Cache-Control': 'no-store', Pragma: 'no-cache'};
// RFC 6749 §3.3: scope = scope-token *( SP scope-token ), scope-token = 1*NQCHAR.
const scopeSyntax = /^[\x21\x23-\x5B\x5D-\x7E]+(?: [\x21\x23-\x5B\x5D-\x7E]+)*$/;

/** POST /iso/oauth2/token: the RFC 6749 client-credentials grant, with Segura's `ttl` extension. */
export async function handleTokenRequest(req: IncomingMessage, res: ServerResponse, context: PracticeContext): Promise<void> {
	if (req.method !== 'POST') {
		sendJson(
			res,
			405,
			{error: 'invalid_request', error_description: context.text.postOnly},
			jsonType,
			{...noStore, Allow: 'POST'},
		);
		return;
	}
	const outcome = await issueToken(req, context);
	if ('error' in outcome) {
		const challenge = outcome.status === 401 && outcome.isBasicChallenge ? {'WWW-Authenticate': 'Basic realm="Segura"'} : {};
		sendJson(res, outcome.status, {error: outcome.error, error_description: outcome.description}, jsonType, {
			...noStore,
			...challenge,
		});
		return;
	}
	sendJson(res, 200, outcome, jsonType, noStore);
}

type TokenResponse = Readonly<{access_token: string; token_type: 'Bearer'; expires_in: number; scope?: string}>;

async function issueToken(req: IncomingMessage, context: PracticeContext): Promise<TokenResponse | OAuthFailure> {
	if (mediaType(req.headers['content-type']) !== 'application/x-www-form-urlencoded') {
		return invalidRequest(context.text.formBody);
	}
	const body = await readBody(req, bodyLimit);
	if (body === undefined) return invalidRequest(context.text.bodyTooLarge);
	const form = parseForm(body);
	if (typeof form === 'string') return invalidRequest(context.text.repeated(form));

	const provider = authenticateClient(req.headers.authorization, form, context.providers, context.text);
	if ('error' in provider) return provider;

	const grantType = form.get('grant_type');
	if (grantType === undefined) return invalidRequest(context.text.grantMissing);
	if (grantType !== 'client_credentials') {
		return {status: 400, error: 'unsupported_grant_type', description: context.text.grantUnsupported};
	}
	const scope = form.get('scope');
	if (scope !== undefined && !scopeSyntax.test(scope)) {
		return {status: 400, error: 'invalid_scope', description: context.text.scopeMalformed};
	}
	const ttl = form.get('ttl');
	if (ttl !== undefined && !/^[1-9]\d{0,8}$/.test(ttl)) {
		return invalidRequest(context.text.ttlInvalid);
	}
	const expiresIn = ttl === undefined ? defaultLifetimeSeconds : Math.min(Number(ttl), maxTtlMinutes) * 60;

	const issuedAt = Math.floor(context.now() / 1000);
	const accessToken = context.signer.sign({
		iss: context.seguraUrl,
		sub: provider.clientId,
		aud: provider.baseUrl,
		iat: issuedAt,
		exp: issuedAt + expiresIn,
		jti: randomUUID(),
		client_id: provider.clientId,
		[providerKindClaim]: provider.kind,
		...(scope === undefined ? {} : {scope}),
	});
	return {access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn, ...(scope === undefined ? {} : {scope})};
}

function invalidRequest(description: string): OAuthFailure {
	return {status: 400, error: 'invalid_request', description};
}

/**
 * The form as a map; RFC 6749 §3.2: a parameter without a value counts as omitted, and none may
 * appear twice (the repeated name is returned).
 */
function parseForm(body: string): ReadonlyMap<string, string> | string {
	const form = new Map<string, string>();
	for (const [name, value] of new URLSearchParams(body)) {
		if (value === '') continue;
		if (form.has(name)) return name;
		form.set(name, value);
	}
	return form;
}
