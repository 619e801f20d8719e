import type {ProviderKind} from '../../model/provider-kind.js';

export const profileKindText = {
	internal: 'internal users',
	'third-party': 'third-party users',
};

/** For the 80-column table. */
export const profileKindShortText = {
	internal: 'internal',
	'third-party': 'third-party',
};

export const profileErrorText = {
	nameInvalid: (name: string) => ({
		message: `"${name}" is not a valid profile name: use letters, digits, "-", "_" and "." (1 to 64 characters).`,
		hint: 'For example: prod-internal.',
	}),
	nameTaken: (name: string) => ({
		message: `A profile named "${name}" already exists (names ignore upper and lower case).`,
		hint: 'Pick another name, or edit that profile.',
	}),
	notFound: (name: string) => ({
		message: `There is no profile named "${name}".`,
		hint: '`segura-token profiles list` shows the saved profiles.',
	}),
	locked: (lockPath: string) => ({
		message: 'The profiles file is busy: another segura-token is saving it.',
		hint: `Try again in a moment. If no other segura-token is running, delete the lock file ${lockPath}.`,
	}),
	io: (file: string, code: string, directory: string) => ({
		message: `Could not read or write the profiles file ${file} (${code}).`,
		hint: `Check the owner and permissions of ${directory}.`,
	}),
	notAFile: (file: string) => ({message: `The profiles file ${file} is not a file (it is a folder or a device).`, hint: `Move it out of the way (mv ${file} ${file}.old) and run the command again.`}),
	isLink: (path: string) => ({
		message: `${path} is a symbolic link; segura-token keeps its profiles only in a real file and folder of its own, and does not follow it.`,
		hint: `Remove the link (rm ${path}) and run the command again.`,
	}),
	newerFormat: (file: string, version: string) => ({
		message: `The profiles file ${file} was written by a newer segura-token (format ${version}); this one leaves it untouched.`,
		hint: 'Update segura-token.',
	}),
	usage: (problem: string, suggestion?: string) => ({message: problem, hint: suggestion ? `Did you mean "segura-token profiles ${suggestion}"?` : 'segura-token help profiles'}),
	/** The file broke while this run was using it: set aside, and nothing done this time. */
	brokenSince: (movedAside: string) => ({message: `${movedAside} (It was changed by another program while segura-token ran.)`, hint: 'Run the command again.'}),
};

export const profileUsageProblem = {
	unknownSubcommand: (word: string) => `Unknown profiles command "${word}".`,
	unknownOption: (option: string) => `Unknown option ${option}.`,
	arguments: (subcommand: 'list' | 'show' | 'remove' | 'rename') => `profiles ${subcommand} takes ${{list: 'no name', show: 'NAME', remove: 'NAME', rename: 'OLD NEW'}[subcommand]}.`,
};

export const profileNoticeText = {
	movedAside: (backupPath: string, why: 'parse' | 'schema') => `The profiles file ${why === 'parse' ? 'could not be read (it is not valid JSON)' : 'does not have the expected shape'}, so it was moved aside to ${backupPath}. Carrying on with no saved profiles; nothing was deleted.`,
};

export const profileSecretText = {
	remembered: (file: string) => `remembered, in plain text in ${file} (mode 0600: only you can read it)`,
	notRemembered: 'not remembered: asked each time (or taken from SEGURA_CLIENT_SECRET)',
	/** For the screen that offers to remember it, before the user answers. */
	offer: (file: string) => `If you remember the Client Secret, it is kept in plain text in ${file} (mode 0600: only you can read it). Anyone with your account or root can read it.`,
};

export const profileWarningText = {
	sameClientOtherKind: (profileName: string, savedKind: ProviderKind) => `The profile "${profileName}" has this same Client ID as a provider of ${profileKindText[savedKind]}. Each kind of provider has its own credentials: check that you copied them from the right provider.`,
};

export const profileListText = {
	empty: 'No saved profiles. Run segura-token to create one.',
	headers: {name: 'NAME', kind: 'KIND', host: 'HOST', issued: 'LAST TOKEN', status: 'STATUS'},
	never: 'never',
};

export const profileShowText = {
	labels: {
		profile: 'Profile',
		kind: 'Provider',
		seguraUrl: 'Segura URL',
		baseUrl: 'Base URL',
		tokenUrl: 'Token URL',
		clientId: 'Client ID',
		clientSecret: 'Client Secret',
		tokenName: 'Token Name',
		auth: 'Client Authentication',
		scope: 'Scope',
		params: 'Extra parameters',
		caFile: 'CA file',
		certificates: 'Certificate checks',
		history: 'Tokens issued',
		storedIn: 'Stored in',
	},
	auth: {
		basicRfc: 'Send as Basic Auth header (RFC 6749 encoding)',
		basicRaw: 'Send as Basic Auth header (raw, as Postman)',
		body: 'Send client credentials in body',
	},
	none: '(none)',
	certificatesOn: 'on',
	certificatesOff: 'OFF (--insecure): anyone on the path can read the secret',
	noTokens: 'none yet',
};

export const profileDoneText = {
	removed: (name: string) => `Profile "${name}" removed.`,
	renamed: (from: string, to: string) => `Profile "${from}" renamed to "${to}".`,
};

