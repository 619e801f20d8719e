import {afterAll, describe, expect, it} from 'vitest';
import {keys, startPty} from '../helpers/pty.js';
import {childEnv, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// DEV=true is Ink's switch for React DevTools, which are not bundled (Ink connects only where
// react-devtools-core is installed): the wizard must open and work as without it, with no word
// about it (it once exited 1, looking for Ink's package.json next to the bundle).

afterAll(() => {
	removeChildEnvDirs();
});

describe('DEV=true in the environment', () => {
	it('opens the wizard, which takes keys and quits on Ctrl+C as usual', async () => {
		const s = startPty({cols: 80, rows: 24, env: childEnv({DEV: 'true'})});
		try {
			await s.waitFor('(1/5)');
			s.write('x');
			await s.waitFor(/^› x/m);
			s.write(keys.ctrlC);
			expect(await s.exit).toBe(130);
			expect(s.output()).not.toMatch(/went wrong|react-devtools|failed to load/i);
		} finally {
			s.kill();
		}
	});
});
