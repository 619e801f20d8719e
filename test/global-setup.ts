import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

// The test suite, like the tool, must leave nothing of its own in the temporary folder. The run
// gets a temporary folder of its own, with the cache folder of the CLIs it starts inside it (TMPDIR, inherited by every worker and every CLI it starts),
// so folders another program makes meanwhile in the machine's are not counted; at the end,
// every `segura-token-*` folder a test or a CLI run made there must be gone.

export default function setup(): () => void {
	const outer = process.env.TMPDIR;
	const own = mkdtempSync(join(tmpdir(), 'segura-tests-'));
	process.env.TMPDIR = own;
	// The compile cache of every CLI the tests run goes there too, not into the user's ~/.cache.
	const outerCache = process.env.XDG_CACHE_HOME;
	process.env.XDG_CACHE_HOME = join(own, 'xdg-cache');
	return () => {
		const left = readdirSync(own).filter(name => name.startsWith('segura-token-'));
		rmSync(own, {recursive: true, force: true});
		if (outer === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = outer;
		if (outerCache === undefined) delete process.env.XDG_CACHE_HOME;
		else process.env.XDG_CACHE_HOME = outerCache;
		if (left.length > 0) {
			process.exitCode = 1;
			throw new Error(`the tests left ${left.length} segura-token-* folder(s) in the temporary folder: ${left.slice(0, 5).join(', ')}`);
		}
	};
}
