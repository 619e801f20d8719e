// The languages of every screen, each a folder of the catalog (i18n/en/, i18n/pt-BR/) checked
// against the English one. Portuguese is the manual's own language.
export const languages = ['en', 'pt-BR'] as const;

export type Lang = (typeof languages)[number];

/** A value written once per language: every user-facing string lives in one of these. */
export type Localized<T> = Readonly<Record<Lang, T>>;

/** What the user reads of an error: one sentence on what went wrong, one "try" line. */
export type ErrorText = Readonly<{message: string; hint?: string}>;

/** One value per language, made by `word`. */
export function inEveryLanguage<T>(word: (lang: Lang) => T): Localized<T> {
	return Object.fromEntries(languages.map(lang => [lang, word(lang)])) as Record<Lang, T>;
}

/** `--lang` wins; else the POSIX order LC_ALL, LC_MESSAGES, LANG; Portuguese for any pt_* locale. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
	if (flag !== undefined) {
		const chosen = parseLang(flag);
		if (chosen) return chosen;
	}
	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
		const value = env[name];
		if (value) return languages.find(lang => primary(lang) === primary(value)) ?? 'en';
	}
	return 'en';
}

/** The language part of a tag or a locale: "pt" of pt-BR, pt_BR.UTF-8 and pt. */
function primary(tag: string): string {
	return tag.toLowerCase().split(/[-_.@]/)[0] ?? '';
}

/** A language by its tag in any case, `_` for `-`, or its language part alone (en-GB, pt, pt_BR); undefined for anything else. */
export function parseLang(value: string): Lang | undefined {
	const v = value.trim().toLowerCase().replace('_', '-');
	return languages.find(lang => {
		const tag = lang.toLowerCase();
		return v === tag || v === primary(tag) || (!tag.includes('-') && v.startsWith(`${tag}-`));
	});
}
