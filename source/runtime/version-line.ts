import process from 'node:process';

/**
 * What `--version` prints: the package version, and in the standalone executable also the Node
 * inside it, since that Node's security fixes are the executable's (an admin checks it there).
 */
export function versionLine(version: string): string {
	// Loaded on demand: only --version asks.
	const sea = process.getBuiltinModule('node:sea');
	return sea.isSea() ? `${version} (standalone executable, Node ${process.version}, ${process.platform}-${process.arch})` : version;
}
