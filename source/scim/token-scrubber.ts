const mask = '••••';

// A JWT's parts are long random-looking strings; its header alone is not secret, but masking it
// costs nothing, and a part shorter than this could match ordinary words.
const minPartLength = 16;

/**
 * A function that masks the token in text that came back from the server: a server that echoes
 * the Authorization header (or one part of a JWT) must not make the tool print the token.
 */
export function tokenScrubber(token: string): (text: string) => string {
	if (!token) return text => text;
	const forms = new Set([token, encodeURIComponent(token), ...token.split('.').filter(part => part.length >= minPartLength)]);
	// Longest first, so a form that contains another is masked whole.
	const ordered = [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
	return text => {
		let result = text;
		for (const form of ordered) result = result.split(form).join(mask);
		return result;
	};
}
