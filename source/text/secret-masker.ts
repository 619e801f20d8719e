/** What stands in for a masked part of a secret. */
export const maskMark = '••••';

/** A run of this many characters of a secret is masked wherever it shows up. */
export const minMaskedRun = 8;

const space = /\s/u;

/**
 * A function that masks, in text that came back from a server, every run of `minMaskedRun` or more
 * characters of any of `forms` (the secret as sent: raw, form-encoded, inside a Basic header).
 * White space is ignored on both sides, so an echo with spaces collapsed, added or turned into
 * line breaks is found too; and since any run is masked, not only the whole secret, cutting the
 * text short afterwards cannot leave a part of it readable. A form shorter than the run is
 * masked only whole. Runs as a single pass over the text, so a long answer costs little.
 */
export function secretMasker(forms: readonly string[]): (text: string) => string {
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

function withoutSpace(text: string): string {
	return text.replace(/\s+/gu, '');
}
