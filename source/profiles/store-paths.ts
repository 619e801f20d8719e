import os from 'node:os';
import path from 'node:path';

export const projectName = 'segura-token';

export type StorePaths = Readonly<{directory: string; file: string; lockFile: string}>;

/**
 * Where conf puts `projectName` with `projectSuffix: ''`, computed here from an injectable
 * environment (env-paths reads the process's own): $XDG_CONFIG_HOME/segura-token, else
 * ~/.config/segura-token on Linux; conf's own choices on macOS and Windows.
 */
export function profileStorePaths(
	env: NodeJS.ProcessEnv = process.env,
	platform: NodeJS.Platform = process.platform,
): StorePaths {
	const home = env['HOME'] || os.homedir();
	let directory: string;
	if (platform === 'darwin') {
		directory = path.join(home, 'Library', 'Preferences', projectName);
	} else if (platform === 'win32') {
		directory = path.join(env['APPDATA'] || path.join(home, 'AppData', 'Roaming'), projectName, 'Config');
	} else {
		directory = path.join(env['XDG_CONFIG_HOME'] || path.join(home, '.config'), projectName);
	}
	return storePathsIn(path.resolve(directory));
}

export function storePathsIn(directory: string): StorePaths {
	const file = path.join(directory, 'config.json');
	return {directory, file, lockFile: `${file}.lock`};
}
