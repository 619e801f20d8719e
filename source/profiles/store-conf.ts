import type Conf from 'conf';
import {restrictMode} from './store-file.js';
import {projectName, type StorePaths} from './store-paths.js';
import {storeFormatVersion, type StoreData} from './store-shape.js';

type ConfClass = typeof Conf<StoreData>;

let confClass: Promise<ConfClass> | undefined;

// conf is loaded only when there is a change to write: reading needs JSON.parse alone.
function loadConf(): Promise<ConfClass> {
	confClass ??= import('conf').then(module => module.default as ConfClass);
	return confClass;
}

/**
 * conf on the store's file, for writing: it writes through a temp file and a rename (a crash
 * mid-save leaves the previous file whole), keeps the file 0600, and records this release's
 * format in the file (conf does so for the projectVersion it is given with migrations; there is
 * none to run: this is the first format). A later release reads that mark. The data was checked
 * before conf sees it (readStoreFile, storeProblem), so conf is given no schema of its own.
 */
export async function openConf(paths: StorePaths): Promise<Conf<StoreData>> {
	const ConfClass = await loadConf();
	// Recording the format writes.
	const opened = atomically(
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
	restrictMode(paths.file);
	return opened;
}

/** The profiles, written whole. */
export function writeProfiles(conf: Conf<StoreData>, profiles: StoreData['profiles']): void {
	atomically(() => conf.set('profiles', profiles));
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
