import type {HttpResponse} from './send-request.js';

/** What a response body turned out to be. */
export type Answer =
	| Readonly<{kind: 'json'; value: unknown}>
	| Readonly<{kind: 'html'; title: string | undefined}>
	| Readonly<{kind: 'empty'}>
	| Readonly<{kind: 'other'}>;

export function headerValue(response: HttpResponse, name: string): string | undefined {
	const value = response.headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/** JSON when it parses (whatever the content type says), HTML when it looks like a page. */
export function readAnswer(response: HttpResponse): Answer {
	const text = response.body.toString('utf8').replace(/^\uFEFF/, '');
	const trimmed = text.trim();
	if (trimmed === '') return {kind: 'empty'};
	const contentType = headerValue(response, 'content-type')?.toLowerCase() ?? '';
	if (/^[{[]/.test(trimmed)) {
		try {
			return {kind: 'json', value: JSON.parse(trimmed) as unknown};
		} catch {
			// Falls through: may still be a page, or is reported as invalid JSON.
		}
	}
	if (contentType.includes('html') || /^<!doctype html|<html[\s>]/i.test(trimmed)) {
		return {kind: 'html', title: htmlTitle(trimmed)};
	}
	return {kind: 'other'};
}

function htmlTitle(html: string): string | undefined {
	const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
	if (!match?.[1]) return undefined;
	const title = printable(decodeEntities(match[1]));
	if (!title) return undefined;
	return title.length > 120 ? `${title.slice(0, 119)}…` : title;
}

/**
 * One line without control characters: server text goes to a terminal, and an escape sequence
 * in an error description must not move the cursor or retitle the window.
 */
export function printable(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
		if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10)) ?? whole;
		return entities[name.toLowerCase()] ?? whole;
	});
}

function safeCodePoint(code: number): string | undefined {
	return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Server text cut to one printable line of at most `max` characters; undefined when nothing is left. */
export function shortText(value: unknown, max = 300): string | undefined {
	if (typeof value !== 'string') return undefined;
	const clean = printable(value);
	if (!clean) return undefined;
	return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a redirect pointed, resolved against the request URL and scrubbed of the secret, for the message. */
export function redirectLocation(response: HttpResponse, context: Readonly<{url: string | URL; scrub: (text: string) => string}>): string | undefined {
	const raw = headerValue(response, 'location');
	if (!raw) return undefined;
	let resolved: string;
	try {
		resolved = new URL(raw, context.url).href;
	} catch {
		resolved = raw;
	}
	return context.scrub(printable(resolved));
}
