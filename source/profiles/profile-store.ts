import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import {ConfigError} from '../errors.js';
import type {Localized} from '../i18n/lang.js';
import {profileErrorText, profileInvalidText, profileNoticeText} from '../i18n/profiles.js';
import {LockTimeoutError, withFileLock, type LockOptions} from './file-lock.js';
import {moveAside} from './move-aside.js';
import {historyLimit, type Profile, type ProfileInput, type TokenRecord} from './profile.js';
import {assertProfileName, findProfile, printableName, sameProfileName} from './profile-name.js';
import {storeMigrations} from './store-migrations.js';
import {profileStorePaths, projectName, storePathsIn, type StorePaths} from './store-paths.js';
import {storeFormatVersion, storeSchema, type StoreData} from './store-schema.js';

export type ProfileStoreOptions = Readonly<{
	/** Where to look for XDG_CONFIG_HOME and HOME; process.env by default. */
	env?: NodeJS.ProcessEnv;
	/** The directory that holds config.json, overriding the environment. */
	cwd?: string;
	/** The clock for backup names. */
	now?: () => Date;
	lock?: LockOptions;
}>;

export type ProfileStore = {
	/** The config file: where a remembered secret sits, in plain text, mode 0600. */
	readonly path: string;
	readonly directory: string;
	/** Set when an unusable file was moved aside: the UI must show it. */
	readonly notice: Localized<string> | undefined;
	list(): Promise<Profile[]>;
	/** Case-insensitive; ConfigError when there is none. */
	get(name: string): Promise<Profile>;
	find(name: string): Promise<Profile | undefined>;
	/**
	 * Adds the profile, or replaces the one of that name (case-insensitively; the new spelling wins).
	 * With isNew, an existing name is a ConfigError instead. The history is the store's: kept.
	 */
	save(profile: ProfileInput, options?: {isNew?: boolean}): Promise<Profile>;
	remove(name: string): Promise<Profile>;
	rename(from: string, to: string): Promise<Profile>;
	/** Appends to the profile's history, keeping the last `historyLimit` entries. */
	recordToken(name: string, record: TokenRecord): Promise<void>;
};

type ConfClass = typeof Conf<StoreData>;
type Problem = 'parse' | 'schema';

class UnusableStoreError extends Error {
	constructor(readonly problem: Problem) {
		super(`unusable profiles file (${problem})`);
	}
}

/**
 * The saved profiles, in conf's file. Every read goes to the file (conf re-reads it each time);
 * every change is a read-modify-write under a lock file, so two processes saving different
 * profiles both keep theirs; conf writes through a temp file and a rename, so a crash mid-save
 * leaves the previous file whole. A file that does not parse or fails the schema is moved aside
 * to config.json.bak-<time> and the store carries on empty, with a notice saying where.
 *
 * conf (and ajv with it) is loaded only once there is a file to read or a change to write: a first
 * run with no profiles does not pay for it.
 */
