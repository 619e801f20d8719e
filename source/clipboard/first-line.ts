const maxLength = 200;

/**
 * The first non-empty line of a tool's stderr, short enough for a screen. Any occurrence of the
 * copied text is cut out: no tool should echo its stdin, but a token must never reach the screen.
 */
export function firstLine(stderr: string, secret: string): string | undefined {
	const line = stderr
		.split(/\r?\n/)
		.map(part => part.trim())
		.find(part => part !== '');
	if (line === undefined) return undefined;
	const safe = secret === '' ? line : line.split(secret).join('…');
	return safe.length > maxLength ? `${safe.slice(0, maxLength)}…` : safe;
}
