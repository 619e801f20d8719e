import {catalogs} from '../../source/i18n/catalogs.js';
import type {Lang} from '../../source/i18n/lang.js';

// What a text function is called with: words, nothing, numbers, and a wizard issue, so that every
// branch that builds a sentence from its arguments gives one. The call is marked in the path: `()`
// for words, which stand for every argument a message is made from, `(none)`, `(2)`, `(issue)`.
const sampleArgs = ['VALOR', 2, ['spaces', 'quotes']];

/** Every string of a value: strings as they are, functions called with sample arguments, objects walked. */
function strings(value: unknown, path: string, out: Array<{path: string; text: string}>, depth = 0): void {
	if (depth > 8) return;
	if (typeof value === 'string') {
		out.push({path, text: value});
	} else if (typeof value === 'function') {
		const calls: ReadonlyArray<readonly [string, unknown[]]> = [
			['()', [sampleArgs[0], sampleArgs[0], sampleArgs[0]]],
			['(none)', []],
			['(2)', [sampleArgs[1], sampleArgs[1]]],
			['(issue)', [{code: 'x', removed: ['spaces', 'quotes'], detail: 'VALOR'}]],
		];
		for (const [label, args] of calls) {
			try {
				strings((value as (...args: unknown[]) => unknown)(...args), `${path}${label}`, out, depth + 1);
			} catch {
				// A function that needs other arguments: its other calls cover it.
			}
		}
	} else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, out, depth + 1);
	}
}

/** Everything the app can say in `lang`, with where it comes from: that language's catalog walked. */
export function catalogStrings(lang: Lang): Array<{path: string; text: string}> {
	const out: Array<{path: string; text: string}> = [];
	for (const [name, section] of Object.entries(catalogs[lang])) strings(section, name, out);
	return out;
}
