import {languages} from '../../source/i18n/lang.js';
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it, type TestContext} from 'vitest';
import {openProfileStore} from '../../source/profiles/profile-store.js';
import {cliPath} from '../helpers/pty.js';
import {runCli} from '../helpers/run-cli.js';
import {saveProfiles} from '../helpers/saved-profile.js';
import {completionBed, fishCompletes, run, which, zshCompletes, type CompletionBed} from '../helpers/shell-completion.js';
import {configHomes, sampleProfile, secret} from '../profiles/store-helpers.js';

// The `completion` command of the built CLI (its errors and help), the hidden `__complete
// profiles` its scripts call on Tab, and the zsh and fish scripts at work.

const newConfigHome = configHomes();
const zsh = await which('zsh');
const fish = await which('fish');
let bed: CompletionBed;

beforeAll(async () => {
	bed = await completionBed();
});

afterAll(async () => {
	await bed?.remove();
});

describe('segura-token completion', () => {
	it('an unknown shell is a usage error naming the ones there are, in both languages', async () => {
		const en = await runCli(['completion', 'tcsh'], {env: {LC_ALL: 'C'}});
		expect(en.code).toBe(2);
		expect(en.stdout).toBe('');
		expect(en.stderr).toContain('"tcsh"');
		expect(en.stderr).toContain('bash, zsh and fish');
		const pt = await runCli(['completion', 'tcsh', '--lang', 'pt-BR']);
		expect(pt.code).toBe(2);
		expect(pt.stderr).toContain('"tcsh"');
		expect(pt.stderr).toContain('bash, zsh e fish');
	});

	it('no shell, or two, is a usage error too', async () => {
		for (const args of [['completion'], ['completion', 'bash', 'zsh']]) {
			const result = await runCli(args, {env: {LC_ALL: 'C'}});
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.stderr).toContain('bash, zsh or fish');
		}
	});

	it('--help in both languages, within 80 columns, and the main help lists the command', async () => {
		for (const lang of languages) {
			const help = await runCli(['completion', '--help', '--lang', lang]);
			expect(help.code).toBe(0);
			for (const shell of ['bash', 'zsh', 'fish']) expect(help.stdout).toContain(`segura-token completion ${shell}`);
			expect(help.stdout.split('\n').filter(line => [...line].length > 80)).toEqual([]);
			const main = await runCli(['--help', '--lang', lang]);
			expect(main.stdout).toMatch(/^ +segura-token completion +\S/m);
		}
	});

	it('prints the script for bash on stdout, and nothing on stderr', async () => {
		const result = await runCli(['completion', 'bash']);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^complete -F _segura_token segura-token$/m);
	});
});

describe('segura-token __complete profiles', () => {
	const names = async (env: NodeJS.ProcessEnv) => runCli(['__complete', 'profiles'], {env});

	it('prints the saved names, one a line, and nothing else of them (no secret)', async () => {
		const {env} = newConfigHome();
		await saveProfiles(env, [sampleProfile('prod', {clientSecret: secret}), sampleProfile('lab.eu_2')]);
		const result = await names(env);
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n').sort()).toEqual(['', 'lab.eu_2', 'prod']);
		expect(result.stdout.includes(secret)).toBe(false);
		expect(result.stderr).toBe('');
	});

	it('prints nothing and exits 0 when there is no store, and creates none', async () => {
		const home = newConfigHome();
		const result = await names(home.env);
		expect(result).toEqual({code: 0, stdout: '', stderr: ''});
		expect(existsSync(home.directory)).toBe(false);
	});

	it('a file it cannot use: nothing printed, exit 0, and the file left as it was (not moved aside)', async () => {
		const home = newConfigHome();
		await saveProfiles(home.env, [sampleProfile('prod')]);
		// A name the store refuses, written by hand: the whole file fails the shape.
		const edited = readFileSync(home.file, 'utf8').replace('"prod"', '"$(touch pwned) x"');
		for (const content of [edited, '{ not json']) {
			writeFileSync(home.file, content);
			const result = await names(home.env);
			expect(result).toEqual({code: 0, stdout: '', stderr: ''});
			expect(readFileSync(home.file, 'utf8')).toBe(content);
			expect(readdirSync(home.directory)).toEqual(['config.json']);
		}
	});

	it('names never need quoting: the store refuses a name with a space or a shell character', async () => {
		const {env} = newConfigHome();
		const {store} = await openProfileStore({env});
		for (const name of ['my prod', 'a$b', "it's", 'x;y', '*']) {
			await expect(store.save(sampleProfile(name)), name).rejects.toMatchObject({reason: 'profile_name_invalid'});
		}
	});

	it('anything but `profiles` is a usage error', async () => {
		const result = await runCli(['__complete', 'tokens']);
		expect(result.code).toBe(2);
	});
});

