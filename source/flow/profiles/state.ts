import type {Base, SavedProfile} from '../shared/base.js';
import type {Work} from '../shared/work.js';

/** Removing a profile: asked ("remove prod?"), then done by the store; the answer is the list left. */
export type Removal = Work<Readonly<{name: string}>, readonly SavedProfile[]> | Readonly<{status: 'confirming'; name: string}>;

/** Before step 1: the saved profiles, and "new". `highlight` = profiles.length is "new". */
export type ProfilesState = Base & Readonly<{step: 'profiles'; highlight: number; removal: Removal}>;
