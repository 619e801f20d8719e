/** "https://user:pass@host/x" as "https://host/x": a URL in a message must not show a password. */
export function withoutUserInfo(text: string): string {
	return text.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/?#]*@/i, '$1');
}
