import {once} from 'node:events';
import {isIP, type Socket} from 'node:net';
import tls, {type DetailedPeerCertificate, type TLSSocket} from 'node:tls';
import {AppError, errorText, TlsError} from '../errors/app-error.js';
import {doctorTlsText, netText} from '../i18n/text.js';
import {inEveryLanguage, type Lang, type Localized} from '../i18n/lang.js';
import {networkError, timeoutError} from '../net/network-errors.js';
import type {ProxyUrl} from '../net/proxy-env.js';
import {certificateLines, tlsDetails} from '../net/trace-format.js';
import {displayLine} from '../text/display.js';
import {hostOf, portOf} from './check-dns.js';
import {tryLink} from './deadline.js';
import {failure, type Outcome} from './links.js';
import {chainOf, issuerKind, oneLine, type IssuerKind} from './tls-issuer.js';

export type TlsOptions = Readonly<{
	/** The CAs the requests trust (trustedCas), or undefined for Node's own. */
	ca: string[] | undefined;
	insecure: boolean;
	/** The proxy whose tunnel carries the connection, if any. */
	proxy?: ProxyUrl;
	timeoutMs: number;
	signal?: AbortSignal;
	now: Date;
}>;

/**
 * TLS on the connection the TCP link opened, as the requests will do it (the same CAs, the host
 * as server name, no server name for an IP address). The handshake is let through whatever the
 * certificate, so that every fact can be read and said: the protocol, the chain (subject, issuer,
 * expiry), whether the certificate names the host, who issued it; then it is judged as Node
 * judges it for the requests, with the same words (networkError). With --insecure a problem is
 * said, not enforced.
 */
export async function checkTls(url: URL, socket: Socket, options: TlsOptions): Promise<Outcome> {
	const host = hostOf(url);
	const secure = tls.connect({socket, ...(isIP(host) === 0 ? {servername: host} : {}), ...(options.ca ? {ca: options.ca} : {}), rejectUnauthorized: false, ALPNProtocols: ['http/1.1']});
	const context = {url, timeoutMs: options.timeoutMs, connected: false};
	const limits = {timeoutMs: options.timeoutMs, ...(options.signal ? {signal: options.signal} : {}), onTimeout: () => timeoutError(context), cleanup: () => secure.destroy()};
	const handshake = await tryLink(once(secure, 'secureConnect'), limits, context);
	if (handshake instanceof AppError) return failure(handshake, {data: {host, port: portOf(url)}});
	try {
		return judge(url, secure, options);
	} finally {
		secure.destroy();
	}
}

function judge(url: URL, secure: TLSSocket, options: TlsOptions): Outcome {
	const host = hostOf(url);
	const leaf = secure.getPeerCertificate(true) as DetailedPeerCertificate | null;
	const chain = chainOf(leaf ?? undefined);
	const issuer = issuerKind(chain);
	const nameError = leaf?.raw ? tls.checkServerIdentity(host, leaf) : new Error('no certificate');
	const error = problemOf(url, secure, chain, nameError, options);
	const names = leaf?.subjectaltname ? displayLine(leaf.subjectaltname, 300) : '';
	const details: Array<Localized<string>> = [
		...lineByLine(lang => certificateLines(leaf ?? undefined, lang, options.now).map(line => line.replace(/^\* ?/, ''))),
		nameError ? doctorTlsText.nameMismatch(displayLine(host), names) : doctorTlsText.nameMatches(displayLine(host)),
		...(issuer ? [issuerLine(issuer, options.proxy !== undefined)] : []),
		...advice(url, issuer, error, options),
	];
	const data = {
		protocol: secure.getProtocol(),
		cipher: (secure.getCipher() as {name?: string} | undefined)?.name ?? null,
		verified: error === undefined,
		nameMatches: nameError === undefined,
		issuer: issuer ?? null,
		chain: chain.map(cert => ({subject: oneLine(dn(cert.subject)), issuer: oneLine(dn(cert.issuer)), validFrom: isoOf(cert.valid_from), validTo: isoOf(cert.valid_to)})),
	};
	const summary = inEveryLanguage(lang => tlsDetails(secure, lang));
	if (!error) return {status: 'ok', summary, details, data};
	if (options.insecure) return {status: 'warn', summary, details: [inEveryLanguage(lang => doctorTlsText.notEnforced[lang](errorText(error, lang).message)), ...details], error, data};
	return failure(error, {details: [summary, ...details], data});
}

