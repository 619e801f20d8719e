import {createHash, generateKeyPairSync, sign, verify, type JsonWebKey} from 'node:crypto';

export type JwtPayload = Readonly<Record<string, unknown>>;

/** Signs and checks the practice server's access tokens; the key lives only as long as the server. */
export type JwtSigner = Readonly<{
	/** RFC 7638 thumbprint of the public key, written into every token header. */
	kid: string;
	/** The public key as published at the JWKS endpoint. */
	publicJwk: Readonly<JsonWebKey>;
	sign(payload: JwtPayload): string;
	/** The payload when the token is one of ours with an intact signature; undefined otherwise. Claims are not checked here. */
	verify(token: string): JwtPayload | undefined;
}>;

const alg = 'ES256';
const segment = /^[\w-]+$/;

export function createJwtSigner(): JwtSigner {
	const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve: 'P-256'});
	const exported = publicKey.export({format: 'jwk'});
	const kid = thumbprint(exported);
	const publicJwk = Object.freeze({...exported, kid, alg, use: 'sig'});
	const header = encodeJson({alg, typ: 'at+jwt', kid});

	return {
		kid,
		publicJwk,
		sign(payload) {
			const signingInput = `${header}.${encodeJson(payload)}`;
			// JWS wants the raw r||s form, not DER.
			const signature = sign('sha256', Buffer.from(signingInput), {key: privateKey, dsaEncoding: 'ieee-p1363'});
			return `${signingInput}.${signature.toString('base64url')}`;
		},
		verify(token) {
			const parts = token.split('.');
			if (parts.length !== 3 || !parts.every(part => segment.test(part))) return undefined;
			const [encodedHeader = '', encodedPayload = '', encodedSignature = ''] = parts;
			const parsedHeader = decodeJson(encodedHeader);
			// Only the algorithm we sign with: never let the token choose (no "none", no HS256 confusion).
			if (parsedHeader?.['alg'] !== alg || parsedHeader['kid'] !== kid) return undefined;
			const signature = Buffer.from(encodedSignature, 'base64url');
			if (signature.length !== 64) return undefined;
			const isValid = verify(
				'sha256',
				Buffer.from(`${encodedHeader}.${encodedPayload}`),
				{key: publicKey, dsaEncoding: 'ieee-p1363'},
				signature,
			);
			return isValid ? decodeJson(encodedPayload) : undefined;
		},
	};
}

function thumbprint(jwk: JsonWebKey): string {
	// RFC 7638: the required members only, in lexicographic order, no whitespace.
	const canonical = JSON.stringify({crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y});
	return createHash('sha256').update(canonical).digest('base64url');
}

function encodeJson(value: unknown): string {
	return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeJson(encoded: string): Record<string, unknown> | undefined {
	try {
		const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
		return typeof value === 'object' && value !== null && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}
