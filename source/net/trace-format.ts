import type {DetailedPeerCertificate, TLSSocket} from 'node:tls';
import type {Lang} from '../i18n/lang.js';
import {formatStamp} from '../i18n/time.js';
import {type TracePhase, traceText} from '../i18n/text.js';
import {displayLine, safeJson, shorten} from '../text/display.js';
import type {Redactor} from './trace-redact.js';

// The lines of --verbose, in curl -v's shape: "* " what happened, "> " what was sent, "< " what
// came back. Every value from outside is masked by the Redactor first; the trace passes each whole
// line through the display sanitiser before it is written.

/** A body is shown up to this many characters (after redaction). */
export const maxBodyChars = 4096;

type Headers = Readonly<Record<string, string | string[] | undefined>>;

/** The request as undici wrote it (request line and headers, CRLF-separated), then its body. */
export function requestLines(raw: string, body: string | undefined, redactor: Redactor, lang: Lang): string[] {
	const [requestLine = '', ...headerLines] = raw.split('\r\n').filter(line => line !== '');
	const lines = [`> ${redactor.mask(requestLine)}`];
	let contentType = '';
	for (const line of headerLines) {
		const at = line.indexOf(':');
		const name = at === -1 ? line : line.slice(0, at);
		const value = at === -1 ? '' : line.slice(at + 1).trim();
		if (name.toLowerCase() === 'content-type') contentType = value;
		lines.push(`> ${name}: ${redactor.header(name, value)}`);
	}
	// undici adds this one as it writes the body.
	if (body !== undefined) lines.push(`> content-length: ${Buffer.byteLength(body)}`);
	lines.push('>');
	if (body) {
		const shown = /x-www-form-urlencoded/i.test(contentType) ? redactor.form(body) : redactedText(body, redactor);
		lines.push(...bounded(shown, lang).map(line => `> ${line}`));
	}
	return lines;
}

/** The status line and headers of the answer. */
export function responseHeadLines(status: number, statusText: string, headers: Headers, redactor: Redactor): string[] {
	const lines = [`< HTTP/1.1 ${status} ${redactor.mask(statusText)}`.trimEnd()];
	for (const [name, value] of Object.entries(headers)) {
		for (const one of Array.isArray(value) ? value : [value ?? '']) lines.push(`< ${name}: ${redactor.header(name, one)}`);
	}
	lines.push('<');
	return lines;
}

/** The answer's body: JSON re-indented and a form with their secrets redacted, text masked, each cut short. */
export function responseBodyLines(body: Buffer, contentType: string, lang: Lang, redactor: Redactor): string[] {
	if (body.length === 0) return [];
	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(body);
	} catch {
		return [`< ${traceText.notText[lang](body.length)}`];
	}
	// A form whatever its type says: access_token=…&refresh_token=… is a form to redact as one.
	const isForm = /x-www-form-urlencoded/i.test(contentType) || formShape.test(text.trim());
	return bounded(isForm ? redactor.form(text.trim()) : redactedText(text, redactor), lang).map(line => `< ${line}`);
}

const formShape = /^[^\s=&]+=[^\s&]*(?:&[^\s=&]+=[^\s&]*)*$/;

