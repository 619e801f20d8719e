import {existsSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it, type TestContext} from 'vitest';
import {commonOptions} from '../../source/cli/parse-command-args.js';
import {demoOptions, doctorOptions, getOptions, profilesOptions, verifyOptions, wizardOptions} from '../../source/commands/command-options.js';
import {configHomes, sampleProfile} from '../profiles/store-helpers.js';
import {saveProfiles} from '../helpers/saved-profile.js';
import {bashCompletes, completionBed, syntaxProblem, which, type CompletionBed, type Shell} from '../helpers/shell-completion.js';

// `segura-token completion bash`, as printed by the built CLI, sourced in a real bash and called
// the way bash calls it on Tab; saved profile names come from a real store in a temporary
// XDG_CONFIG_HOME, through the built CLI's hidden `__complete profiles`.

const shells = {bash: await which('bash'), zsh: await which('zsh'), fish: await which('fish')};
const newConfigHome = configHomes();
let bed: CompletionBed;

beforeAll(async () => {
	bed = await completionBed();
});

afterAll(async () => {
	await bed?.remove();
});

const skipWithout = (shell: Shell, context: TestContext) => {
	if (!shells[shell]) context.skip(`${shell} is not installed on this machine (.ci/run installs it with apt-get)`);
};

describe('the scripts are valid syntax', () => {
	it.for(['bash', 'zsh', 'fish'] as const)('%s', async (shell, context) => {
		skipWithout(shell, context);
		expect(await syntaxProblem(shell, bed.scripts[shell])).toBeUndefined();
	});

	it('a script with a syntax error is caught (the check itself works)', async context => {
		skipWithout('bash', context);
		const broken = path.join(bed.dir, 'broken.bash');
		await writeFile(broken, 'f() { case $1 in x) ;; }\n');
		expect(await syntaxProblem('bash', broken)).toMatch(/syntax error/);
	});
});

