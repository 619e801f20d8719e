import pty from 'node-pty';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/pty.js';
import {childEnv, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// A key typed the moment the wizard's first frame shows is a key: the terminal is in raw mode
// before that frame (Ink itself switches in an effect, once the frame is drawn; meanwhile the
// terminal's line mode echoed the key, moving the frame, and made Enter a line feed).

afterAll(() => {
	removeChildEnvDirs();
});

/** Runs `demo`, sends Enter in the same tick as the first frame's data arrives, then Ctrl+C once step 1 is left. */
function enterAtFirstFrame(): Promise<{output: string; exitCode: number}> {
	return new Promise(resolve => {
		const env: Record<string, string> = {};
		for (const [name, value] of Object.entries({...process.env, TERM: 'xterm-256color', ...childEnv()})) if (value !== undefined) env[name] = value;
		delete env.CI;
		const child = pty.spawn(process.execPath, [cliPath, 'demo'], {name: 'xterm-256color', cols: 80, rows: 24, cwd: process.cwd(), env});
		let output = '';
		let state: 'waiting' | 'sent' | 'left' = 'waiting';
		child.onData(data => {
			output += data;
			if (state === 'waiting' && output.includes('(1/5)')) {
				state = 'sent';
				child.write('\r');
			} else if (state === 'sent' && output.includes('(2/5)')) {
				state = 'left';
				child.write('\u0003');
			}
		});
		// A wizard that never leaves step 1 is ended, so the run fails with what it showed.
		const deadline = setTimeout(() => child.kill('SIGKILL'), 10_000);
		child.onExit(({exitCode}) => {
			clearTimeout(deadline);
			resolve({output, exitCode});
		});
	});
}

describe('the first key', () => {
	it('Enter sent as the first frame arrives takes the proposed value, in every one of five runs', async () => {
		for (let run = 0; run < 5; run++) {
			const {output, exitCode} = await enterAtFirstFrame();
			expect(output, `run ${run}`).toContain('(2/5)');
			expect(output, `run ${run}`).not.toContain('Removed line breaks');
			expect(exitCode).toBe(130);
		}
	}, 60_000);
});
