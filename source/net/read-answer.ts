import {displayLine} from '../text/display.js';
import type {HttpResponse} from './http-exchange.js';

/** What a response body turned out to be. `title` and every string inside `value` are raw server text. */
export type Answer =
	| Readonly<{kind: 'json'; value: unknown}>
	| Readonly<{kind: 'html'; title: string | undefined}>
	| Readonly<{kind: 'empty'}>
	| Readonly<{kind: 'other'}>;

/** Masks a secret (the client secret, the bearer token) in text a server sent back. */
export type Scrub = (text: string) => string;

export function headerValue(response: HttpResponse, name: string): string | undefined {
	const value = response.headers[name];
	return Array.isArray(value) ? value[0] : value;
}

const utf8 = new TextDecoder('utf-8', {fatal: true});

/** Whether the body is well-formed UTF-8, which a JSON answer must be (RFC 8259 §8.1). */
export function isUtf8(body: Buffer): boolean {
	try {
		utf8.decode(body);
		return true;
	} catch {
		return false;
	}
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
	const title = decodeEntities(match[1]).trim();
	return title === '' ? undefined : title;
}

// A Map: the name is the server's text ("&constructor;" is no entity).
const entities: ReadonlyMap<string, string> = new Map([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
	['nbsp', ' '],
]);

function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
		if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10)) ?? whole;
		return entities.get(name.toLowerCase()) ?? whole;
	});
}

function safeCodePoint(code: number): string | undefined {
	return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/**
 * Server text as one line fit for a terminal and a message: the secret masked first, on the raw
 * text (so neither collapsing its white space nor cutting it short can reveal a part of it), then
 * sanitised and cut to `max` characters. Undefined when it is not a string or nothing is left.
 */
export function serverLine(value: unknown, scrub: Scrub, max = 300): string | undefined {
	if (typeof value !== 'string') return undefined;
	const line = displayLine(scrub(value), max);
	return line === '' ? undefined : line;
}

/** A non-empty string, as the server wrote it; undefined for anything else. */
export function rawText(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a redirect pointed, resolved against the request URL, as a safe line with the secret masked. */
export function redirectLocation(response: HttpResponse, context: Readonly<{url: string | URL; scrub: Scrub}>): string | undefined {
	const raw = headerValue(response, 'location');
	if (!raw) return undefined;
	let resolved: string;
	try {
		resolved = new URL(raw, context.url).href;
	} catch {
		resolved = raw;
	}
	return serverLine(resolved, context.scrub);
}
