/** The network options every command takes (--ca, --insecure, --timeout). */
export type NetOptions = Readonly<{
	/** PEM file with extra trusted CA certificates, added to Node's own (and NODE_EXTRA_CA_CERTS). */
	caFile?: string;
	/** Skip certificate checks: a loud warning wherever it is on. */
	insecure?: boolean;
	/** Limit for connect and for the whole response, in milliseconds. */
	timeoutMs?: number;
}>;

export const defaultTimeoutMs = 30_000;

/** What a saved profile keeps of them: its own CA file and --insecure (the timeout is per run). */
export type ProfileNetwork = Pick<NetOptions, 'caFile' | 'insecure'>;
