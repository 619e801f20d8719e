import {X509Certificate} from 'node:crypto';
import tls, {type DetailedPeerCertificate} from 'node:tls';
import {displayLine} from '../text/display.js';

/**
 * Who vouches for the server's certificate, as far as the chain tells: a public CA (one of the
 * roots Node ships), a private CA (an organisation's or the appliance's own), the server itself
 * (self-signed, an appliance's default), or a TLS-inspecting proxy (a firewall that decrypts and
 * re-signs traffic with its own CA, named after its maker).
 */
export type IssuerKind =
	| Readonly<{kind: 'public'; root: string}>
	| Readonly<{kind: 'private'; root: string}>
	| Readonly<{kind: 'self-signed'; root: string}>
	| Readonly<{kind: 'inspecting'; root: string; vendor: string}>;

// The makers of TLS-inspecting proxies and filters, as their CAs name themselves.
const inspectors: ReadonlyArray<readonly [RegExp, string]> = [
	[/zscaler/i, 'Zscaler'],
	[/forti(net|gate)/i, 'Fortinet'],
	[/palo ?alto/i, 'Palo Alto Networks'],
	[/blue ?coat|proxysg/i, 'Blue Coat'],
	[/netskope/i, 'Netskope'],
	[/forcepoint|websense/i, 'Forcepoint'],
	[/sophos/i, 'Sophos'],
	[/check ?point/i, 'Check Point'],
	[/umbrella|opendns/i, 'Cisco Umbrella'],
	[/mcafee web gateway|skyhigh/i, 'Skyhigh (McAfee) Web Gateway'],
	[/barracuda/i, 'Barracuda'],
	[/sonicwall/i, 'SonicWall'],
	[/watchguard/i, 'WatchGuard'],
	[/kaspersky/i, 'Kaspersky'],
	[/eset ssl filter/i, 'ESET'],
	[/avast|\bavg\b/i, 'Avast'],
	[/bitdefender/i, 'Bitdefender'],
	[/cato networks/i, 'Cato Networks'],
	[/iboss/i, 'iboss'],
	[/menlo security/i, 'Menlo Security'],
	[/smoothwall/i, 'Smoothwall'],
	[/untangle/i, 'Untangle'],
	[/mitmproxy/i, 'mitmproxy'],
	[/charles proxy/i, 'Charles Proxy'],
	[/fiddler|do_not_trust/i, 'Fiddler'],
	[/squid/i, 'Squid'],
];

let publicSubjects: ReadonlySet<string> | undefined;

/** The subjects of the root CAs Node ships (Mozilla's list): the public ones. */
function publicRoots(): ReadonlySet<string> {
	publicSubjects ??= new Set(tls.rootCertificates.flatMap(pem => {
		try {
			return [new X509Certificate(pem).subject];
		} catch {
			return [];
		}
	}));
	return publicSubjects;
}

/** The chain the handshake gave, leaf first, each certificate once. */
export function chainOf(leaf: DetailedPeerCertificate | undefined): DetailedPeerCertificate[] {
	const chain: DetailedPeerCertificate[] = [];
	const seen = new Set<string>();
	for (let cert = leaf; cert?.raw && chain.length < 10 && !seen.has(cert.fingerprint256); cert = cert.issuerCertificate) {
		seen.add(cert.fingerprint256);
		chain.push(cert);
	}
	return chain;
}

/** A distinguished name on one display-safe line: "CN=host, O=Org". */
export function oneLine(name: string): string {
	return displayLine(name.split('\n').join(', '), 200);
}

/** Who issued the chain: see IssuerKind. */
export function issuerKind(chain: readonly DetailedPeerCertificate[]): IssuerKind | undefined {
	const certificates = chain.flatMap(cert => {
		try {
			return [new X509Certificate(cert.raw)];
		} catch {
			return [];
		}
	});
	const top = certificates.at(-1);
	if (!top) return undefined;
	const root = oneLine(top.issuer);
	const names = certificates.map(cert => `${cert.subject}\n${cert.issuer}`).join('\n');
	const vendor = inspectors.find(([pattern]) => pattern.test(names))?.[1];
	if (vendor) return {kind: 'inspecting', root, vendor};
	const roots = publicRoots();
	if (certificates.some(cert => roots.has(cert.issuer))) return {kind: 'public', root};
	const [leaf] = certificates;
	if (certificates.length === 1 && leaf && leaf.subject === leaf.issuer) return {kind: 'self-signed', root};
	return {kind: 'private', root};
}
