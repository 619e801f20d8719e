// The two languages of every screen. Portuguese is the manual's own language.
export type Lang = 'en' | 'pt-BR';

export const languages: readonly Lang[] = ['en', 'pt-BR'];

/** A value written once per language: every user-facing string lives in one of these. */
export type Localized<T> = Readonly<Record<Lang, T>>;

/** What the user reads of an error: one sentence on what went wrong, one "try" line. */
export type ErrorText = Readonly<{message: string; hint?: string}>;

/** `--lang` wins; else the POSIX order LC_ALL, LC_MESSAGES, LANG; Portuguese for any pt_* locale. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
	if (flag !== undefined) {
		const chosen = parseLang(flag);
		if (chosen) return chosen;
	}
	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
		const value = env[name];
		if (value) return /^pt([_-]|$)/i.test(value) ? 'pt-BR' : 'en';
	}
	return 'en';
}

/** Accepts en, pt-BR, pt, pt_BR (any case); undefined for anything else. */
export function parseLang(value: string): Lang | undefined {
	const v = value.trim().toLowerCase().replace('_', '-');
	if (v === 'en' || v.startsWith('en-')) return 'en';
	if (v === 'pt' || v === 'pt-br') return 'pt-BR';
	return undefined;
}