export const profileInvalidText = {
	/** `detail` is the schema's own wording: it names fields, never values. */
	incomplete: (name: string, detail: string) => ({
		message: `The profile "${name}" cannot be saved: ${detail}.`,
		hint: 'Fill in the Token URL and the Client ID, and check the extra parameters.',
	}),
};

// `profiles export`, `profiles import` and `profiles add`: moving profiles between machines
// (never with the Client Secret) and making one from options.

const importHint = 'Make the file with `segura-token profiles export NAME` and import it as it came out; nothing was written.';

/** "the import file's profiles[0] ("prod")": where in the file a problem is. */
function at(where: string): string {
	return `The import file: ${where}`;
}

export const transferErrorText = {
	tooLarge: (limit: string) => ({message: `The import file is larger than ${limit}: no profile export is that large.`, hint: importHint}),
	unreadable: (file: string, code: string) => ({message: `Cannot read the import file ${file} (${code}).`, hint: 'Give the path of the file `profiles export` wrote, or - for standard input.'}),
	notJson: {message: 'The import file is not JSON (or not UTF-8 text).', hint: importHint},
	notExport: {message: 'The import file is not a segura-token profile export (its "format" is not "segura-token-profiles").', hint: importHint},
	newerVersion: (version: string) => ({message: `The import file is version ${version} of the export format, written by a newer segura-token; this one reads version 1.`, hint: 'Update segura-token on this machine, then import again.'}),
	badVersion: {message: 'The import file has no usable "version" (a whole number).', hint: importHint},
	problem: (where: string, problem: string) => ({message: `${at(where)} ${problem}.`, hint: importHint}),
	holdsSecret: (where: string) => ({
		message: `${at(where)} holds a Client Secret; an export never carries one, and an import never takes one.`,
		hint: 'Remove clientSecret from the file, and give the secret on that machine (SEGURA_CLIENT_SECRET, --client-secret-stdin, or the wizard\'s "Remember secret").',
	}),
	exists: (names: readonly string[]) => ({
		message: `${names.length === 1 ? 'A profile named' : 'Profiles named'} ${names.map(name => `"${name}"`).join(', ')} already ${names.length === 1 ? 'exists' : 'exist'} here (names ignore upper and lower case); nothing was written.`,
		hint: 'Add --force to replace them (their token history stays), or --rename NEW to import a single profile under another name.',
	}),
	renameNeedsOne: (count: number) => ({message: `--rename names one profile, and the import file holds ${count}.`, hint: 'Export that profile alone (segura-token profiles export NAME), or leave --rename out.'}),
	missingAddValue: (flag: string) => ({message: `profiles add needs ${flag} (--base-url and --token-url default to Segura's paths on the Segura URL).`, hint: 'For example: segura-token profiles add NAME --segura-url URL --client-id ID --kind internal'}),
};

/** The words of a problem in the file, after "The import file: profiles[0] ("prod")". */
export const transferProblemText = {
	notObject: 'is not a JSON object',
	noProfiles: 'has no profiles (an empty list)',
	notList: 'is not a list',
	tooMany: (limit: number) => `holds more than ${limit} profiles`,
	unknownField: (field: string) => `has a field ${field} that a profile export does not have`,
	missingField: (field: string) => `has no ${field}`,
	notText: (field: string) => `${field} is not text`,
	empty: (field: string) => `${field} is empty`,
	tooLong: (field: string, limit: number) => `${field} is longer than ${limit} characters`,
	notBoolean: (field: string) => `${field} is not true or false`,
	notPairs: (field: string) => `${field} is not a list of [KEY, VALUE] pairs of text`,
	sameName: (name: string) => `names "${name}" twice (names ignore upper and lower case)`,
};

export const transferDoneText = {
	exported: (count: number, file: string) => `Exported ${count} ${count === 1 ? 'profile' : 'profiles'} to ${file} (without any Client Secret).`,
	added: (name: string, kind: ProviderKind, host: string) => `Added profile "${name}" (${profileKindText[kind]}, ${host}).`,
	replaced: (name: string, kind: ProviderKind, host: string) => `Replaced profile "${name}" (${profileKindText[kind]}, ${host}); its token history stays.`,
	secretKept: (name: string) => `"${name}" keeps the Client Secret it remembered here (same Client ID and Token URL).`,
	noSecret: 'No Client Secret travels with a profile: give it here with SEGURA_CLIENT_SECRET or --client-secret-stdin, or remember it in the wizard.',
	caFileMissing: (name: string, file: string) => `The CA file of "${name}", ${file}, is not on this machine: copy it there, or add the profile again with --ca FILE.`,
	proposed: (flag: string, value: string) => `${flag} not given: Segura's documented path on the Segura URL, ${value}.`,
};

export const transferUsageProblem = {
	arguments: (subcommand: 'export' | 'import' | 'add') => `profiles ${subcommand} takes ${{export: 'one NAME or more', import: 'one FILE (- for standard input)', add: 'one NAME'}[subcommand]}.`,
	option: (option: string, subcommand: string) => `--${option} does not go with profiles ${subcommand}.`,
};
