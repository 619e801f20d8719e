import {access, chmod, constants, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cliPath} from './pty.js';
import {runCaptured, runCli} from './run-cli.js';

export type Shell = 'bash' | 'zsh' | 'fish';

/** A folder with the three scripts as the built CLI prints them, and a `bin/segura-token` that runs the built CLI. */
export type CompletionBed = Readonly<{dir: string; scripts: Readonly<Record<Shell, string>>; env: (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv; remove: () => Promise<void>}>;

export async function completionBed(): Promise<CompletionBed> {
	const dir = await mkdtemp(path.join(tmpdir(), 'segura-completion-'));
	const bin = path.join(dir, 'bin');
	const scripts = {bash: path.join(dir, 'segura-token.bash'), zsh: path.join(dir, '_segura-token'), fish: path.join(dir, 'segura-token.fish')};
	try {
		for (const shell of ['bash', 'zsh', 'fish'] as const) {
			const printed = await runCli(['completion', shell]);
			if (printed.code !== 0) throw new Error(`completion ${shell}: exit ${printed.code}: ${printed.stderr}`);
			await writeFile(scripts[shell], printed.stdout);
		}
		// The scripts run the command as typed, found on PATH as an installed one would be.
		await mkdir(bin);
		await writeFile(path.join(bin, 'segura-token'), `#!/bin/sh\nexec '${process.execPath}' '${cliPath}' "$@"\n`);
		await chmod(path.join(bin, 'segura-token'), 0o755);
	} catch (error) {
		await rm(dir, {recursive: true, force: true});
		throw error;
	}
	return {
		dir,
		scripts,
		env: env => ({...process.env, ...env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`}),
		remove: async () => rm(dir, {recursive: true, force: true}),
	};
}

export type Ran = Readonly<{code: number | null; stdout: string; stderr: string}>;

export function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
	return runCaptured(file, args, {env});
}

/** The shell's path on PATH; undefined when it is not installed. */
export async function which(command: string): Promise<string | undefined> {
	for (const dir of (process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
		const candidate = path.join(dir, command);
		if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
	}
	return undefined;
}

/** The lines of a shell's answer, sorted, without the empty ones. */
function candidates(ran: Ran, what: string): string[] {
	if (ran.code !== 0) throw new Error(`${what}: exit ${ran.code}\n${ran.stderr}`);
	return ran.stdout.split('\n').filter(Boolean).sort();
}

// bash: the script sourced as ~/.bashrc would, the function it registered for segura-token (read
// back from `complete -p`) called as bash calls it on Tab, and COMPREPLY printed.
const bashDriver = `
source "$1"; shift
spec=$(complete -p segura-token) || exit 3
fn=\${spec#*-F }; fn=\${fn%% *}
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=\${#COMP_LINE}
"$fn" segura-token "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\\n' "\${COMPREPLY[@]}"
`;

/** What bash offers for the last of `words` (words as bash splits them: `--auth=` is `--auth`, `=`). */
export async function bashCompletes(bed: CompletionBed, words: readonly string[], env: NodeJS.ProcessEnv): Promise<string[]> {
	return candidates(await run('bash', ['--norc', '--noprofile', '-c', bashDriver, 'bash', bed.scripts.bash, ...words], bed.env(env)), `bash ${words.join(' ')}`);
}

// zsh: compadd and _files exist only inside zsh's completion system; these stand-ins print what
// they are given (zsh itself then matches it against the word), so the script's own reading of
// the command line is what is checked.
const zshDriver = `
compdef() { [[ $2 == segura-token ]] && registered=$1 }
compset() { PREFIX=\${PREFIX#*=} }
_files() { print -r -- '(files)' }
compadd() {
	local array=
	while (( $# )) && [[ $1 == -* ]]; do
		case $1 in
			(--) shift; break ;;
			(-a) array=$2; shift 2 ;;
			(*) shift ;;
		esac
	done
	if [[ -n $array ]]; then print -rl -- "\${(@P)array}"; else print -rl -- "$@"; fi
}
registered=
source "$1"; shift
[[ -n $registered ]] || exit 3
words=("$@"); CURRENT=$#; PREFIX=$words[CURRENT]
$registered
return 0
`;

export async function zshCompletes(bed: CompletionBed, words: readonly string[], env: NodeJS.ProcessEnv): Promise<string[]> {
	return candidates(await run('zsh', ['-f', '-c', zshDriver, 'zsh', bed.scripts.zsh, ...words], bed.env(env)), `zsh ${words.join(' ')}`);
}

/** What fish's own completion engine offers at the end of `line` (descriptions left out). */
export async function fishCompletes(bed: CompletionBed, line: string, env: NodeJS.ProcessEnv): Promise<string[]> {
	const ran = await run('fish', ['--no-config', '-c', 'source $argv[1]; and complete -C $argv[2]', bed.scripts.fish, line], bed.env(env));
	return candidates(ran, `fish ${line}`).map(candidate => candidate.split('\t')[0]!);
}

/** Whether the script is valid syntax for its shell, without running it: the shell's error otherwise. */
export async function syntaxProblem(shell: Shell, file: string): Promise<string | undefined> {
	const args = {bash: ['-n', file], zsh: ['-n', file], fish: ['--no-execute', file]}[shell];
	const ran = await run(shell, args);
	return ran.code === 0 && ran.stderr === '' ? undefined : `exit ${ran.code}: ${ran.stderr}`;
}