function redactedText(text: string, redactor: Redactor): string {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (/^[{[]/.test(trimmed)) {
		try {
			// Parsed first, so every token field is learnt before any line is masked.
			const redacted = redactor.json(JSON.parse(trimmed));
			return redactor.mask(safeJson(redacted, 2));
		} catch {
			// Not JSON after all: shown as text.
		}
	}
	return redactor.mask(text);
}

/** Text cut to maxBodyChars, in lines, with a last line saying how much was left out. */
function bounded(text: string, lang: Lang): string[] {
	const cut = shorten(text, maxBodyChars);
	const lines = cut.split(/\r?\n/);
	if (cut !== text) lines.push(traceText.bodyCut[lang]([...text].length - [...cut].length + 1));
	return lines;
}

type Certificate = Pick<DetailedPeerCertificate, 'subject' | 'issuer' | 'valid_from' | 'valid_to' | 'subjectaltname' | 'fingerprint256'> & {
	issuerCertificate?: Certificate;
};

/** The chain the TLS handshake built, leaf first: subject, issuer and expiry of each certificate. */
export function certificateLines(leaf: Certificate | undefined, lang: Lang, now: Date): string[] {
	const words = traceText;
	const lines: string[] = [];
	const seen = new Set<string>();
	for (let cert = leaf, depth = 0; cert?.subject && depth < 10; cert = cert.issuerCertificate, depth++) {
		if (seen.has(cert.fingerprint256)) break;
		seen.add(cert.fingerprint256);
		const pad = (label: string) => `${label}:`.padEnd(Math.max(...[words.subject, words.issuer, words.names, words.expires].map(w => w[lang].length)) + 2);
		lines.push(`*  ${depth} ${pad(words.subject[lang])}${distinguishedName(cert.subject)}`);
		lines.push(`*    ${pad(words.issuer[lang])}${distinguishedName(cert.issuer)}`);
		if (depth === 0 && cert.subjectaltname) lines.push(`*    ${pad(words.names[lang])}${displayLine(cert.subjectaltname, 300)}`);
		lines.push(`*    ${pad(words.expires[lang])}${validity(cert, lang, now)}`);
	}
	return lines.length === 0 ? [] : [`* ${traceText.chain[lang]}`, ...lines];
}

function distinguishedName(name: Readonly<Record<string, string | string[] | undefined>> | undefined): string {
	if (!name) return '?';
	const parts = Object.entries(name).flatMap(([key, value]) => (Array.isArray(value) ? value : [value ?? '']).map(one => `${key}=${one}`));
	return displayLine(parts.join(', '), 300);
}

function validity(cert: Certificate, lang: Lang, now: Date): string {
	const from = new Date(cert.valid_from);
	const to = new Date(cert.valid_to);
	if (Number.isNaN(to.getTime())) return displayLine(cert.valid_to, 60);
	const day = 24 * 60 * 60 * 1000;
	const left = to.getTime() - now.getTime();
	const days = Math.floor(Math.abs(left) / day);
	let note: string;
	if (from.getTime() > now.getTime()) note = traceText.notYetValid[lang](formatStamp(from, lang));
	else if (left >= 0) note = days >= 1 ? traceText.inDays[lang](days) : traceText.withinDay[lang];
	else note = days >= 1 ? traceText.daysAgo[lang](days) : traceText.expiredToday[lang];
	return `${formatStamp(to, lang)} (${note})`;
}

/** "TLSv1.3, TLS_AES_256_GCM_SHA384, ALPN http/1.1, certificate verified" for a connected socket. */
export function tlsDetails(socket: TLSSocket, lang: Lang): string {
	const cipher = socket.getCipher() as {name?: string} | undefined;
	const parts = [socket.getProtocol() ?? '?', cipher?.name ?? '?'];
	if (typeof socket.alpnProtocol === 'string') parts.push(`ALPN ${socket.alpnProtocol}`);
	// Node's type says Error; it is the OpenSSL code as a string.
	const error = socket.authorizationError as unknown;
	const why = error instanceof Error ? error.message : typeof error === 'string' ? error : '--insecure';
	parts.push(socket.authorized ? traceText.verified[lang] : traceText.notVerified[lang](why));
	return displayLine(parts.join(', '), 300);
}

/** When each phase ended, in milliseconds since the exchange began. */
export type Moments = Partial<Record<Exclude<TracePhase, 'total'>, number>> & {total?: number; reused?: boolean};

const order: readonly TracePhase[] = ['proxyDns', 'proxyConnect', 'proxyTls', 'tunnel', 'dns', 'connect', 'tls', 'firstByte', 'total'];

/** A table of the phases that happened: how long each took, and when it ended since the start. */
export function timingLines(moments: Moments, lang: Lang): string[] {
	const names = traceText.phases[lang];
	const rows: Array<[string, string, string]> = [];
	let previous = 0;
	for (const phase of order) {
		const at = moments[phase];
		if (at === undefined) continue;
		rows.push([names[phase], phase === 'total' ? '' : milliseconds(at - previous), milliseconds(at)]);
		previous = at;
	}
	if (rows.length === 0) return [];
	const width = Math.max(traceText.timing[lang].length - 2, ...rows.map(([name]) => name.length));
	const took = Math.max(traceText.took[lang].length, ...rows.map(([, value]) => value.length));
	const head = `* ${traceText.timing[lang].padEnd(width + 2)}  ${traceText.took[lang].padStart(took)}  ${traceText.sinceStart[lang]}`;
	const since = traceText.sinceStart[lang].length;
	const lines = rows.map(([name, value, at]) => `*   ${name.padEnd(width)}  ${value.padStart(took)}  ${at.padStart(since)}`);
	if (moments.reused) lines.splice(0, 0, `*   (${traceText.reusedPhase[lang]})`);
	return [head, ...lines];
}

/** 0.4 ms, 12 ms, 1234 ms, 31.2 s. */
export function milliseconds(ms: number): string {
	if (ms < 10) return `${Math.max(0, ms).toFixed(1)} ms`;
	if (ms < 10_000) return `${Math.round(ms)} ms`;
	return `${(ms / 1000).toFixed(1)} s`;
}
