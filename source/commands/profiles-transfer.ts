import {existsSync} from 'node:fs';
import path from 'node:path';
import type {CommandIo} from '../cli/command-io.js';
import {warn} from '../cli/report.js';
import {ConfigError} from '../errors/app-error.js';
import type {Localized} from '../i18n/lang.js';
import {transferDoneText, transferErrorText} from '../i18n/text.js';
import {secretCommandProfileText} from '../i18n/text.js';
import {readPemCertificates} from '../net/trusted-cas.js';
import type {Profile} from '../profiles/profile.js';
import {assertProfileName, findProfile, printableName} from '../profiles/profile-name.js';
import {displayLine, safeJson} from '../text/display.js';
import {exportDocument} from '../transfer/export-document.js';
import {readImportDocument} from '../transfer/import-document.js';
import {checkProfileValues, type ValueSources} from '../transfer/profile-values.js';
import {readImportText} from '../transfer/read-import.js';
import {urlHost} from '../url/url-host.js';
import {openProfiles, profileNamed} from './open-profiles.js';

/** The options of `profiles` these subcommands read (parsed with profilesOptions and the common ones). */
export type TransferValues = Readonly<{
	output?: string;
	force?: boolean;
	rename?: string;
	'segura-url'?: string;
	'base-url'?: string;
	'token-url'?: string;
	'client-id'?: string;
	kind?: string;
	'token-name'?: string;
	auth?: string;
	encoding?: string;
	scope?: string;
	param?: string[];
	'client-secret-command'?: string;
	ca?: string;
	insecure?: boolean;
}>;

function say(io: CommandIo, text: Localized<string>): void {
	io.stderr.write(`${text[io.lang]}\n`);
}

/**
 * `profiles export NAME...`: the profiles as a versioned JSON document (exportDocument: never a
 * Client Secret), on stdout, or in a file of mode 0600 with --output (kept unless --force).
 */
export async function exportProfiles(names: readonly string[], values: TransferValues, io: CommandIo): Promise<number> {
	const {profiles} = await openProfiles(io);
	const chosen: Profile[] = [];
	for (const name of names) {
		const profile = profileNamed(profiles, name);
		if (!chosen.includes(profile)) chosen.push(profile);
	}
	const json = safeJson(exportDocument(chosen), 2);
	if (values.output === undefined) {
		io.stdout.write(`${json}\n`);
		return 0;
	}
	// As a token file: 0600, no symbolic link, an existing file kept unless --force.
	const {writePrivateFile} = await import('../io/private-file.js');
	await writePrivateFile(values.output, json, {overwrite: values.force === true});
	say(io, transferDoneText.exported(chosen.length, displayLine(values.output, 200)));
	return 0;
}

/**
 * `profiles import FILE|- [--rename NEW] [--force]`: the whole file checked first (its shape, then
 * each profile by the wizard's rules, then the names against the saved ones), and written in one
 * change or not at all; then what was added or replaced is said.
 */
export async function importProfiles(file: string, values: TransferValues, io: CommandIo): Promise<number> {
	if (values.rename !== undefined) assertProfileName(values.rename);
	const found = readImportDocument(await readImportText(file, io.stdin, io.signal));
	if (values.rename !== undefined && found.length !== 1) throw new ConfigError(transferErrorText.renameNeedsOne(found.length), {reason: 'usage'});
	const {store, profiles} = await openProfiles(io);
	const checked = found.map(({values: given, where}) =>
		checkProfileValues(values.rename === undefined ? given : {...given, name: values.rename}, sourcesIn(where), profiles),
	);
	const clashes = checked.flatMap(({input}) => findProfile(profiles, input.name)?.name ?? []);
	if (clashes.length > 0 && values.force !== true) {
		throw new ConfigError(transferErrorText.exists(clashes.map(name => printableName(name))), {reason: 'profile_exists'});
	}
	const saved = await store.saveAll(
		checked.map(({input}) => input),
		{replace: values.force === true},
	);
	for (const {notes} of checked) for (const note of notes) warn(io, note);
	for (const {profile, replaced, keptSecret} of saved) {
		const host = displayLine(urlHost(profile.tokenUrl), 100);
		say(io, (replaced ? transferDoneText.replaced : transferDoneText.added)(printableName(profile.name), profile.kind, host));
		if (keptSecret) say(io, transferDoneText.secretKept(printableName(profile.name)));
		else sayCommand(io, profile);
		const caFile = profile.network.caFile;
		if (caFile && !existsSync(caFile)) warn(io, transferDoneText.caFileMissing(printableName(profile.name), displayLine(caFile, 200)));
	}
	if (saved.some(({profile, keptSecret}) => !keptSecret && !profile.clientSecretCommand)) say(io, transferDoneText.noSecret);
	return 0;
}