export async function openProfileStore(options: ProfileStoreOptions = {}): Promise<ProfileStore> {
	const paths =
		options.cwd === undefined
			? profileStorePaths(options.env ?? process.env)
			: storePathsIn(path.resolve(options.cwd));
	const now = options.now ?? (() => new Date());
	checkLocation(paths);
	let conf: Conf<StoreData> | undefined;
	let notice: Localized<string> | undefined;

	const locked = async <T>(critical: () => T): Promise<T> => {
		try {
			ensureDirectory(paths.directory);
			return await withFileLock(paths.lockFile, critical, options.lock);
		} catch (error) {
			throw asConfigError(error, paths);
		}
	};

	const setAside = (original: Buffer | undefined, problem: Problem): void => {
		if (original === undefined) return;
		const backup = moveAside(paths.file, original, now());
		notice = profileNoticeText.movedAside(backup, problem);
	};

	/** Under the lock: the checks conf cannot make, then conf itself (which migrates). */
	const openLocked = (ConfClass: ConfClass): Conf<StoreData> => {
		const original = readIfExists(paths.file);
		if (original !== undefined) {
			const problem = precheck(original, paths.file);
			if (problem) setAside(original, problem);
			else restrictMode(paths.file);
		}
		try {
			const opened = construct(ConfClass, paths);
			readProfiles(opened);
			return opened;
		} catch (error) {
			const problem = problemOf(error);
			if (!problem || !fs.existsSync(paths.file)) throw error;
			setAside(original ?? fs.readFileSync(paths.file), problem);
			return construct(ConfClass, paths);
		}
	};

	/** Under the lock: the profiles as they are on disk now, setting an unusable file aside. */
	const currentLocked = (ConfClass: ConfClass): {opened: Conf<StoreData>; profiles: Profile[]} => {
		let opened = (conf ??= openLocked(ConfClass));
		try {
			return {opened, profiles: readProfiles(opened)};
		} catch (error) {
			const problem = problemOf(error);
			if (!problem) throw error;
			setAside(readIfExists(paths.file), problem);
			opened = conf = construct(ConfClass, paths);
			return {opened, profiles: []};
		}
	};

	/**
	 * A file already in this release's format opens without the lock: conf then only reads. A
	 * migration or a repair writes, so those wait for it.
	 */
	const openForReading = async (): Promise<void> => {
		const ConfClass = await loadConf();
		const original = readIfExists(paths.file);
		if (original === undefined) return;
		if (formatVersion(original) === storeFormatVersion) {
			try {
				const opened = construct(ConfClass, paths);
				readProfiles(opened);
				conf ??= opened;
				return;
			} catch (error) {
				if (!problemOf(error)) throw asConfigError(error, paths);
			}
		}
		await locked(() => void (conf ??= openLocked(ConfClass)));
	};

	const read = async (): Promise<Profile[]> => {
		if (conf === undefined) {
			if (!fs.existsSync(paths.file)) return [];
			await openForReading().catch(error => {
				throw asConfigError(error, paths);
			});
		}
		const opened = conf;
		if (!opened || !fs.existsSync(paths.file)) return [];
		try {
			return readProfiles(opened);
		} catch (error) {
			if (!problemOf(error)) throw asConfigError(error, paths);
			// Another program broke the file since it was opened.
			const ConfClass = await loadConf();
			return locked(() => currentLocked(ConfClass).profiles);
		}
	};

	/** `name` is the profile being changed, for the message when the result fails the schema. */
	const change = async <T>(
		name: string,
		edit: (profiles: Profile[]) => {profiles: Profile[]; result: T},
	): Promise<T> => {
		const ConfClass = await loadConf();
		return locked(() => {
			const {opened, profiles} = currentLocked(ConfClass);
			const {profiles: next, result} = edit(profiles);
			try {
				atomically(() => opened.set('profiles', next));
			} catch (error) {
				const detail = schemaDetail(error);
				if (detail === undefined) throw error;
				throw new ConfigError(profileInvalidText.incomplete(printableName(name), detail), {
					reason: 'profile_invalid',
				});
			}
			return result;
		});
	};

	const get = async (name: string): Promise<Profile> => {
		const found = findProfile(await read(), name);
		if (!found) throw notFound(name);
		return found;
	};

	return {
		path: paths.file,
		directory: paths.directory,
		get notice() {
			return notice;
		},
		list: read,
		get,
		find: async name => findProfile(await read(), name),
		save: async (input, saveOptions) => {
			assertProfileName(input.name);
			return change(input.name, profiles => {
				const index = profiles.findIndex(p => sameProfileName(p.name, input.name));
				const existing = profiles[index];
				if (existing && saveOptions?.isNew) {
					throw new ConfigError(profileErrorText.nameTaken(existing.name), {reason: 'profile_exists'});
				}
				const profile = cleanProfile({...input, history: existing?.history ?? input.history ?? []});
				const next = [...profiles];
				if (existing) next[index] = profile;
				else next.push(profile);
				return {profiles: next, result: profile};
			});
		},
		remove: async name =>
			change(name, profiles => {
				const found = findProfile(profiles, name);
				if (!found) throw notFound(name);
				return {profiles: profiles.filter(p => p !== found), result: found};
			}),
		rename: async (from, to) => {
			assertProfileName(to);
			return change(from, profiles => {
				const found = findProfile(profiles, from);
				if (!found) throw notFound(from);
				assertProfileName(to, profiles, found.name);
				const renamed = {...found, name: to};
				return {profiles: profiles.map(p => (p === found ? renamed : p)), result: renamed};
			});
		},
		recordToken: async (name, record) =>
			change(name, profiles => {
				const found = findProfile(profiles, name);
				if (!found) throw notFound(name);
				const history = [...found.history, cleanRecord(record)].slice(-historyLimit);
				const updated = {...found, history};
				return {profiles: profiles.map(p => (p === found ? updated : p)), result: undefined};
			}),
	};
}

