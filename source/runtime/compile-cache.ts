import process from 'node:process';

/**
 * Node's compile cache (module.enableCompileCache) for the code of the npm bundle and of the
 * standalone executable: the code V8 compiles from our files is kept on disk and reused by the
 * next start, which then skips parsing and compiling them. It lives in $XDG_CACHE_HOME/segura-token
 * (~/.cache by default), a folder of mode 0700; Node keeps one cache per Node version in it and
 * checks each entry against the code it was made from. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 * Without a writable folder the program starts as it would without it.
 * The built-in modules are taken with process.getBuiltinModule, not imported: an import of one
 * makes Node build its ES module facade, which runs all its lazy getters (node:fs's streams).
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
	const path = process.getBuiltinModule('node:path');
	const cacheHome = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(process.getBuiltinModule('node:os').homedir(), '.cache');
	const directory = path.join(cacheHome, 'segura-token');
	try {
		process.getBuiltinModule('node:fs').mkdirSync(directory, {recursive: true, mode: 0o700});
		process.getBuiltinModule('node:module').enableCompileCache(directory);
	} catch {
		// A read-only or missing home: no cache, the same program.
	}
}
