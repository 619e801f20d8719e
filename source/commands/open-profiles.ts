import {findProfile} from '../profiles/profile-name.js';
import type {Profile} from '../profiles/profile.js';
import type {ProfileStore} from '../profiles/profile-store.js';
import type {CommandIo} from './command-io.js';

export type OpenProfiles = Readonly<{store: ProfileStore; profiles: readonly Profile[]}>;

/**
 * Opens the profile store and reads it once. The store sets an unusable file aside on that first
 * read (not on open), so only after it can the notice be said: on stderr, before anything else.
 */
export async function openProfiles(io: CommandIo): Promise<OpenProfiles> {
	const {openProfileStore} = await import('../profiles/profile-store.js');
	const store = await openProfileStore({env: io.env});
	const profiles = await store.list();
	if (store.notice) io.stderr.write(`${store.notice[io.lang]}\n`);
	return {store, profiles};
}

/** The named profile (any case), from what was read; a name that is not there is the store's ConfigError. */
export async function profileNamed({store, profiles}: OpenProfiles, name: string): Promise<Profile> {
	return findProfile(profiles, name) ?? store.get(name);
}