describe('bash completes', () => {
	const complete = async (words: readonly string[], env: NodeJS.ProcessEnv = newConfigHome().env) => bashCompletes(bed, ['segura-token', ...words], env);

	it('the commands', async () => {
		expect(await complete(['g'])).toEqual(['get']);
		expect(await complete([''])).toEqual(['completion', 'demo', 'doctor', 'get', 'help', 'profiles', 'verify']);
		expect(await complete(['bogus', ''])).toEqual([]);
	});

	it("each command's options: exactly the ones its parser takes", async () => {
		const long = (table: object) => Object.keys({...commonOptions, ...table}).map(name => `--${name}`).sort();
		expect(await complete(['get', '--'])).toEqual(long(getOptions));
		expect(await complete(['verify', '--'])).toEqual(long(verifyOptions));
		expect(await complete(['profiles', '--'])).toEqual(long(profilesOptions));
		expect(await complete(['doctor', '--'])).toEqual(long(doctorOptions));
		expect(await complete(['demo', '--'])).toEqual(long(demoOptions));
		expect(await complete(['completion', '--'])).toEqual(long({}));
		// No command: the wizard's, and --version, which only the first word may be.
		expect(await complete(['--'])).toEqual([...long(wizardOptions), '--version'].sort());
		expect(await complete(['--plain', '--'])).toEqual(long(wizardOptions));
		expect(await complete(['get', '--au'])).toEqual(['--auth']);
	});

	it('the values of an option, after a space or an =', async () => {
		expect(await complete(['get', '--auth', ''])).toEqual(['basic', 'body']);
		expect(await complete(['get', '--auth', '=', ''])).toEqual(['basic', 'body']);
		expect(await complete(['get', '--encoding', 'r'])).toEqual(['raw', 'rfc']);
		expect(await complete(['doctor', '--kind', ''])).toEqual(['internal', 'third-party']);
		expect(await complete(['--lang', ''])).toEqual(['en', 'pt-BR']);
		expect(await complete(['verify', '--lang', '=', 'p'])).toEqual(['pt-BR']);
		// Free text: nothing to offer, and not the commands either.
		expect(await complete(['get', '--token-url', ''])).toEqual([]);
		expect(await complete(['--timeout', ''])).toEqual([]);
	});

	it('file names for --ca and --output', async () => {
		const pem = path.join(bed.dir, 'ca bundle.pem');
		await writeFile(pem, '');
		expect(await complete(['get', '--ca', path.join(bed.dir, 'ca')])).toEqual([pem]);
		expect(await complete(['--ca', path.join(bed.dir, 'ca')])).toEqual([pem]);
		expect(await complete(['get', '--output', path.join(bed.dir, 'ca')])).toEqual([pem]);
	});

	it('the subcommands of profiles, and the words of completion and help', async () => {
		expect(await complete(['profiles', ''])).toEqual(['add', 'export', 'import', 'list', 'remove', 'rename', 'show']);
		expect(await complete(['profiles', 're'])).toEqual(['remove', 'rename']);
		expect(await complete(['completion', ''])).toEqual(['bash', 'fish', 'zsh']);
		expect(await complete(['help', ''])).toEqual(['completion', 'demo', 'doctor', 'get', 'profiles', 'verify']);
		// The wizard takes no arguments.
		expect(await complete(['--plain', ''])).toEqual([]);
	});

	describe('saved profile names, read from the store when Tab is pressed', () => {
		const names = ['prod', 'lab.eu_2', 'Staging-1'];
		let env: NodeJS.ProcessEnv;

		beforeAll(async () => {
			// A store of its own for this block: configHomes() removes its folders after each test.
			env = {XDG_CONFIG_HOME: path.join(bed.dir, 'xdg'), HOME: bed.dir};
			await saveProfiles(env, names.map(name => sampleProfile(name, {clientSecret: 'Sx9-never-completed'})));
		});

		it('after --profile, for the wizard, get and verify', async () => {
			const all = [...names].sort();
			expect(await complete(['--profile', ''], env)).toEqual(all);
			expect(await complete(['--plain', '--profile', ''], env)).toEqual(all);
			expect(await complete(['get', '--profile', ''], env)).toEqual(all);
			expect(await complete(['verify', '--json', '--profile', '=', ''], env)).toEqual(all);
			expect(await complete(['doctor', '--profile', ''], env)).toEqual(all);
			expect(await complete(['get', '--profile', 'p'], env)).toEqual(['prod']);
		});

		it('for profiles show, remove, export and the first name of rename', async () => {
			const all = [...names].sort();
			expect(await complete(['profiles', 'show', ''], env)).toEqual(all);
			expect(await complete(['profiles', '--json', 'show', 'l'], env)).toEqual(['lab.eu_2']);
			expect(await complete(['profiles', 'remove', ''], env)).toEqual(all);
			expect(await complete(['profiles', 'rename', ''], env)).toEqual(all);
			expect(await complete(['profiles', 'export', ''], env)).toEqual(all);
			// import takes a file and add a new name: no saved name is offered.
			expect(await complete(['profiles', 'import', ''], env)).toEqual([]);
			expect(await complete(['profiles', 'add', ''], env)).toEqual([]);
			// The new name of rename is a new one; list takes none; nor does show take two.
			expect(await complete(['profiles', 'rename', 'prod', ''], env)).toEqual([]);
			expect(await complete(['profiles', 'list', ''], env)).toEqual([]);
			expect(await complete(['profiles', 'show', 'prod', ''], env)).toEqual([]);
		});

		it('after an option that takes a value, the value is not counted as an argument', async () => {
			expect(await complete(['profiles', '--lang', 'en', 'show', ''], env)).toEqual([...names].sort());
			expect(await complete(['profiles', '--lang', '=', 'en', ''], env)).toEqual(['add', 'export', 'import', 'list', 'remove', 'rename', 'show']);
		});

		it('none when there is no store, and the store is not created', async () => {
			const empty = newConfigHome();
			expect(await complete(['--profile', ''], empty.env)).toEqual([]);
			expect(await complete(['profiles', 'show', ''], empty.env)).toEqual([]);
			expect(existsSync(empty.directory)).toBe(false);
		});
	});
});
