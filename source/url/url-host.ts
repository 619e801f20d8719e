/** The host (and port) of a URL as typed, or the text itself when it is not a URL. */
export function urlHost(url: string): string {
	try {
		return new URL(url).host || url;
	} catch {
		return url;
	}
}
