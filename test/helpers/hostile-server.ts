import type http from 'node:http';
import type {TokenRequest} from '../../source/oauth/types.js';
import {type RunningServer, startHttpServer} from './servers.js';

/**
 * What a hostile or broken server puts in its answers, each something a terminal would act on if
 * it were printed raw: write the clipboard (OSC 52), retitle the window (OSC 0), hide a link
 * (OSC 8), clear the screen (CSI 2J, and its 8-bit form C1 0x9B), reorder text (U+202E).
 */
export const unsafePayloads = {
	osc52: '\u001b]52;c;UFdORUQ=\u0007',
	osc0: '\u001b]0;PWNED-TITLE\u0007',
	osc8: '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\',
	csi2j: '\u001b[2JPWNED-CLEAR',
	c1csi: '\u009b2J',
	bidi: '\u202e',
} as const;

/** All the payloads in one string. */
export const everyPayload = Object.values(unsafePayloads).join('');

/**
 * The pieces of output that only a payload can have put there. A plain ESC is not among them: the
 * wizard draws with escape sequences of its own; but none of its own is an OSC, an 8-bit CSI or a
 * bidi override (Ink may clear the screen itself, so the clear is marked by what follows it).
 */
export const payloadMarks = ['\u001b]52;', '\u001b]0;', '\u001b]8;', '\u001b[2JPWNED', '\u009b', '\u202e', 'PWNED-TITLE\u0007'] as const;

/** The marks found in `output`, to report what leaked (empty when nothing did). */
export function leakedPayloads(output: string): string[] {
	return payloadMarks.filter(mark => output.includes(mark)).map(mark => JSON.stringify(mark));
}

/** A JWT (unsigned, as the app never checks signatures) whose claims carry every payload, keys included. */
export function hostileJwt(nowSeconds = Math.floor(Date.now() / 1000)): string {
	const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const claims = {
		sub: `okta-scim${unsafePayloads.osc52}`,
		iss: `https://segura.example.com${unsafePayloads.osc8}`,
		[`note${unsafePayloads.osc0}`]: `x${unsafePayloads.csi2j}y`,
		aud: [`scim${unsafePayloads.c1csi}`, unsafePayloads.bidi],
		iat: nowSeconds,
		exp: nowSeconds + 3600,
		nbf: 1e20,
	};
	return `${part({alg: 'none', typ: 'JWT'})}.${part(claims)}.c2ln`;
}

/** A token answer with a payload in every field but the token (a JWT whose claims carry them). */
export function hostileTokenAnswer(): Record<string, unknown> {
	return {
		access_token: hostileJwt(),
		token_type: `Bearer${unsafePayloads.osc52}`,
		scope: `scim${everyPayload}`,
		expires_in: `3600${unsafePayloads.osc0}`,
		[`extra${unsafePayloads.osc52}`]: everyPayload,
	};
}

/** A SCIM Error (RFC 7644 §3.12) with a payload in every field, and in the Bearer challenge. */
export function hostileScimError(response: http.ServerResponse): void {
	response.writeHead(401, {
		'content-type': 'application/scim+json',
		// Node refuses control characters in a header value: only printable words reach it.
		'www-authenticate': 'Bearer error="invalid_token"',
	});
	response.end(
		JSON.stringify({
			schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
			status: '401',
			detail: `token rejected ${everyPayload}`,
			scimType: everyPayload,
		}),
	);
}

export type HostileServer = RunningServer & Readonly<{seguraUrl: string; tokenUrl: string; baseUrl: string}>;

/**
 * A Segura-shaped server on 127.0.0.1 that answers every client with hostile text: any Client ID
 * and secret get the hostile token (or, with `badToken`, an access_token full of payloads), and
 * the SCIM check always fails with a hostile SCIM error.
 */
export async function startHostileServer(options: {badToken?: boolean} = {}): Promise<HostileServer> {
	const server = await startHttpServer((request, response) => {
		if (request.method === 'POST' && request.url?.startsWith('/iso/oauth2/token')) {
			const body = options.badToken ? {...hostileTokenAnswer(), access_token: `tok${everyPayload}`} : hostileTokenAnswer();
			response.writeHead(200, {'content-type': 'application/json'});
			response.end(JSON.stringify(body));
			return;
		}
		if (request.url?.startsWith('/iso/scim/v2/')) return hostileScimError(response);
		response.writeHead(404);
		response.end();
	});
	return {...server, seguraUrl: server.origin, tokenUrl: `${server.origin}/iso/oauth2/token`, baseUrl: `${server.origin}/iso/scim/v2`};
}

/** A token request to `origin`'s Token URL, with throwaway credentials. */
export function tokenRequestFor(origin: string): TokenRequest {
	return {tokenUrl: `${origin}/iso/oauth2/token`, clientId: 'okta-scim', clientSecret: 'hostile-test-secret', auth: 'basic', encoding: 'rfc'};
}