let confClass: Promise<ConfClass> | undefined;

function loadConf(): Promise<ConfClass> {
	confClass ??= import('conf').then(module => module.default as ConfClass);
	return confClass;
}

function construct(ConfClass: ConfClass, paths: StorePaths): Conf<StoreData> {
	// Migrations write.
	const opened = atomically(() => new ConfClass({
		projectName,
		projectSuffix: '',
		cwd: paths.directory,
		configName: 'config',
		configFileMode: 0o600,
		schema: storeSchema,
		projectVersion: storeFormatVersion,
		migrations: storeMigrations,
		// Never conf's silent reset: an unusable file is moved aside, and the user told.
		clearInvalidConfig: false,
		accessPropertiesByDotNotation: false,
		// The schema is a constant (a test validates it against the meta-schema): skipping that
		// check and ajv's code optimiser cuts opening from ~80 ms to ~25 ms here.
		ajvOptions: {validateSchema: false, code: {optimize: false}},
	}));
	restrictMode(paths.file);
	return opened;
}

/**
 * conf writes through a temp file and a rename, except when SNAP is set (a workaround for
 * Electron apps confined by Snap), and Node installed from the Snap store sets SNAP: a crash
 * would then truncate the file. Hide it for the length of a synchronous write.
 */
function atomically<T>(write: () => T): T {
	const snap = process.env['SNAP'];
	if (snap === undefined) return write();
	delete process.env['SNAP'];
	try {
		return write();
	} finally {
		process.env['SNAP'] = snap;
	}
}

/** Reads and checks what the schema cannot say: names unique ignoring case. */
function readProfiles(opened: Conf<StoreData>): Profile[] {
	const profiles = opened.store.profiles ?? [];
	const seen = new Set<string>();
	for (const profile of profiles) {
		const key = profile.name.toLowerCase();
		if (seen.has(key)) throw new UnusableStoreError('schema');
		seen.add(key);
	}
	return profiles;
}

/**
 * What must be caught before conf sees the file: JSON that is not an object (conf would merge
 * `[1]` or `null` into an empty store and write over it), and a file from a newer release (conf
 * would stamp it with this older version and rewrite it).
 */