/**
 * `profiles add NAME --segura-url URL --client-id ID --kind KIND [...]`: a profile from options,
 * held to the same rules as the wizard's steps 1 to 3; --ca must be a PEM file (its full path is
 * kept), --insecure is kept as the profile's. A name that exists is refused.
 */
export async function addProfile(name: string, values: TransferValues, io: CommandIo): Promise<number> {
	for (const [option, given] of [['--segura-url', values['segura-url']], ['--client-id', values['client-id']], ['--kind', values.kind]] as const) {
		if (given === undefined) throw new ConfigError(transferErrorText.missingAddValue(option), {reason: 'usage'});
	}
	if (values.ca !== undefined) await readPemCertificates(values.ca, '--ca');
	const {store, profiles} = await openProfiles(io);
	const {input, notes, proposed} = checkProfileValues(
		{
			name,
			seguraUrl: values['segura-url'] ?? '',
			...(values['base-url'] === undefined ? {} : {baseUrl: values['base-url']}),
			...(values['token-url'] === undefined ? {} : {tokenUrl: values['token-url']}),
			clientId: values['client-id'] ?? '',
			kind: values.kind ?? '',
			...(values['token-name'] === undefined ? {} : {tokenName: values['token-name']}),
			...(values.auth === undefined ? {} : {auth: values.auth}),
			...(values.encoding === undefined ? {} : {encoding: values.encoding}),
			...(values.scope === undefined ? {} : {scope: values.scope}),
			...(values.param === undefined ? {} : {params: values.param}),
			...(values.ca === undefined ? {} : {caFile: path.resolve(values.ca)}),
			...(values.insecure ? {insecure: true} : {}),
			...(values['client-secret-command'] === undefined ? {} : {clientSecretCommand: values['client-secret-command']}),
		},
		flagSources,
		profiles,
	);
	const saved = await store.save(input, {isNew: true});
	for (const said of proposed) say(io, said);
	for (const note of notes) warn(io, note);
	say(io, transferDoneText.added(printableName(saved.name), saved.kind, displayLine(urlHost(saved.tokenUrl), 100)));
	if (saved.clientSecretCommand) sayCommand(io, saved);
	else say(io, transferDoneText.noSecret);
	return 0;
}

/** For a profile that reads its secret from a command: that it does, and which command. */
function sayCommand(io: CommandIo, profile: Profile): void {
	if (profile.clientSecretCommand) say(io, secretCommandProfileText.added(printableName(profile.name), displayLine(profile.clientSecretCommand, 200)));
}

const flagSources: ValueSources = {
	seguraUrl: '--segura-url',
	baseUrl: '--base-url',
	tokenUrl: '--token-url',
	clientId: '--client-id',
	kind: '--kind',
	tokenName: '--token-name',
	auth: '--auth',
	encoding: '--encoding',
	scope: '--scope',
	params: '--param',
	caFile: '--ca',
	clientSecretCommand: '--client-secret-command',
};

/** Each value named by its place in the import file: profiles[0] ("prod").tokenUrl. */
function sourcesIn(where: string): ValueSources {
	const at = (field: string) => `${where}.${field}`;
	return {
		seguraUrl: at('seguraUrl'),
		baseUrl: at('baseUrl'),
		tokenUrl: at('tokenUrl'),
		clientId: at('clientId'),
		kind: at('kind'),
		tokenName: at('tokenName'),
		auth: at('auth'),
		encoding: at('encoding'),
		scope: at('scope'),
		params: at('params'),
		caFile: at('network.caFile'),
		clientSecretCommand: at('clientSecretCommand'),
	};
}
