import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type PracticeServer, startPracticeServer} from '../../source/demo/practice-server.js';
import {runCli} from '../helpers/run-cli.js';
import {freePort} from '../helpers/servers.js';
import {childEnv, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// `segura-token doctor` as the built CLI runs it: the report on stdout, the exit code of the
// first broken link as the process's, a usage error as {"error": …} with --json.

let practice: PracticeServer;

beforeAll(async () => {
	practice = await startPracticeServer();
});

afterAll(async () => {
	await practice?.close();
	removeChildEnvDirs();
});

describe('segura-token doctor, built', () => {
	it('walks the practice server in Portuguese, every link holding, the secret nowhere', async () => {
		const [provider] = practice.providers;
		const result = await runCli(['doctor', '--token-url', provider!.tokenUrl, '--base-url', provider!.baseUrl, '--client-id', provider!.clientId, '--kind', 'internal'], {
			env: childEnv({LANG: 'pt_BR.UTF-8', SEGURA_CLIENT_SECRET: provider!.clientSecret}),
		});
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^O caminho desta máquina até 127\.0\.0\.1:\d+, elo por elo:\n/);
		expect(result.stdout).toMatch(/^✔ SCIM .*O token funciona/m);
		expect(result.stdout).toContain('Todos os elos estão bons');
		expect(result.stderr).toBe('');
		expect(result.stdout).not.toContain(provider!.clientSecret);
	});

	it('exits with the code of the first broken link, and says nothing on stderr', async () => {
		const port = await freePort();
		const result = await runCli(['doctor', '--json', '--token-url', `https://127.0.0.1:${port}/iso/oauth2/token`], {env: childEnv()});
		expect(result.code).toBe(3);
		expect(JSON.parse(result.stdout)).toMatchObject({ok: false, exitCode: 3, failed: 'tcp'});
		expect(result.stderr).toBe('');
	});

	it('without a Token URL: a usage error, as JSON too, exit 2', async () => {
		const result = await runCli(['doctor', '--json'], {env: childEnv()});
		expect(result.code).toBe(2);
		expect(JSON.parse(result.stdout)).toMatchObject({error: {code: 'usage', exitCode: 2}});
		expect(result.stderr).toContain('Missing --token-url URL (or --profile NAME).');
		const typo = await runCli(['doctor', '--kind', 'intern', '--token-url', 'https://segura.example.com/iso/oauth2/token'], {env: childEnv()});
		expect(typo.code).toBe(2);
		expect(typo.stderr).toContain('Did you mean --kind internal?');
	});
});