function precheck(original: Buffer, file: string): Problem | undefined {
	let data: unknown;
	try {
		data = JSON.parse(original.toString('utf8'));
	} catch {
		return 'parse';
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'schema';
	const internal = (data as {__internal__?: {migrations?: {version?: unknown}}}).__internal__;
	const version = internal?.migrations?.version;
	if (typeof version === 'string' && compareVersions(version, storeFormatVersion) > 0) {
		throw new ConfigError(profileErrorText.newerFormat(file, version), {reason: 'profile_store_newer'});
	}
	return undefined;
}

function formatVersion(original: Buffer): string | undefined {
	try {
		const version = JSON.parse(original.toString('utf8'))?.__internal__?.migrations?.version;
		return typeof version === 'string' ? version : undefined;
	} catch {
		return undefined;
	}
}

function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(n => Number.parseInt(n, 10) || 0);
	const pb = b.split('.').map(n => Number.parseInt(n, 10) || 0);
	for (let i = 0; i < 3; i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

function problemOf(error: unknown): Problem | undefined {
	if (error instanceof UnusableStoreError) return error.problem;
	if (error instanceof SyntaxError) return 'parse';
	if (schemaDetail(error) !== undefined) return 'schema';
	if (error instanceof Error && error.message.startsWith('Something went wrong during the migration')) {
		return 'schema';
	}
	return undefined;
}

const violationPrefix = 'Config schema violation: ';

function schemaDetail(error: unknown): string | undefined {
	if (!(error instanceof Error) || !error.message.startsWith(violationPrefix)) return undefined;
	return error.message.slice(violationPrefix.length);
}

function notFound(name: string): ConfigError {
	return new ConfigError(profileErrorText.notFound(printableName(name)), {reason: 'profile_not_found'});
}

/** Exactly the schema's fields, in a stable order: a caller's extra state never reaches the file. */
function cleanProfile(input: ProfileInput & {history: readonly TokenRecord[]}): Profile {
	const network: {caFile?: string; insecure?: boolean} = {};
	if (input.network.caFile) network.caFile = input.network.caFile;
	if (input.network.insecure) network.insecure = true;
	const profile: Profile = {
		name: input.name,
		seguraUrl: input.seguraUrl,
		baseUrl: input.baseUrl,
		tokenUrl: input.tokenUrl,
		clientId: input.clientId,
		...(input.clientSecret ? {clientSecret: input.clientSecret} : {}),
		kind: input.kind,
		tokenName: input.tokenName,
		auth: input.auth,
		encoding: input.encoding,
		scope: input.scope,
		params: input.params.map(([key, value]) => [key, value] as const),
		network,
		history: input.history.slice(-historyLimit).map(record => cleanRecord(record)),
	};
	return profile;
}

function cleanRecord(record: TokenRecord): TokenRecord {
	const clean = {issuedAt: record.issuedAt, tokenName: record.tokenName, last4: record.last4.slice(-4)};
	return record.expiresAt === undefined ? clean : {...clean, expiresAt: record.expiresAt};
}

/**
 * What must hold before the file is read at all: the folder as private as a write would make it
 * (a read-only command tightens it too), and the file a file of this user's. A link to someone
 * else's file could feed this tool values, or make it rewrite that file.
 */
function checkLocation(paths: StorePaths): void {
	try {
		if (fs.statSync(paths.directory, {throwIfNoEntry: false})?.isDirectory()) ensureDirectory(paths.directory);
		const link = fs.lstatSync(paths.file, {throwIfNoEntry: false});
		if (!link) return;
		const target = link.isSymbolicLink() ? fs.statSync(paths.file, {throwIfNoEntry: false}) : link;
		if (!target) return;
		if (link.isSymbolicLink() && typeof process.getuid === 'function' && target.uid !== process.getuid()) {
			throw new ConfigError(profileErrorText.notOurs(paths.file), {reason: 'profile_store_not_ours'});
		}
		if (!target.isFile()) throw new ConfigError(profileErrorText.notAFile(paths.file), {reason: 'profile_store_not_file'});
		fs.accessSync(paths.file, fs.constants.R_OK);
	} catch (error) {
		throw asConfigError(error, paths);
	}
}

/** 0700 even when the folder already existed, or when conf or a parent's mkdir made it wider. */
function ensureDirectory(directory: string): void {
	fs.mkdirSync(directory, {recursive: true, mode: 0o700});
	if ((fs.statSync(directory).mode & 0o777) !== 0o700) fs.chmodSync(directory, 0o700);
}

/** A file copied in or written by an older tool may be wider than 0600. */
function restrictMode(file: string): void {
	try {
		if ((fs.statSync(file).mode & 0o777) !== 0o600) fs.chmodSync(file, 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
}

function readIfExists(file: string): Buffer | undefined {
	try {
		return fs.readFileSync(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

function asConfigError(error: unknown, paths: StorePaths): unknown {
	if (error instanceof ConfigError) return error;
	if (error instanceof LockTimeoutError) {
		return new ConfigError(profileErrorText.locked(paths.lockFile), {reason: 'profile_store_locked'});
	}
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (typeof code === 'string') {
		return new ConfigError(profileErrorText.io(paths.file, code, paths.directory), {
			cause: error,
			reason: 'profile_store_io',
		});
	}
	return error;
}
