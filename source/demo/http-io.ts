import type {IncomingMessage, OutgoingHttpHeaders, ServerResponse} from 'node:http';

export function sendJson(
	res: ServerResponse,
	status: number,
	body: unknown,
	contentType: string,
	headers: OutgoingHttpHeaders = {},
): void {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		...headers,
		'Content-Type': contentType,
		'Content-Length': Buffer.byteLength(text),
	});
	res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
	res.writeHead(status, {
		'Content-Type': 'text/html; charset=utf-8',
		'Content-Length': Buffer.byteLength(html),
	});
	res.end(html);
}

/** The request body as text, or undefined once it grows past the limit (the rest is discarded). */
export async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;
	let isTooLarge = false;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > limit) isTooLarge = true;
		if (!isTooLarge) chunks.push(chunk);
	}
	return isTooLarge ? undefined : Buffer.concat(chunks).toString('utf8');
}

/** The media type without parameters, lower-cased: `application/x-www-form-urlencoded; charset=UTF-8` → the first part. */
export function mediaType(header: string | undefined): string {
	return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
