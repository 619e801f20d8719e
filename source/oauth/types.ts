import type {BasicEncoding, ClientAuth} from '../model/client-auth.js';

/** One client-credentials request, as the Postman OAuth 2.0 form describes it. */
export type TokenRequest = Readonly<{
	tokenUrl: string;
	clientId: string;
	clientSecret: string;
	auth: ClientAuth;
	encoding: BasicEncoding;
	/** Sent only when not empty. */
	scope?: string;
	/** Extra form parameters, in order, such as Segura's ["ttl", "60"]. */
	params?: ReadonlyArray<readonly [string, string]>;
}>;

/** What the token endpoint gave, ready to show: every string but the token is a display-safe line. */
export type TokenResult = Readonly<{
	accessToken: string;
	/** As the server wrote it (`Bearer` or `bearer`). */
	tokenType: string;
	expiresIn?: number;
	/** Clock time of expiry: the request's start plus expires_in. */
	expiresAt?: Date;
	/** The server sent an expires_in that is no usable lifetime (shown safe): the lifetime is unknown. */
	unusableExpiresIn?: string;
	scope?: string;
	/** Decoded JWT payload as sent, for display (through the display sanitiser) only: the signature is not checked. */
	claims?: Readonly<Record<string, unknown>>;
	/** The Basic encoding that worked, when the first try was retried the other way. */
	retriedWith?: BasicEncoding;
}>;
