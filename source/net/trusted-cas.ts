import {X509Certificate} from 'node:crypto';
import {readFileBounded} from '../io/read-bounded.js';
import tls from 'node:tls';
import {ConfigError} from '../errors/app-error.js';
import {netText, netWords, type Message} from '../i18n/text.js';
import type {NetOptions} from '../model/net-options.js';

const pemBlock = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** A bundle of every public CA is about 200 KiB: a bigger file is not a CA file (or is /dev/zero). */
export const maxCaFileBytes = 1024 * 1024;

class TooLargeError extends Error {}


/**
 * The CA list to pass as `ca`, or undefined to keep Node's own. Passing `ca` replaces Node's
 * defaults, NODE_EXTRA_CA_CERTS included, so the list is rebuilt in full: Node's bundled roots,
 * then NODE_EXTRA_CA_CERTS (read from `env`, which may not be the environment Node started
 * with), then --ca.
 */
export async function trustedCas(options: NetOptions, env: NodeJS.ProcessEnv): Promise<string[] | undefined> {
	const extra = env.NODE_EXTRA_CA_CERTS;
	if (!options.caFile && !extra) return undefined;
	const cas = [...tls.rootCertificates];
	if (extra) cas.push(...(await readPemCertificates(extra, 'NODE_EXTRA_CA_CERTS')));
	if (options.caFile) cas.push(...(await readPemCertificates(options.caFile, '--ca')));
	return cas;
}

/** Every certificate in a PEM file, each checked to parse; a ConfigError naming the file otherwise. */
export async function readPemCertificates(file: string, source: string): Promise<string[]> {
	let text: string;
	try {
		text = (await readFileBounded(file, maxCaFileBytes, () => new TooLargeError())).toString('utf8');
	} catch (error) {
		const problem = error instanceof TooLargeError ? netWords.tooLarge : readProblem(error);
		throw new ConfigError(netText.caUnreadable(file, source, problem), {cause: error, reason: 'ca_unreadable'});
	}
	const blocks = text.match(pemBlock) ?? [];
	if (blocks.length === 0) throw new ConfigError(netText.caNotPem(file, source), {reason: 'ca_not_pem'});
	for (const block of blocks) {
		try {
			new X509Certificate(block);
		} catch (error) {
			throw new ConfigError(netText.caNotPem(file, source), {cause: error, reason: 'ca_not_pem'});
		}
	}
	return blocks;
}

function readProblem(error: unknown): Message | string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return netWords.notFound;
	if (code === 'EACCES' || code === 'EPERM') return netWords.notAllowed;
	if (code === 'EISDIR') return netWords.isDirectory;
	return code ?? String(error);
}
