import type {Lang} from '../i18n/lang.js';
import {wizardTextFor} from '../i18n/wizard.js';
import {displayLine} from '../text/display.js';
import {formatClock, type ViewOptions} from './format.js';
import {isoDay} from './configure-rules.js';
import type {ProfilesState, SavedProfile} from './state.js';

export type ProfileLine = Readonly<{
	name: string;
	isHighlighted: boolean;
	/** "▸ prod · Internal users · segura.example.com" */
	line: string;
	/** "last token 14:02, still valid · secret kept", shown under it; empty for "new". */
	detail: string;
}>;

export type ProfilesView = Readonly<{
	title: string;
	lines: readonly ProfileLine[];
	/** The question, the progress or the failure of a removal. */
	status: string | undefined;
}>;

function when(date: Date, today: string, lang: Lang, options: ViewOptions): string {
	const clock = formatClock(date, lang, options);
	return isoDay(date) === today ? clock : `${isoDay(date)} ${clock}`;
}

function detailOf(profile: SavedProfile, state: ProfilesState, lang: Lang, options: ViewOptions): string {
	const text = wizardTextFor(lang);
	const token = profile.lastIssuedAt
		? [text.profiles.issued(when(profile.lastIssuedAt, state.today, lang, options)), profile.isValid === undefined ? undefined : profile.isValid ? text.profiles.valid : text.profiles.expired]
				.filter(Boolean)
				.join(', ')
		: text.profiles.noToken;
	return [token, profile.hasSecret ? text.profiles.secretKept : undefined].filter(Boolean).join(' · ');
}

/** The picker: one line per profile and "new", the highlight marked with ▸ (not colour alone). */
export function profilesView(state: ProfilesState, lang: Lang = state.lang, options: ViewOptions = {}): ProfilesView {
	const text = wizardTextFor(lang);
	const lines = [
		...state.profiles.map((profile, index) => ({
			name: profile.name,
			text: [displayLine(profile.name), text.kinds[profile.kind], displayLine(profile.host)].join(' · '),
			detail: detailOf(profile, state, lang, options),
			index,
		})),
		{name: '', text: text.profiles.newProfile, detail: '', index: state.profiles.length},
	].map(item => {
		const isHighlighted = item.index === state.highlight;
		return {name: item.name, isHighlighted, line: `${isHighlighted ? '▸' : ' '} ${item.text}`, detail: item.detail};
	});
	const {removal} = state;
	const status =
		removal.status === 'confirming'
			? text.profiles.confirmRemove(removal.name)
			: removal.status === 'running'
				? text.profiles.removing(removal.name)
				: removal.status === 'failed'
					? `✖ ${text.profiles.removeFailed(removal.error.text[lang].message)}`
					: undefined;
	return {title: text.profiles.title, lines, status};
}