/**
 * The certificate's problem, first the one --ca cannot fix (a date), then trust, then the name:
 * the same order and the same words as a request that fails on it.
 */
function problemOf(url: URL, secure: TLSSocket, chain: readonly DetailedPeerCertificate[], nameError: Error | undefined, options: TlsOptions): AppError | undefined {
	const now = options.now.getTime();
	const verifyCode = authorizationCode(secure);
	let code: string | undefined;
	if (chain.some(cert => Date.parse(cert.valid_to) < now)) code = 'CERT_HAS_EXPIRED';
	else if (chain.some(cert => Date.parse(cert.valid_from) > now)) code = 'CERT_NOT_YET_VALID';
	else if (verifyCode && verifyCode !== 'ERR_TLS_CERT_ALTNAME_INVALID') code = verifyCode;
	else if (nameError) code = 'ERR_TLS_CERT_ALTNAME_INVALID';
	if (!code) return undefined;
	const error = networkError(Object.assign(new Error(code), {code, cert: chain[0]}), {url, timeoutMs: options.timeoutMs, connected: false});
	return error instanceof TlsError ? error : new TlsError(netText.tlsOther(displayLine(hostOf(url)), displayLine(code, 80)), {reason: 'tls_handshake'});
}

/** What Node's check of the chain said (an OpenSSL code), or undefined when it passed. */
function authorizationCode(secure: TLSSocket): string | undefined {
	if (secure.authorized) return undefined;
	const error = secure.authorizationError as unknown;
	if (typeof error === 'string') return error;
	if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
	return 'UNABLE_TO_VERIFY_LEAF_SIGNATURE';
}

/** What to do about who issued it: --ca for a CA this machine does not trust, the network team for an inspecting proxy. */
function advice(url: URL, issuer: IssuerKind | undefined, error: AppError | undefined, options: TlsOptions): Array<Localized<string>> {
	const target = `${displayLine(url.hostname)}:${portOf(url)}`;
	const trust = error?.reason === 'tls_self_signed' || error?.reason === 'tls_unknown_ca';
	if (issuer?.kind === 'inspecting') return [trust ? doctorTlsText.inspectingAdvice(displayLine(hostOf(url))) : doctorTlsText.inspectedTrusted];
	if (trust) return [doctorTlsText.caAdvice(target, options.proxy !== undefined)];
	if (!error && issuer && issuer.kind !== 'public') return [doctorTlsText.trustedByExtra];
	return [];
}

function issuerLine(issuer: IssuerKind, isProxied: boolean): Localized<string> {
	switch (issuer.kind) {
		case 'public':
			return doctorTlsText.issuerPublic(issuer.root);
		case 'self-signed':
			return doctorTlsText.issuerSelfSigned;
		case 'inspecting':
			return doctorTlsText.issuerInspecting(issuer.vendor, issuer.root);
		case 'private':
			return doctorTlsText.issuerPrivate(issuer.root, isProxied);
	}
}

/** Lines written in every language, paired line by line. */
function lineByLine(lines: (lang: Lang) => string[]): Array<Localized<string>> {
	const each = inEveryLanguage(lines);
	return each.en.map((line, index) => inEveryLanguage(lang => each[lang][index] ?? line));
}

function dn(name: Readonly<Record<string, string | string[] | undefined>> | undefined): string {
	if (!name) return '';
	return Object.entries(name)
		.flatMap(([key, value]) => (Array.isArray(value) ? value : [value ?? '']).map(one => `${key}=${one}`))
		.join('\n');
}

function isoOf(text: string): string | null {
	const time = Date.parse(text);
	return Number.isNaN(time) ? null : new Date(time).toISOString();
}
