import type {Profile, ProfileSettings} from '../profiles/profile.js';
import {profileSettings} from '../profiles/profile-edits.js';
import {storedFields} from '../model/configure-fields.js';

/** What a profile export says it is; an import refuses any other document. */
export const exportFormat = 'segura-token-profiles';

/** The export format's version: an import of a higher one is refused (a newer segura-token wrote it). */
export const exportVersion = 1;

/**
 * One profile as it travels: its settings (the values of the wizard's steps 1 to 3, its network
 * options, and the command that prints its secret, which is not the secret). Never the Client
 * Secret, never the token history (this machine's, not the profile's).
 */
export type ExportedProfile = ProfileSettings;

export type ExportDocument = Readonly<{format: typeof exportFormat; version: typeof exportVersion; profiles: readonly ExportedProfile[]}>;

/** The fields an exported profile has: the import accepts these and no other. */
export const exportedFields: ReadonlySet<string> = new Set<string>(['name', 'seguraUrl', 'baseUrl', 'tokenUrl', 'clientId', 'kind', ...storedFields, 'network', 'clientSecretCommand'] satisfies Array<keyof ExportedProfile>);

/** The document `profiles export` writes: built field by field, so nothing else of a profile can slip in. */
export function exportDocument(profiles: readonly Profile[]): ExportDocument {
	return {
		format: exportFormat,
		version: exportVersion,
		// Built field by field: no secret and no history can get in.
		profiles: profiles.map(profile => profileSettings(profile)),
	};
}
