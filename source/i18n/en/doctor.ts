import type {ProviderKind} from '../../model/provider-kind.js';
import {profileKindText} from './profiles.js';

// `segura-token doctor`: one line per link of the chain from this machine to a token Okta can
// use. "Link" is "elo" (the links of a chain); each line is a finding, not a sentence to scroll.

const secretWays = 'set SEGURA_CLIENT_SECRET (read -rs SEGURA_CLIENT_SECRET && export SEGURA_CLIENT_SECRET), pipe it in with --client-secret-stdin, or use a profile that remembers it';

export const doctorText = {
	labels: {url: 'URL', dns: 'DNS', proxy: 'Proxy', tcp: 'TCP', tls: 'TLS', http: 'HTTP', token: 'Token', scim: 'SCIM', kind: 'Provider kind'},
	heading: (host: string) => `The path from this machine to ${host}, link by link:`,
	urls: (tokenUrl: string, baseUrl: string | undefined) => `Token URL ${tokenUrl}${baseUrl ? `, Base URL ${baseUrl}` : '; no Base URL, so SCIM is not checked'}`,
	dnsLiteral: (host: string) => `${host} is an IP address: nothing to look up`,
	dnsFound: (host: string, addresses: readonly string[]) => `${host} → ${addresses.join(', ')}`,
	dnsByProxy: (host: string, proxy: string) => `${host} does not resolve on this machine; the proxy ${proxy} resolves it itself`,
	proxyNone: (isHttps: boolean) => `none: ${isHttps ? 'neither HTTPS_PROXY nor HTTP_PROXY is set' : 'HTTP_PROXY is not set'}, so the connection goes straight to the server`,
	proxyBypassed: (host: string, variable: string) => `none: NO_PROXY lists ${host}, so ${variable} is not used for it`,
	proxyTunnel: (proxy: string, variable: string, target: string, reachedMs: number | undefined) => `${proxy} (from ${variable})${reachedMs === undefined ? '' : `, reached in ${Math.round(reachedMs)} ms,`} opened a tunnel to ${target} (CONNECT 200)`,
	tcpConnected: (address: string, port: number, local: string) => `connected to ${address} port ${port}, from ${local}`,
	tcpTunnel: (target: string, proxy: string) => `${target} reached through the tunnel of the proxy ${proxy}`,
	tlsNone: 'http:// to this machine: no TLS to check',
	httpTokenEndpoint: (status: string, server: string | undefined, error: string | undefined) => `${status}${server ? ` from ${server}` : ''}: a token endpoint answers here (it refused a request without credentials${error ? ` with ${error}` : ''}, as it should)`,
	httpNoCredentialsAccepted: (status: string, server: string | undefined) => `${status}${server ? ` from ${server}` : ''}: the Token URL answered a request without credentials with success, which a token endpoint does not do`,
	httpAnswer: (status: string, server: string | undefined) => `answer: ${status}${server ? `, server: ${server}` : ''} (a redirect is never followed)`,
	tokenIssued: (type: string, expiry: string | undefined, isJwt: boolean) => `a ${type} token${isJwt ? ' (a JWT)' : ''}${expiry ? `, ${expiry}` : ''}`,
	tokenRetried: (encoding: string) => `the server accepted the credentials only with the ${encoding} Basic encoding: add --encoding ${encoding} to get`,
	noClientId: 'not checked: no Client ID (give --client-id ID, or --profile NAME)',
	noSecret: 'not checked: no Client Secret at hand, so no token was asked for',
	secretHow: `to check it, ${secretWays}`,
	noToken: 'not checked: there is no token to check with',
	noBaseUrl: 'not checked: no Base URL (give --base-url URL, or --profile NAME)',
	kindUnclaimed: 'not checked: the token does not say which kind of provider issued it',
	kindNotCompared: (claimed: ProviderKind) => `the token names a provider of ${profileKindText[claimed]}; give --kind or --profile to compare it with`,
	kindMatches: (kind: ProviderKind) => `the token was issued by a provider of ${profileKindText[kind]}, as expected`,
	notRun: 'not checked: a link before it is broken',
	allHold: 'Every link holds: this machine can get a token for Okta\'s SCIM app.',
	holdExcept: (skipped: readonly string[]) => `Every link checked holds; not checked: ${skipped.join(', ')}.`,
	stopped: (link: string, code: number, rest: readonly string[]) => `Stopped at the first broken link, ${link} (exit ${code})${rest.length > 0 ? `; not checked after it: ${rest.join(', ')}` : ''}.`,
	missingTokenUrl: '--token-url URL (or --profile NAME)',
	missingClientId: '--client-id ID (or --profile NAME) for --client-secret-stdin',
};

export const doctorErrors = {
	dnsTimeout: (host: string, seconds: string) => ({message: `No DNS answer for ${host} within ${seconds} s.`, hint: 'Check the DNS servers of this machine (/etc/resolv.conf) and its VPN.'}),
	kindMismatch: (claimed: ProviderKind, expected: ProviderKind) => ({
		message: `The token was issued by the provider of ${profileKindText[claimed]}, not of ${profileKindText[expected]}: Okta groups pushed with it would land in the ${profileKindText[claimed]} menu.`,
		hint: 'Copy the values of the right provider (Settings > Provisioning > Identity management (IGA) > Providers), or correct the kind (--kind).',
	}),
};

// `segura-token doctor`, the TLS link: whether the certificate names the host, who issued it,
// and what to do about a CA this machine does not trust.

export const doctorTlsText = {
	nameMatches: (host: string) => `Name: the certificate is valid for ${host}`,
	nameMismatch: (host: string, names: string) => `Name: the certificate is NOT valid for ${host}${names ? ` (it names ${names})` : ''}`,
	issuerPublic: (root: string) => `Issuer: a public certificate authority (${root})`,
	issuerPrivate: (root: string, isProxied: boolean) => `Issuer: ${root}, not a public certificate authority: your organisation's own CA or the appliance's${isProxied ? ', or the proxy inspecting TLS' : ''}`,
	issuerSelfSigned: 'Issuer: the server itself (a self-signed certificate, as appliances come with)',
	issuerInspecting: (vendor: string, root: string) => `Issuer: ${root}, which looks like a TLS-inspecting proxy (${vendor}), not a public certificate authority: something on the network decrypts the traffic and signs it again`,
	caAdvice: (target: string, isProxied: boolean) => `--ca: if this certificate (or the CA that issued it) is the appliance's or your organisation's, save it as PEM and pass --ca FILE (a profile keeps it). To see the chain: openssl s_client -connect ${target} -showcerts </dev/null${isProxied ? ' (with -proxy HOST:PORT)' : ''}`,
	inspectingAdvice: (host: string) => `--ca: ask the network team for the certificate (PEM) of the inspection CA and pass it with --ca FILE or NODE_EXTRA_CA_CERTS, or ask them to leave ${host} out of the inspection`,
	inspectedTrusted: 'This machine trusts the inspecting CA: the token and the Client Secret are visible to that proxy.',
	trustedByExtra: 'Trusted through --ca, NODE_EXTRA_CA_CERTS or a profile\'s CA file, not through the public CAs.',
	notEnforced: (problem: string) => `Not enforced (--insecure): ${problem}`,
};
