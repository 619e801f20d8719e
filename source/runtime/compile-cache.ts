import process from 'node:process';

type CompileCacheModule = {enableCompileCache?: (this: void, directory: string) => unknown};

/**
 * Node's compile cache (module.enableCompileCache, Node >= 22.1) for the code of the npm bundle:
 * the code V8 compiles from our files is kept on disk and reused by the next start, which then
 * skips parsing and compiling them. It lives in $XDG_CACHE_HOME/segura-token (~/.cache by
 * default), a folder of mode 0700; Node keeps one cache per Node version in it and checks each
 * entry against the file it was made from. NODE_DISABLE_COMPILE_CACHE=1 turns it off. Without
 * the API (Node 20), or without a writable folder, the program starts as it would without it.
 * The built-in modules are taken with process.getBuiltinModule, not imported: an import of one
 * makes Node build its ES module facade, which runs all its lazy getters (node:fs's streams).
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
	const {enableCompileCache: enable} = process.getBuiltinModule('node:module') as CompileCacheModule;
	if (typeof enable !== 'function') return;
	const path = process.getBuiltinModule('node:path');
	const cacheHome = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(process.getBuiltinModule('node:os').homedir(), '.cache');
	const directory = path.join(cacheHome, 'segura-token');
	try {
		process.getBuiltinModule('node:fs').mkdirSync(directory, {recursive: true, mode: 0o700});
		enable(directory);
	} catch {
		// A read-only or missing home: no cache, the same program.
	}
}
