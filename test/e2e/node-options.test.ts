import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {cliText, nodeOptionsText} from '../../source/i18n/text.js';
import packageJson from '../../package.json' with {type: 'json'};
import {runCli} from '../helpers/run-cli.js';
import {childEnv, removeChildEnvDirs} from '../helpers/wizard-walk.js';
import type {Lang} from '../../source/i18n/lang.js';

// The npm-installed command runs on the user's own Node, which reads NODE_OPTIONS before any code
// of ours: it cannot refuse a --require or an --inspect, but it says on stderr, first, what they
// can reach (the standalone executable ignores NODE_OPTIONS: test/build/standalone.test.ts).

const work = mkdtempSync(join(tmpdir(), 'segura-token-node-options-'));
let server: PracticeServer | undefined;
afterAll(async () => {
	await server?.close();
	removeChildEnvDirs();
	rmSync(work, {recursive: true, force: true});
});

/** A file for --require that leaves `marker` behind when Node runs it. */
function markerScript(name: string): {script: string; marker: string} {
	const marker = join(work, `${name}.marker`);
	const script = join(work, `${name}.cjs`);
	writeFileSync(script, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n`);
	return {script, marker};
}

const warningLine = (lang: Lang, text: string) => `${cliText.warningPrefix[lang]}: ${text}\n`;

describe('NODE_OPTIONS and the npm-installed command', () => {
	it('--require: a warning on stderr in English, then the command as usual (Node did run the file)', async () => {
		const {script, marker} = markerScript('en');
		const result = await runCli(['--version'], {env: childEnv({NODE_OPTIONS: `--require=${script}`})});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`${packageJson.version}\n`);
		expect(result.stderr).toBe(warningLine('en', nodeOptionsText.loadsCode('--require').en));
		expect(existsSync(marker)).toBe(true);
	});

	it('in Portuguese with --lang pt-BR, and with LANG=pt_BR', async () => {
		const {script} = markerScript('pt');
		const expected = warningLine('pt-BR', nodeOptionsText.loadsCode('-r')['pt-BR']);
		const flagged = await runCli(['--lang', 'pt-BR', '--version'], {env: childEnv({NODE_OPTIONS: `-r ${script}`})});
		expect(flagged.stderr).toBe(expected);
		const byLocale = await runCli(['--version'], {env: childEnv({NODE_OPTIONS: `-r ${script}`, LANG: 'pt_BR.UTF-8'})});
		expect(byLocale.stderr).toBe(expected);
		expect(byLocale.code).toBe(0);
	});

	it('--inspect: a warning about the debugger after Node\'s own lines, and get still prints the token alone', async () => {
		server = await startPracticeServer();
		const provider = server.providers[0]!;
		const result = await runCli(['get', '--token-url', provider.tokenUrl, '--client-id', provider.clientId], {
			env: childEnv({NODE_OPTIONS: '--inspect=127.0.0.1:0', SEGURA_CLIENT_SECRET: provider.clientSecret}),
		});
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
		expect(result.stderr).toContain('Debugger listening on ws://127.0.0.1:');
		expect(result.stderr).toContain(warningLine('en', nodeOptionsText.debugs('--inspect').en));
		expect(result.stderr).not.toContain(provider.clientSecret);
	});

	it('both at once are named together', async () => {
		const {script} = markerScript('both');
		const result = await runCli(['--version'], {env: childEnv({NODE_OPTIONS: `--inspect=127.0.0.1:0 --require ${script} --import=data:text/javascript,0`})});
		expect(result.code).toBe(0);
		expect(result.stderr).toContain(warningLine('en', nodeOptionsText.both('--inspect, --require, --import').en));
	});

	it('other Node options: no word about them', async () => {
		const result = await runCli(['--version'], {env: childEnv({NODE_OPTIONS: '--max-old-space-size=200 --no-warnings'})});
		expect(result).toEqual({code: 0, stdout: `${packageJson.version}\n`, stderr: ''});
	});
});
