import {createHash, timingSafeEqual} from 'node:crypto';
import type {PracticeText} from '../i18n/text.js';
import type {PracticeProvider} from './practice-context.js';

/** An RFC 6749 §5.2 error, with what the HTTP answer needs. */
export type OAuthFailure = Readonly<{
	status: 400 | 401;
	error: 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope';
	description: string;
	/** The client tried the Authorization header: a 401 must then carry `WWW-Authenticate: Basic`. */
	isBasicChallenge?: boolean;
}>;

type Credentials = Readonly<{clientId: string; clientSecret: string | undefined; isBasic: boolean}>;

/**
 * RFC 6749 §2.3: the client authenticates with a Basic header or with client_id/client_secret in
 * the body, never both. The ID and secret inside the Basic header are form-encoded (§2.3.1), the
 * way a certified server reads them.
 */
export function authenticateClient(
	authorization: string | undefined,
	form: ReadonlyMap<string, string>,
	providers: readonly PracticeProvider[],
	text: PracticeText,
): PracticeProvider | OAuthFailure {
	const credentials = readCredentials(authorization, form, text);
	if ('error' in credentials) return credentials;
	const invalidClient: OAuthFailure = {
		status: 401,
		error: 'invalid_client',
		description: text.clientAuthFailed,
		isBasicChallenge: credentials.isBasic,
	};
	const provider = providers.find(p => p.clientId === credentials.clientId);
	if (!provider || credentials.clientSecret === undefined) return invalidClient;
	return sameSecret(provider.clientSecret, credentials.clientSecret) ? provider : invalidClient;
}

function readCredentials(authorization: string | undefined, form: ReadonlyMap<string, string>, text: PracticeText): Credentials | OAuthFailure {
	const bodyId = form.get('client_id');
	const bodySecret = form.get('client_secret');
	if (authorization === undefined) {
		if (bodyId === undefined) {
			return {status: 401, error: 'invalid_client', description: text.noClientAuth};
		}
		return {clientId: bodyId, clientSecret: bodySecret, isBasic: false};
	}
	const match = /^basic +([A-Za-z0-9+/]+={0,2}) *$/i.exec(authorization);
	if (!match?.[1]) {
		return {
			status: 401,
			error: 'invalid_client',
			description: text.basicScheme,
			isBasicChallenge: true,
		};
	}
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	const clientId = colon < 0 ? undefined : formDecode(decoded.slice(0, colon));
	const clientSecret = colon < 0 ? undefined : formDecode(decoded.slice(colon + 1));
	if (clientId === undefined || clientSecret === undefined) {
		return {status: 400, error: 'invalid_request', description: text.malformedBasic};
	}
	if (bodySecret !== undefined || (bodyId !== undefined && bodyId !== clientId)) {
		return {
			status: 400,
			error: 'invalid_request',
			description: text.oneAuthMethod,
		};
	}
	return {clientId, clientSecret, isBasic: true};
}

/** application/x-www-form-urlencoded decoding of one value; undefined for a broken %-escape. */
function formDecode(value: string): string | undefined {
	try {
		return decodeURIComponent(value.replaceAll('+', ' '));
	} catch {
		return undefined;
	}
}

function sameSecret(expected: string, given: string): boolean {
	// Hash first so the comparison takes the same time whatever the lengths.
	const digest = (value: string) => createHash('sha256').update(value).digest();
	return timingSafeEqual(digest(expected), digest(given));
}
