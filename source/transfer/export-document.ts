import type {Profile} from '../profiles/profile.js';

/** What a profile export says it is; an import refuses any other document. */
export const exportFormat = 'segura-token-profiles';

/** The export format's version: an import of a higher one is refused (a newer segura-token wrote it). */
export const exportVersion = 1;

/**
 * One profile as it travels: the values of the wizard's steps 1 to 3 and its network options.
 * Never the Client Secret, never the token history (this machine's, not the profile's).
 */
export type ExportedProfile = Readonly<{
	name: string;
	seguraUrl: string;
	baseUrl: string;
	tokenUrl: string;
	clientId: string;
	kind: Profile['kind'];
	tokenName: string;
	auth: Profile['auth'];
	encoding: Profile['encoding'];
	scope: string;
	params: ReadonlyArray<readonly [string, string]>;
	network: Readonly<{caFile?: string; insecure?: boolean}>;
}>;

export type ExportDocument = Readonly<{format: typeof exportFormat; version: typeof exportVersion; profiles: readonly ExportedProfile[]}>;

/** The fields an exported profile has: the import accepts these and no other. */
export const exportedFields: ReadonlySet<string> = new Set<keyof ExportedProfile>(['name', 'seguraUrl', 'baseUrl', 'tokenUrl', 'clientId', 'kind', 'tokenName', 'auth', 'encoding', 'scope', 'params', 'network']);

/** The document `profiles export` writes: built field by field, so nothing else of a profile can slip in. */
export function exportDocument(profiles: readonly Profile[]): ExportDocument {
	return {
		format: exportFormat,
		version: exportVersion,
		profiles: profiles.map(profile => ({
			name: profile.name,
			seguraUrl: profile.seguraUrl,
			baseUrl: profile.baseUrl,
			tokenUrl: profile.tokenUrl,
			clientId: profile.clientId,
			kind: profile.kind,
			tokenName: profile.tokenName,
			auth: profile.auth,
			encoding: profile.encoding,
			scope: profile.scope,
			params: profile.params.map(([key, value]) => [key, value] as const),
			network: {...(profile.network.caFile ? {caFile: profile.network.caFile} : {}), ...(profile.network.insecure ? {insecure: true} : {})},
		})),
	};
}
