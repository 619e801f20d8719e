// The one place that knows the forms a secret travels in and masks them in text from outside:
// the error scrubbers (the client secret, the bearer token) and --verbose's Redactor all use it.

/** What stands in for a masked part of a secret. */
export const maskMark = '••••';

/** A run of this many characters of a secret is masked wherever it shows up. */
export const minMaskedRun = 8;

/** How many rounds of percent-decoding a text gets before it is searched again: a URL inside a URL inside a URL. */
const maxDecodings = 6;

const space = /\s/u;

/**
 * The forms one secret is sent or echoed in: as it is, form-encoded (RFC 6749 §2.3.1, spaces as
 * "+"), percent-encoded, and percent-decoded (a value read from a form). Encodings applied again
 * on top of these are found by secretMasker, which decodes the text it searches.
 */
export function secretForms(value: string): string[] {
	return [...new Set([value, percentDecode(value.replaceAll('+', ' ')), formEncode(value), encodeURIComponent(value)])].filter(form => form !== '');
}

/**
 * The forms of a client's credentials: the secret's, and the Basic header's base64 of "id:secret"
 * in both encodings a server may have been sent (RFC form-encoded, and raw as Postman sends it).
 */
export function credentialForms(clientId: string, clientSecret: string): string[] {
	if (!clientSecret) return [];
	const pairs = [`${formEncode(clientId)}:${formEncode(clientSecret)}`, `${clientId}:${clientSecret}`];
	return [...secretForms(clientSecret), ...pairs.map(pair => Buffer.from(pair, 'utf8').toString('base64'))];
}

/** Masks the client secret, in every form it was sent, in text that came back from the server. */
export function credentialScrubber(clientId: string, clientSecret: string): (text: string) => string {
	return secretMasker(credentialForms(clientId, clientSecret));
}

/** Masks the token in text that came back from the server: an echoed Authorization header, a part of a JWT. */
export function tokenScrubber(token: string): (text: string) => string {
	return secretMasker(token ? secretForms(token) : []);
}

/**
 * A function that masks, in text that came back from a server, every run of `minMaskedRun` or more
 * characters of any of `forms`. White space is ignored on both sides, so an echo with spaces
 * collapsed, added or turned into line breaks is found too; and since any run is masked, not only
 * the whole secret, cutting the text short afterwards cannot leave a part of it readable. A form
 * shorter than the run is masked only whole. A secret percent-encoded more times than its forms
 * (a redirect's Location that carries the request's form in its query) is found by decoding the
 * text again and again: the most decoded text that holds a secret is the one shown, masked. Each
 * form is known decoded as often too, so a secret sent less encoded is still found in that text.
 */
export function secretMasker(forms: readonly string[]): (text: string) => string {
	const known = new Set(forms);
	for (const form of forms) {
		for (let level = form, count = 0; count < maxDecodings; count++) {
			const decoded = percentDecode(level);
			if (decoded === level) break;
			known.add(decoded);
			level = decoded;
		}
	}
	const mask = runMasker([...known]);
	return text => {
		let shown = mask(text);
		for (let level = text, count = 0; count < maxDecodings; count++) {
			const decoded = percentDecode(level);
			if (decoded === level) break;
			const masked = mask(decoded);
			if (masked !== decoded) shown = masked;
			level = decoded;
		}
		return shown;
	};
}

/** The masking of one text, without decoding it. */
function runMasker(forms: readonly string[]): (text: string) => string {
	const skeletons = [...new Set(forms.map(form => withoutSpace(form)))].filter(form => form !== '');
	if (skeletons.length === 0) return text => text;
	const grams = new Set<string>();
	const shortForms: string[] = [];
	for (const form of skeletons) {
		if (form.length < minMaskedRun) shortForms.push(form);
		else for (let i = 0; i + minMaskedRun <= form.length; i++) grams.add(form.slice(i, i + minMaskedRun));
	}
	return text => {
		// The text without its white space, and where each of its characters was.
		const at: number[] = [];
		let skeleton = '';
		for (let i = 0; i < text.length; i++) {
			if (space.test(text[i]!)) continue;
			at.push(i);
			skeleton += text[i];
		}
		const hidden = new Uint8Array(skeleton.length);
		const hide = (from: number, length: number) => hidden.fill(1, from, from + length);
		for (let i = 0; i + minMaskedRun <= skeleton.length; i++) {
			if (grams.has(skeleton.slice(i, i + minMaskedRun))) hide(i, minMaskedRun);
		}
		for (const form of shortForms) {
			for (let i = skeleton.indexOf(form); i !== -1; i = skeleton.indexOf(form, i + 1)) hide(i, form.length);
		}
		if (!hidden.includes(1)) return text;
		// Each hidden stretch (with the white space inside it) becomes one mark.
		let out = '';
		let from = 0;
		for (let k = 0; k < skeleton.length; k++) {
			if (!hidden[k] || (k > 0 && hidden[k - 1])) continue;
			let end = k;
			while (end + 1 < skeleton.length && hidden[end + 1]) end++;
			out += text.slice(from, at[k]) + maskMark;
			from = at[end]! + 1;
		}
		return out + text.slice(from);
	};
}

/** application/x-www-form-urlencoded, as RFC 6749 §2.3.1 asks for the ID and secret in Basic. */
export function formEncode(value: string): string {
	return new URLSearchParams([['', value]]).toString().slice(1);
}

/** Every %XX escape decoded (UTF-8; a broken sequence as replacement characters); the rest as it is. */
export function percentDecode(text: string): string {
	return text.replace(/(?:%[\da-f]{2})+/gi, run => Buffer.from(run.replaceAll('%', ''), 'hex').toString('utf8'));
}

function withoutSpace(text: string): string {
	return text.replace(/\s+/gu, '');
}
