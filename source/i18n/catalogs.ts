import {en, type Catalog} from './en/index.js';
import {inEveryLanguage, type ErrorText, type Lang, type Localized} from './lang.js';
import {ptBR} from './pt-BR/index.js';

export type {Catalog} from './en/index.js';

/** Every language's catalog, all of one shape: the English one's (en/index.ts). */
export const catalogs: Readonly<Record<Lang, Catalog>> = {en, 'pt-BR': ptBR};

type Section = keyof Catalog;

/**
 * A text not worded yet: its place in the catalog ("netText.dns") and what fills it in. An error
 * carries one, and the face that shows the error words it in the user's language (`say`). A
 * parameter may be a message itself, or a value already worded per language: either is put in
 * the same language.
 */
export type Message = Readonly<{key: string; params: readonly unknown[]}>;

type Arg<T> = T extends string ? T | Message | Localized<string> : T;
type Messages<S> = {
	readonly [K in keyof S]: S[K] extends (...args: infer A) => unknown ? (...args: {[I in keyof A]: Arg<A[I]>}) => Message : Message;
};

function entry(lang: Lang, section: Section, name: string): unknown {
	return (catalogs[lang][section] as Readonly<Record<string, unknown>>)[name];
}

/** A section's entries as messages: `netText.dns(host)` is `{key: 'netText.dns', params: [host]}`. */
export function messages<S extends Section>(section: S): Messages<Catalog[S]> {
	const pairs = Object.entries(en[section]).map(([name, value]) => {
		const key = `${section}.${name}`;
		return [name, typeof value === 'function' ? (...params: unknown[]) => ({key, params}) : {key, params: []}];
	});
	return Object.fromEntries(pairs) as Messages<Catalog[S]>;
}

function wordedIn(param: unknown, lang: Lang): unknown {
	if (typeof param !== 'object' || param === null) return param;
	if ('key' in param && 'params' in param) return say(param as Message, lang).message;
	return lang in param ? (param as Localized<unknown>)[lang] : param;
}

/** A message worded in `lang`: a sentence, or a sentence and its "try" line. */
export function say(message: Message, lang: Lang): ErrorText {
	const [section, name] = message.key.split('.') as [Section, string];
	const params = message.params.map(param => wordedIn(param, lang));
	const value = entry(lang, section, name);
	const worded = typeof value === 'function' ? (value as (...args: unknown[]) => unknown)(...params) : value;
	return typeof worded === 'string' ? {message: worded} : (worded as ErrorText);
}

/** A whole section, per language: `wizardText[lang].steps`. */
export function sectionIn<S extends Section>(section: S): Localized<Catalog[S]> {
	return inEveryLanguage(lang => catalogs[lang][section]);
}

type PerEntry<S> = {
	readonly [K in keyof S]: Localized<S[K]> & (S[K] extends (...args: infer A) => infer R ? (...args: A) => Localized<R> : unknown);
};

/**
 * A section, entry by entry in every language: `traceText.dns[lang](host, address)`; an entry that
 * takes arguments can also be called first, `doctorText.heading(host)[lang]`.
 */
export function perEntry<S extends Section>(section: S): PerEntry<Catalog[S]> {
	const pairs = Object.entries(en[section]).map(([name, value]) => {
		const each = inEveryLanguage(lang => entry(lang, section, name));
		if (typeof value !== 'function') return [name, each];
		const call = (...args: unknown[]) => inEveryLanguage(lang => (entry(lang, section, name) as (...args: unknown[]) => unknown)(...args));
		return [name, Object.assign(call, each)];
	});
	return Object.fromEntries(pairs) as PerEntry<Catalog[S]>;
}
