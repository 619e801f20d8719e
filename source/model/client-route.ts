/**
 * How a request reached the server, for a 403 that is likely an allowed-IP list: the address
 * this machine leaves from, the proxy in between, or unknown.
 */
export type ClientRoute =
	| Readonly<{kind: 'direct'; host: string; address: string}>
	| Readonly<{kind: 'proxy'; proxy: string}>
	| Readonly<{kind: 'unknown'}>;
