import type {Lang} from '../i18n/lang.js';
import type {CopyState} from './copy/state.js';
import type {FetchState} from './fetch/state.js';
import type {ViewLine} from './shared/line.js';
import {practiceLines, profileLines} from './shared/profile-notes.js';

/**
 * What the Fetch and Copy screens say about the profile in use, whatever the face. `practice`:
 * in `demo`, that the practice server moved or filled in its own secret (said from the moment
 * the profile is picked); `profile`: once the token is shown, the values it does not keep (s) and
 * what became of saving them.
 */
export function profileNotes(state: FetchState | CopyState, lang: Lang = state.lang): Readonly<{practice: readonly ViewLine[]; profile: readonly ViewLine[]}> {
	const isTokenShown = state.step === 'copy' ? state.phase === 'shown' : state.call.status === 'done';
	return {practice: practiceLines(state, lang), profile: profileLines(state, lang, isTokenShown)};
}
