import type {Lang} from '../../i18n/lang.js';
import {formatExpiry, formatWhen, type TimeOptions} from '../../i18n/time.js';
import {wizardTextFor} from '../../i18n/text.js';
import {displayLine} from '../../text/display.js';
import type {ViewLine} from '../shared/line.js';
import type {SavedProfile} from '../shared/base.js';
import type {ProfilesState} from './state.js';
import {errorText} from '../../errors/app-error.js';

export type ProfileItem = Readonly<{
	/** The profile's name; empty for "new". */
	name: string;
	isHighlighted: boolean;
	/** "prod · Internal users · segura.example.com", or "New: …". */
	label: string;
	/** "last token 14:02, still valid · secret kept", shown under it; empty for "new". */
	detail: string;
}>;

export type ProfilesView = Readonly<{
	title: string;
	items: readonly ProfileItem[];
	/** The question, the progress or the failure of a removal. */
	status: ViewLine | undefined;
}>;

// Only a record of the last token is kept (its time, name, expiry and last four characters): the
// line says so, so nobody expects the token itself back.
function detailOf(profile: SavedProfile, lang: Lang, options: TimeOptions): string {
	const text = wizardTextFor(lang).profiles;
	const expiry = profile.lastExpiresAt ? formatExpiry(profile.lastExpiresAt, lang, options) : undefined;
	const token = profile.lastIssuedAt ? text.record(formatWhen(profile.lastIssuedAt, lang, options), expiry) : text.noToken;
	return [token, profile.hasSecret ? text.secretKept : undefined].filter(Boolean).join(' · ');
}

function statusOf(state: ProfilesState, lang: Lang): ViewLine | undefined {
	const text = wizardTextFor(lang).profiles;
	const {removal} = state;
	switch (removal.status) {
		case 'confirming':
			return {tone: 'warning', text: text.confirmRemove(displayLine(removal.name))};
		case 'running':
			return {tone: 'progress', text: text.removing(displayLine(removal.job.name))};
		case 'failed':
			return {tone: 'error', text: text.removeFailed(errorText(removal.error, lang).message)};
		default:
			return undefined;
	}
}

/** The picker: one item per profile and "new"; the face marks the highlighted one (not by colour alone). */
export function profilesView(state: ProfilesState, lang: Lang = state.lang, options: TimeOptions = {}): ProfilesView {
	const text = wizardTextFor(lang);
	const items: ProfileItem[] = state.profiles.map((profile, index) => ({
		name: profile.name,
		isHighlighted: index === state.highlight,
		label: [displayLine(profile.name), text.kinds[profile.kind], displayLine(profile.host)].join(' · '),
		detail: detailOf(profile, lang, options),
	}));
	items.push({name: '', isHighlighted: state.highlight === state.profiles.length, label: text.profiles.newProfile, detail: ''});
	return {title: text.profiles.title, items, status: statusOf(state, lang)};
}
