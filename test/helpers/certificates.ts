import {generateKeyPairSync, randomBytes} from 'node:crypto';
import {isIP} from 'node:net';
import forge from 'node-forge';

/** A certificate and its private key, both PEM. */
export type Pem = Readonly<{cert: string; key: string}>;

/** A certificate authority that can issue leaf certificates. */
export type TestCa = Pem & Readonly<{commonName: string}>;

export type LeafOptions = Readonly<{
	/** DNS names and IP addresses for subjectAltName; the first is also the common name. */
	hosts?: readonly string[];
	/** Defaults to one hour ago. */
	notBefore?: Date;
	/** Defaults to one day from now. */
	notAfter?: Date;
}>;

const hour = 3_600_000;

// Node's native RSA key generation takes milliseconds; forge's pure-JS one takes seconds.
function newKeys(): {privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; keyPem: string} {
	const {privateKey} = generateKeyPairSync('rsa', {modulusLength: 2048});
	const keyPem = privateKey.export({type: 'pkcs1', format: 'pem'}).toString();
	const forgeKey = forge.pki.privateKeyFromPem(keyPem);
	return {
		privateKey: forgeKey,
		publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e),
		keyPem,
	};
}

function serialNumber(): string {
	// Positive: a leading 0 nibble keeps the DER integer from reading as negative.
	return '0' + randomBytes(15).toString('hex');
}

function altNames(hosts: readonly string[]): Array<{type: number; value?: string; ip?: string}> {
	return hosts.map(host => (isIP(host) === 0 ? {type: 2, value: host} : {type: 7, ip: host}));
}

function build(
	subjectName: string,
	issuer: {name: string; key: forge.pki.rsa.PrivateKey} | undefined,
	options: LeafOptions & {isCa: boolean},
): Pem {
	const keys = newKeys();
	const cert = forge.pki.createCertificate();
	cert.publicKey = keys.publicKey;
	cert.serialNumber = serialNumber();
	cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - hour);
	cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 24 * hour);
	// A name outside ASCII (a hostile test's) goes in as UTF8String, encoded as forge expects it
	// (@types/node-forge types the tag as a class).
	const named = (name: string) => [
		/^[\x20-\x7e]*$/.test(name) ? {name: 'commonName', value: name} : {name: 'commonName', value: forge.util.encodeUtf8(name), valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class},
		{name: 'organizationName', value: 'segura-token tests'},
	];
	const subject = named(subjectName);
	cert.setSubject(subject);
	cert.setIssuer(issuer ? named(issuer.name) : subject);
	const extensions: object[] = [
		{name: 'basicConstraints', cA: options.isCa, critical: true},
		options.isCa
			? {name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true}
			: {name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true},
		{name: 'subjectKeyIdentifier'},
	];
	if (!options.isCa) extensions.push({name: 'extKeyUsage', serverAuth: true});
	if (options.hosts && options.hosts.length > 0) extensions.push({name: 'subjectAltName', altNames: altNames(options.hosts)});
	cert.setExtensions(extensions);
	cert.sign(issuer?.key ?? keys.privateKey, forge.md.sha256.create());
	return {cert: forge.pki.certificateToPem(cert), key: keys.keyPem};
}

/** A fresh root CA, trusted by nothing until a test passes it as `ca`. */
export function createCa(commonName = 'segura-token test CA'): TestCa {
	return {...build(commonName, undefined, {isCa: true}), commonName};
}

/** A server certificate signed by `ca`. */
export function issueLeaf(ca: TestCa, options: LeafOptions = {}): Pem {
	const hosts = options.hosts ?? ['127.0.0.1', 'localhost'];
	return build(hosts[0] ?? 'localhost', {name: ca.commonName, key: forge.pki.privateKeyFromPem(ca.key)}, {...options, hosts, isCa: false});
}

/** A server certificate that signs itself (a typical appliance default). */
export function selfSigned(options: LeafOptions = {}): Pem {
	const hosts = options.hosts ?? ['127.0.0.1', 'localhost'];
	return build(hosts[0] ?? 'localhost', undefined, {...options, hosts, isCa: false});
}

/** Every certificate situation a TLS test needs, made once per test file. */
export type CertificateSet = Readonly<{
	ca: TestCa;
	/** Valid for 127.0.0.1 and localhost, signed by `ca`. */
	valid: Pem;
	/** Signed by `ca`, expired yesterday. */
	expired: Pem;
	/** Signed by `ca`, not valid until tomorrow. */
	notYetValid: Pem;
	/** Signed by `ca`, issued for another name only. */
	wrongHost: Pem;
	/** Self-signed for 127.0.0.1 and localhost. */
	selfSigned: Pem;
	/** Signed by a second CA that no test trusts. */
	unknownCa: Pem;
}>;

export function createCertificateSet(): CertificateSet {
	const ca = createCa();
	const otherCa = createCa('segura-token untrusted CA');
	const day = 24 * hour;
	return {
		ca,
		valid: issueLeaf(ca),
		expired: issueLeaf(ca, {notBefore: new Date(Date.now() - 3 * day), notAfter: new Date(Date.now() - day)}),
		notYetValid: issueLeaf(ca, {notBefore: new Date(Date.now() + day), notAfter: new Date(Date.now() + 3 * day)}),
		wrongHost: issueLeaf(ca, {hosts: ['wrong-host.example']}),
		selfSigned: selfSigned(),
		unknownCa: issueLeaf(otherCa),
	};
}
