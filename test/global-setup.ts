import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

// The test suite, like the tool, must leave nothing of its own in the temporary folder. The run
// gets a temporary folder of its own (TMPDIR, inherited by every worker and every CLI it starts),
// so folders another program makes meanwhile in the machine's are not counted; at the end,
// every `segura-token-*` folder a test or a CLI run made there must be gone.

export default function setup(): () => void {
	const outer = process.env.TMPDIR;
	const own = mkdtempSync(join(tmpdir(), 'segura-tests-'));
	process.env.TMPDIR = own;
	return () => {
		const left = readdirSync(own).filter(name => name.startsWith('segura-token-'));
		rmSync(own, {recursive: true, force: true});
		if (outer === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = outer;
		if (left.length > 0) {
			process.exitCode = 1;
			throw new Error(`the tests left ${left.length} segura-token-* folder(s) in the temporary folder: ${left.slice(0, 5).join(', ')}`);
		}
	};
}
