import type Conf from 'conf';
import type {Profile} from './profile.js';
import {projectName, type StorePaths} from './store-paths.js';
import {storedProfiles, storeFormatVersion, type StoreData} from './store-shape.js';

type ConfClass = typeof Conf<StoreData>;

let confClass: Promise<ConfClass> | undefined;

// conf is loaded only when there is a change to write: reading needs JSON.parse alone.
function loadConf(): Promise<ConfClass> {
	confClass ??= import('conf').then(module => module.default as ConfClass);
	return confClass;
}

/**
 * conf on the store's file, for writing: it writes through a temp file and a rename (a crash
 * mid-save leaves the previous file whole), leaves the file 0600 (configFileMode, even a file
 * that was wider), keeps the fields of the file's top level it is not asked to change, and
 * records this release's format in the file (conf does so for the projectVersion it is given
 * with migrations; there is none to run). A later release reads that mark. conf is given no
 * schema or defaults: its defaults reach the top level only, and a schema needs ajv compiled at
 * every read, where `profiles list` and Tab completion read with JSON.parse alone. The data is
 * checked and defaulted by store-shape.ts on every read and every write instead.
 */
export async function openConf(paths: StorePaths): Promise<Conf<StoreData>> {
	const ConfClass = await loadConf();
	// Recording the format writes.
	return atomically(
		() =>
			new ConfClass({
				projectName,
				projectSuffix: '',
				cwd: paths.directory,
				configName: 'config',
				configFileMode: 0o600,
				projectVersion: storeFormatVersion,
				migrations: {},
				// Never conf's silent reset: an unusable file is moved aside, and the user told.
				clearInvalidConfig: false,
				accessPropertiesByDotNotation: false,
			}),
	);
}

/** The profiles, written whole, each with the unknown fields it was read with. */
export function writeProfiles(conf: Conf<StoreData>, profiles: readonly Profile[]): void {
	atomically(() => conf.set('profiles', storedProfiles(profiles)));
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
