import {chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {startPracticeServer, type PracticeServer} from '../../source/demo/practice-server.js';
import {startPty} from '../helpers/pty.js';
import {childEnv, removeChildEnvDirs} from '../helpers/wizard-walk.js';

// The clipboard helpers segura-token starts (tmux, xclip, …) get what they need to find the
// clipboard, never the secrets in segura-token's own environment nor a proxy's password.

let practice: PracticeServer;
let folder: string;

beforeAll(async () => {
	practice = await startPracticeServer();
	folder = mkdtempSync(join(tmpdir(), 'segura-child-env-'));
	// Stand-ins for tmux and xclip: real processes that write down the environment they were given.
	for (const tool of ['tmux', 'xclip', 'xsel', 'wl-copy']) {
		const script = join(folder, tool);
		writeFileSync(script, `#!/bin/sh\nenv > "${folder}/${tool}.env"\ncat > /dev/null\n`);
		chmodSync(script, 0o755);
	}
});

afterAll(async () => {
	await practice?.close();
	rmSync(folder, {recursive: true, force: true});
	removeChildEnvDirs();
});

it('get --copy runs the clipboard tools without SEGURA_CLIENT_SECRET, SEGURA_TOKEN or proxy URLs', async () => {
	const provider = practice.providers[0]!;
	const s = startPty({
		args: ['get', '--copy', '--token-url', provider.tokenUrl, '--client-id', provider.clientId],
		env: childEnv({
			PATH: `${folder}:/usr/bin:/bin`,
			TMUX: '/tmp/fake-tmux-socket,1,0',
			DISPLAY: ':99',
			SSH_CONNECTION: undefined,
			SSH_CLIENT: undefined,
			SSH_TTY: undefined,
			SEGURA_CLIENT_SECRET: provider.clientSecret,
			SEGURA_TOKEN: 'child-env-token-value',
			https_proxy: 'http://proxyuser:ProxyPassw0rd@127.0.0.1:9',
			HTTP_PROXY: 'http://proxyuser:ProxyPassw0rd@127.0.0.1:9',
			no_proxy: '127.0.0.1',
		}),
	});
	expect(await s.exit).toBe(0);
	const dumps = readdirSync(folder).filter(name => name.endsWith('.env'));
	expect(dumps.sort()).toEqual(['tmux.env', 'xclip.env']);
	for (const dump of dumps) {
		const env = readFileSync(join(folder, dump), 'utf8');
		expect(env).toContain('TMUX=');
		expect(env).not.toContain(provider.clientSecret);
		expect(env).not.toContain('SEGURA_CLIENT_SECRET');
		expect(env).not.toContain('child-env-token-value');
		expect(env).not.toContain('ProxyPassw0rd');
	}
});