const skipWithout = (shell: string | undefined, name: string, context: TestContext) => {
	if (!shell) context.skip(`${name} is not installed on this machine (.ci/run installs it with apt-get)`);
};

describe('zsh and fish complete', () => {
	let env: NodeJS.ProcessEnv;
	const saved = ['Staging-1', 'prod'];

	beforeAll(async () => {
		env = {XDG_CONFIG_HOME: `${bed.dir}/xdg`, HOME: bed.dir};
		await saveProfiles(env, saved.map(name => sampleProfile(name)));
	});

	it('zsh: commands, options, their values, profile names', async context => {
		skipWithout(zsh, 'zsh', context);
		const complete = async (...words: string[]) => zshCompletes(bed, ['segura-token', ...words], env);
		expect(await complete('')).toEqual(['completion', 'demo', 'doctor', 'get', 'help', 'profiles', 'verify']);
		expect(await complete('get', '--au')).toContain('--auth');
		expect(await complete('get', '--auth', '')).toEqual(['basic', 'body']);
		expect(await complete('get', '--auth=b')).toEqual(['basic', 'body']);
		expect(await complete('get', '--ca', '/')).toEqual(['(files)']);
		expect(await complete('--profile', '')).toEqual(saved);
		expect(await complete('profiles', 'show', '')).toEqual(saved);
		expect(await complete('profiles', 'rename', 'prod', '')).toEqual([]);
		expect(await complete('completion', '')).toEqual(['bash', 'fish', 'zsh']);
	});

	it('zsh: compinit takes it both ways the README says, from $fpath and sourced afterwards', async context => {
		skipWithout(zsh, 'zsh', context);
		const home = {...process.env, HOME: bed.dir};
		const fpath = `mkdir -p ~/.zfunc && cp '${bed.scripts.zsh}' ~/.zfunc/_segura-token && fpath=(~/.zfunc $fpath)`;
		const check = (setup: string, after = '') => `${setup}; autoload -U compinit && compinit -D -u; ${after}; print -r -- $_comps[segura-token]`;
		expect((await run('zsh', ['-f', '-c', check(fpath)], home)).stdout).toBe('_segura-token\n');
		expect((await run('zsh', ['-f', '-c', check(':', `source <('${process.execPath}' '${cliPath}' completion zsh)`)], home)).stdout).toBe('_segura_token\n');
	});

	it('fish: commands, options, their values, profile names', async context => {
		skipWithout(fish, 'fish', context);
		const complete = async (line: string) => fishCompletes(bed, `segura-token ${line}`, env);
		expect(await complete('')).toEqual(['completion', 'demo', 'doctor', 'get', 'help', 'profiles', 'verify']);
		expect(await complete('get --au')).toEqual(['--auth']);
		expect(await complete('get --auth ')).toEqual(['basic', 'body']);
		expect(await complete('get --auth=')).toEqual(['--auth=basic', '--auth=body']);
		expect(await complete('--profile ')).toEqual(saved);
		expect(await complete('profiles ')).toEqual(['add', 'export', 'import', 'list', 'remove', 'rename', 'show']);
		expect(await complete('profiles --lang en show ')).toEqual(saved);
		expect(await complete('profiles rename prod ')).toEqual([]);
		expect(await complete('get --timeout ')).toEqual([]);
		expect(await complete('--plain -')).not.toContain('--version');
	});
});
