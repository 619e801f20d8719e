import path from 'node:path';
import {ConfigError, FileError} from '../errors/app-error.js';
import type {Localized} from '../i18n/lang.js';
import {profileErrorText, profileInvalidText, profileNoticeText} from '../i18n/text.js';
import type {LockOptions} from './file-lock.js';
import {moveAside} from './move-aside.js';
import type {Profile, ProfileInput, TokenRecord} from './profile.js';
import {notFound, recordEdit, removeEdit, renameEdit, saveAllEdit, saveEdit, type Edit, type Saved} from './profile-edits.js';
import {findProfile, printableName} from './profile-name.js';
import {openConf, writeProfiles} from './store-conf.js';
import {checkLocation, readStoreFile, type StoreFile} from './store-file.js';
import {storeError, underStoreLock} from './store-lock.js';
import {profileStorePaths, storePathsIn, type StorePaths} from './store-paths.js';
import {storeProblem} from './store-shape.js';

export type ProfileStoreOptions = Readonly<{
	/** Where to look for XDG_CONFIG_HOME and HOME; process.env by default. */
	env?: NodeJS.ProcessEnv;
	/** The directory that holds config.json, overriding the environment. */
	cwd?: string;
	/** The clock for backup names. */
	now?: () => Date;
	lock?: LockOptions;
}>;

/** The saved profiles: every read goes to the file, every change is a locked read-modify-write. */
export type ProfileStore = Readonly<{
	/** The config file: where a remembered secret sits, in plain text, mode 0600. */
	path: string;
	directory: string;
	list(): Promise<Profile[]>;
	/** Case-insensitive; ConfigError when there is none. */
	get(name: string): Promise<Profile>;
	find(name: string): Promise<Profile | undefined>;
	/** Adds or replaces the profile of that name; with isNew, an existing name is an error. */
	save(profile: ProfileInput, options?: {isNew?: boolean}): Promise<Profile>;
	/** Adds all of them in one write, or none (see saveAllEdit); with replace, an existing name is replaced. */
	saveAll(profiles: readonly ProfileInput[], options: {replace: boolean}): Promise<Saved[]>;
	remove(name: string): Promise<Profile>;
	rename(from: string, to: string): Promise<Profile>;
	/** Appends to the profile's history (metadata only). */
	recordToken(name: string, record: TokenRecord): Promise<void>;
}>;

/** What opening found: the store, the profiles read, and what became of a file that could not be used. */
export type OpenedStore = Readonly<{store: ProfileStore; profiles: readonly Profile[]; notice: Localized<string> | undefined}>;

type Context = Readonly<{paths: StorePaths; now: () => Date; lock: LockOptions | undefined}>;

/**
 * Opens the store and reads it once. A file that does not parse or fails the shape is moved aside
 * to config.json.bak-<time> (nothing lost), under the lock; the notice that says where it went is
 * part of the answer, so it can be shown before anything else. Nothing is read or created while
 * there is no file.
 */
export async function openProfileStore(options: ProfileStoreOptions = {}): Promise<OpenedStore> {
	const paths = options.cwd === undefined ? profileStorePaths(options.env ?? process.env) : storePathsIn(path.resolve(options.cwd));
	const context: Context = {paths, now: options.now ?? (() => new Date()), lock: options.lock};
	try {
		checkLocation(paths);
	} catch (error) {
		throw storeError(error, paths);
	}
	const {profiles, notice} = await settle(context);
	return {store: storeAt(context), profiles, notice};
}

function read(paths: StorePaths): StoreFile {
	try {
		return readStoreFile(paths);
	} catch (error) {
		throw storeError(error, paths);
	}
}

/** The file set aside, and the notice that says where. */
function setAside({paths, now}: Context, file: StoreFile & {kind: 'unusable'}): Localized<string> {
	return profileNoticeText.movedAside(moveAside(paths.file, file.original, now()), file.problem);
}

async function settle(context: Context): Promise<{profiles: Profile[]; notice?: Localized<string>}> {
	const found = read(context.paths);
	if (found.kind === 'absent') return {profiles: []};
	if (found.kind === 'usable') return {profiles: found.profiles};
	return underStoreLock(
		context.paths,
		() => {
			// Another process may have dealt with it meanwhile: judge it again, under the lock.
			const again = read(context.paths);
			if (again.kind === 'unusable') return {profiles: [], notice: setAside(context, again)};
			return {profiles: again.kind === 'usable' ? again.profiles : []};
		},
		context.lock,
	);
}

function storeAt(context: Context): ProfileStore {
	const {paths} = context;

	/** A file broken by someone else since the store was opened: set aside, and the user told by the error. */
	const brokenSince = (file: StoreFile & {kind: 'unusable'}) => new FileError(profileErrorText.brokenSince(setAside(context, file)), {reason: 'profile_store_io'});

	const profilesIn = (file: StoreFile): Profile[] => {
		if (file.kind === 'unusable') throw brokenSince(file);
		return file.kind === 'usable' ? file.profiles : [];
	};

	const list = async (): Promise<Profile[]> => {
		const found = read(paths);
		// Setting a file aside writes: under the lock, after a second look.
		return found.kind === 'unusable' ? underStoreLock(paths, () => profilesIn(read(paths)), context.lock) : profilesIn(found);
	};

	/** `edit` on the profiles as they are on disk now, under the lock, checked before it is written. */
	const change = async <T>(name: string, edit: Edit<T>): Promise<T> =>
		underStoreLock(
			paths,
			async () => {
				const {profiles, result} = edit(profilesIn(read(paths)));
				const problem = storeProblem({profiles});
				if (problem) throw new ConfigError(profileInvalidText.incomplete(printableName(name), problem), {reason: 'profile_invalid'});
				writeProfiles(await openConf(paths), profiles);
				return result;
			},
			context.lock,
		);

	return {
		path: paths.file,
		directory: paths.directory,
		list,
		get: async name => findProfile(await list(), name) ?? Promise.reject(notFound(name)),
		find: async name => findProfile(await list(), name),
		save: async (input, options) => change(input.name, saveEdit(input, options?.isNew === true)),
		saveAll: async (inputs, options) => change(inputs[0]?.name ?? '', saveAllEdit(inputs, options.replace)),
		remove: async name => change(name, removeEdit(name)),
		rename: async (from, to) => change(from, renameEdit(from, to)),
		recordToken: async (name, record) => change(name, recordEdit(name, record)),
	};
}
