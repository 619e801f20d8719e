import {execFile} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {bundlePaneFixture, fakeToken, makeTempDir, type TempDir, which} from './helpers.js';

let temp: TempDir;
beforeAll(async () => {
	temp = await makeTempDir();
});
afterAll(async () => {
	await temp.remove();
});

it('without a controlling terminal, says so and writes nothing to the piped stdout', async context => {
	// setsid: a new session has no controlling terminal, like cron or a CI job.
	if (!(await which('setsid'))) context.skip('setsid is not installed on this machine');
	const bundle = await bundlePaneFixture(temp.path);
	const resultFile = temp.file('result.json');
	await writeFile(temp.file('token'), fakeToken, {mode: 0o600});
	await writeFile(temp.file('job.json'), JSON.stringify({tokenFile: temp.file('token'), resultFile, mode: 'copy', withoutTmux: true}));
	const env = {PATH: process.env['PATH'], TERM: 'xterm-256color'};
	const {stdout, stderr} = await new Promise<{stdout: string; stderr: string}>((resolve, reject) => {
		execFile('setsid', ['-w', process.execPath, bundle, temp.file('job.json')], {env, timeout: 20_000}, (error, out, err) => {
			if (error) reject(new Error(`${error.message}\n${err}`));
			else resolve({stdout: out, stderr: err});
		});
	});
	expect(JSON.parse(await readFile(resultFile, 'utf8'))).toMatchObject({
		used: [],
		failed: [{way: 'osc52', reason: 'no-terminal'}],
	});
	expect(stdout).toBe('finished\n');
	expect(stderr).toBe('');
});
