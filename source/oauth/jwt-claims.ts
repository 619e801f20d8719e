import {isRecord} from '../net/read-answer.js';

/**
 * The payload of a JWS compact token, for display: base64url-decoded, signature NOT checked.
 * Undefined for anything else (opaque tokens, encrypted JWE with five parts, bad JSON).
 */
export function jwtClaims(token: string): Readonly<Record<string, unknown>> | undefined {
	const parts = token.split('.');
	if (parts.length !== 3) return undefined;
	const [header, payload] = parts;
	if (!header || !payload || !/^[\w-]+$/.test(header) || !/^[\w-]+$/.test(payload)) return undefined;
	try {
		const decodedHeader: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
		const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
		if (!isRecord(decodedHeader) || !isRecord(claims)) return undefined;
		return claims;
	} catch {
		return undefined;
	}
}
