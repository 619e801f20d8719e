// Network, TLS and proxy failures, worded for the person at the terminal. Not OAuth-specific:
// the SCIM check meets the same failures.

const caHint = 'Pass the CA certificate (PEM) with --ca FILE; as a last resort, --insecure skips the check.';

export const netText = {
	dns: (host: string) => ({message: `The name ${host} could not be found (DNS).`, hint: 'Check the host name in the URL, and the DNS or VPN of this machine.'}),
	refused: (host: string, port: string) => ({message: `${host} refused the connection on port ${port}: nothing is listening there.`, hint: 'Check the port in the URL, and that the Segura server is up.'}),
	unreachable: (host: string) => ({message: `There is no network route from this machine to ${host}.`, hint: 'Check the VPN, the firewall and the routes of this machine.'}),
	connectTimeout: (host: string, port: string, seconds: string) => ({
		message: `Could not connect to ${host}:${port} within ${seconds} s (connection or TLS handshake).`,
		hint: 'A firewall may be dropping the traffic or the server is down; --timeout SECONDS waits longer.',
	}),
	responseTimeout: (host: string, seconds: string) => ({message: `${host} accepted the connection but did not answer within ${seconds} s.`, hint: 'Try again, or wait longer with --timeout SECONDS.'}),
	reset: (host: string) => ({
		message: `The connection to ${host} was closed before the answer arrived.`,
		hint: 'A firewall, proxy or load balancer may be cutting it; also check whether the URL should start with https:// or http://.',
	}),
	tlsSelfSigned: (host: string) => ({
		message: `The certificate of ${host} is self-signed, so this machine cannot trust it.`,
		hint: 'Pass that certificate (PEM) with --ca FILE; as a last resort, --insecure skips the check.',
	}),
	tlsUnknownCa: (host: string) => ({message: `The certificate of ${host} was issued by a certificate authority (CA) this machine does not trust.`, hint: caHint}),
	tlsHostname: (host: string, names: string) => ({
		message: `The certificate of ${host} was issued for another name${names ? ` (${names})` : ''}.`,
		hint: 'Use the host name the certificate was issued for in the URL; --ca does not help here; as a last resort, --insecure skips the check.',
	}),
	tlsExpired: (host: string) => ({
		message: `The certificate of ${host} has expired.`,
		hint: 'Ask for the certificate to be renewed (or check this machine\'s clock); as a last resort, --insecure skips the check.',
	}),
	tlsNotYetValid: (host: string) => ({
		message: `The certificate of ${host} is not valid yet.`,
		hint: 'Check the clock of this machine and of the server; as a last resort, --insecure skips the check.',
	}),
	tlsOther: (host: string, detail: string) => ({
		message: `The secure (TLS) connection to ${host} failed: ${detail}.`,
		hint: 'If the server speaks plain HTTP on that port, use an http:// URL; otherwise check the address and the port.',
	}),
	proxyUnreachable: (proxy: string, variable: string) => ({
		message: `Could not reach the proxy ${proxy} (set by ${variable}).`,
		hint: `Check ${variable}; to go direct to this server, add its host name to NO_PROXY.`,
	}),
	proxyAuth: (proxy: string) => ({
		message: `The proxy ${proxy} asks for a login (407 Proxy Authentication Required).`,
		hint: 'Put the proxy user and password in the proxy variable: http://USER:PASSWORD@HOST:PORT.',
	}),
	proxyRefused: (proxy: string, target: string, status: string) => ({
		message: `The proxy ${proxy} did not open a connection to ${target} (it answered ${status}).`,
		hint: 'The proxy may block that address or port, or cannot reach it; ask its administrator, or add the host to NO_PROXY to go direct.',
	}),
	proxyInvalid: (variable: string, problem: 'invalid' | 'quotes' | 'scheme' | 'escape' | 'path') => {
		const why = {
			invalid: '',
			quotes: ' (it is written inside quotes)',
			scheme: ' (only http:// and https:// proxies)',
			escape: ' (a %-escape in its user or password does not decode)',
			path: ' (a proxy URL has no path, query or fragment)',
		}[problem];
		return {message: `${variable} is not a proxy URL this tool can use${why}.`, hint: `Write it as http://HOST:PORT (or https://HOST:PORT), or unset ${variable}.`};
	},
	tooLarge: (host: string, limit: string) => ({
		message: `The answer from ${host} is larger than ${limit}; reading stopped there.`,
		hint: 'The URL probably points at a page or a file, not at an API: check it.',
	}),
	other: (host: string, detail: string) => ({message: `The request to ${host} failed: ${detail}.`, hint: 'Check the URL and the network of this machine.'}),
	caUnreadable: (file: string, source: string, detail: string) => ({message: `Cannot read the CA file ${file} (${source}): ${detail}.`, hint: 'Give the path of a PEM file with the CA certificate(s).'}),
	caNotPem: (file: string, source: string) => ({
		message: `${file} (${source}) holds no PEM certificate.`,
		hint: 'It must contain -----BEGIN CERTIFICATE----- blocks; convert a DER file with: openssl x509 -inform der -in FILE -out FILE.pem',
	}),
	invalidUrl: (url: string) => ({message: `${url} is not a valid http:// or https:// URL.`, hint: 'Copy the URL again from the provider details in Segura.'}),
};

/** How a detail reads in each language. */
export const netWords = {
	notFound: 'file not found',
	tooLarge: 'larger than 1 MiB, which no CA file is',
	notAllowed: 'permission denied',
	isDirectory: 'it is a folder',
};

/** Where the request came from, as an allowed-IP list sees it: said after a 403. */
export const routeText = {
	direct: (host: string, address: string) => ` This machine reaches ${host} from the address ${address} (as seen from here: NAT on the way may change what Segura sees).`,
	proxy: (proxy: string) => ` The request went through the proxy ${proxy}, so Segura sees the proxy's address.`,
};
