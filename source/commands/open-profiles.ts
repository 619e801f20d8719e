import type {CommandIo} from '../cli/command-io.js';
import {notFound} from '../profiles/profile-edits.js';
import {findProfile} from '../profiles/profile-name.js';
import type {Profile} from '../profiles/profile.js';
import type {OpenedStore} from '../profiles/profile-store.js';

/** Opens the profile store; a file it had to move aside is said on stderr, before anything else. */
export async function openProfiles(io: CommandIo): Promise<OpenedStore> {
	const {openProfileStore} = await import('../profiles/profile-store.js');
	const opened = await openProfileStore({env: io.env});
	if (opened.notice) io.stderr.write(`${opened.notice[io.lang]}\n`);
	return opened;
}

/** The named profile (any case), from what was read; a name that is not there is a ConfigError. */
export function profileNamed(profiles: readonly Profile[], name: string): Profile {
	const found = findProfile(profiles, name);
	if (!found) throw notFound(name);
	return found;
}
