import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {type CertificateSet, createCertificateSet} from './certificates.js';
import {type RunningProxy, startProxy} from './proxy-server.js';
import {type RequestHandler, type RunningServer, startHttpsServer} from './servers.js';

/**
 * What the network suites share: a test CA and its certificates, the CA as a file (for --ca and
 * NODE_EXTRA_CA_CERTS), and HTTPS servers and proxies on loopback that `close` stops together
 * with removing the folder.
 */
export type NetworkBed = Readonly<{
	certs: CertificateSet;
	/** The folder the CA file is in; a test may write its own files there. */
	folder: string;
	caFile: string;
	/** An HTTPS server with a certificate of the test CA for 127.0.0.1 and localhost. */
	https(handler: RequestHandler): Promise<RunningServer>;
	/** An HTTPS server with a self-signed certificate. */
	selfSigned(handler: RequestHandler): Promise<RunningServer>;
	proxy(options?: Parameters<typeof startProxy>[0]): Promise<RunningProxy>;
	close(): Promise<void>;
}>;

export async function networkBed(): Promise<NetworkBed> {
	const certs = createCertificateSet();
	const folder = await mkdtemp(path.join(tmpdir(), 'segura-network-'));
	const caFile = path.join(folder, 'ca.pem');
	await writeFile(caFile, certs.ca.cert);
	const running: Array<{close(): Promise<void>}> = [];
	const started = async <T extends {close(): Promise<void>}>(server: Promise<T>): Promise<T> => {
		const one = await server;
		running.push(one);
		return one;
	};
	return {
		certs,
		folder,
		caFile,
		https: handler => started(startHttpsServer(certs.valid, handler)),
		selfSigned: handler => started(startHttpsServer(certs.selfSigned, handler)),
		proxy: options => started(startProxy(options)),
		close: async () => {
			await Promise.all(running.splice(0).map(async server => server.close()));
			await rm(folder, {recursive: true, force: true});
		},
	};
}
