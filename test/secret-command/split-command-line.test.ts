import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {ConfigError, errorText} from '../../source/errors/app-error.js';
import {splitCommandLine} from '../../source/secret-command/split-command-line.js';
import {expectBothLanguages} from '../helpers/app-errors.js';

// The words a secret command line is split into, checked against what a real shell makes of the
// same line (printf prints each argument on a line of its own), so "like a shell does" is measured.

const split = (line: string) => splitCommandLine(line, '--client-secret-command');

/** The words `sh` gives the program for `line`, read back from printf. */
function shellWords(line: string): string[] {
	const out = execFileSync('sh', ['-c', `printf '%s\\0' ${line}`], {encoding: 'utf8'});
	return out.split('\0').slice(0, -1);
}

function refused(line: string): ConfigError {
	try {
		split(line);
	} catch (error) {
		if (error instanceof ConfigError) return error;
		throw error;
	}
	throw new Error(`"${line}" was split`);
}

describe('splitCommandLine', () => {
	it.each([
		'pass show segura/prod',
		'op read op://IT/segura/secret',
		'vault kv get -field=secret kv/segura',
		'  secret-tool   lookup\tservice segura  ',
		`bw get password 'Segura prod'`,
		`bw get password "Segura prod"`,
		`get-secret 'it'"'"'s' "a \\"quoted\\" word" back\\ slash`,
		`printf '' "" x`,
		`echo a"b"'c'd`,
		`echo "\\\\ \\$ \\\` \\x"`,
		`echo 'no \\ escapes "here"'`,
		'echo *.txt [ab] ?',
		'echo $ a$ lone$',
		'echo one\\\ntwo \\\n three',
		`echo "line\\\nfolded"`,
		'echo a#b # a comment, as in sh',
	])('splits %j as sh does', line => {
		const [, ...args] = split(line);
		// The program is not run here: printf stands in for it.
		expect(args).toEqual(shellWords(line.replace(/^\s*\S+/, '')));
	});

	it('keeps the program apart from its arguments', () => {
		expect(split('"/opt/My Tools/get secret" --field "client secret"')).toEqual(['/opt/My Tools/get secret', '--field', 'client secret']);
	});

	it.each([
		['an unclosed single quote', `pass show 'segura/prod`, "'"],
		['an unclosed double quote', 'pass show "segura/prod', '"'],
		['an escaped closing quote', 'pass show "segura/prod\\"', '"'],
	])('refuses %s, naming the quote', (_what, line, quote) => {
		const error = refused(line);
		expect(error.reason).toBe('secret_command_invalid');
		expect(error.exitCode).toBe(2);
		expect(errorText(error, 'en').message).toBe(`--client-secret-command: the ${quote} quote opened in the command is never closed.`);
		expectBothLanguages(error);
	});

	it('refuses a trailing backslash', () => {
		expect(errorText(refused('pass show segura\\'), 'en').message).toContain('ends with a backslash');
	});

	it.each(['', '   ', "'' arg", '\\\n'])('refuses an empty command: %j', line => {
		expect(errorText(refused(line), 'en').message).toBe('--client-secret-command is empty: it needs a command that prints the Client Secret.');
	});

	it.each([
		['pass show prod | head -1', '|'],
		['pass show prod > out', '>'],
		['pass show prod; rm x', ';'],
		['pass show prod &', '&'],
		['cat < file', '<'],
		['echo `id`', '`'],
		['echo $(id)', '$(…'],
		['echo $HOME/x', '$H…'],
		['echo ${HOME}', '${…'],
		['echo "$HOME"', '$H…'],
		['echo "`id`"', '`'],
	])('refuses what only a shell would do: %j', (line, what) => {
		const error = refused(line);
		expect(errorText(error, 'en').message).toBe(`--client-secret-command: "${what}" needs a shell, and the command is run without one (no pipes, redirections, variables or globbing).`);
		expectBothLanguages(error);
	});

	it.each([`echo '|' "a;b" \\> '$HOME' "\\$HOME" '$(x)'`])('takes those characters quoted or escaped: %j', line => {
		expect(split(line)).toEqual(['echo', '|', 'a;b', '>', '$HOME', '$HOME', '$(x)']);
	});
});
