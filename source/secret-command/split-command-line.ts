import {ConfigError} from '../errors/app-error.js';
import {secretCommandSplitText as text} from '../i18n/text.js';

// A command line split into words the way a POSIX shell splits it, and nothing more: single
// quotes keep everything, double quotes keep everything but \" \\ \$ \` (and a backslash before a
// line break, which joins the lines), a backslash outside quotes keeps the next character, a # that
// starts a word starts a comment. No
// variable, ~, glob, pipe or redirection is ever expanded or run: the words go to the program as
// they are. What only a shell would act on, unquoted, is refused rather than passed on silently.

/** Characters a shell acts on when unquoted: pipes, lists, redirections, substitutions, subshells. */
const shellOnly = new Set(['|', '&', ';', '<', '>', '`', '(', ')']);

const blank = /[ \t\n]/;
// $NAME, ${…} and $(…): a variable or a substitution. A lone "$" is a character like any other.
const dollarExpansion = /^\$[A-Za-z_{(]/;

/**
 * The words of `line`, the first being the program. A ConfigError (exit 2), naming `source`
 * (where the line came from), for an empty line, an unclosed quote, a line that ends in a lone
 * backslash, or an unquoted character that needs a shell.
 */
export function splitCommandLine(line: string, source: string): string[] {
	const words: string[] = [];
	let word = '';
	// A word exists once anything of it is seen, quotes included: '' is an empty argument.
	let inWord = false;
	for (let at = 0; at < line.length; at++) {
		const char = line[at]!;
		if (blank.test(char)) {
			if (inWord) words.push(word);
			word = '';
			inWord = false;
			continue;
		}
		// A # that starts a word starts a comment, to the end of the line.
		if (char === '#' && !inWord) break;
		if (char === "'") {
			const end = line.indexOf("'", at + 1);
			if (end === -1) throw new ConfigError(text.unbalancedQuote(source, "'"), {reason: 'secret_command_invalid'});
			word += line.slice(at + 1, end);
			at = end;
		} else if (char === '"') {
			at = readDoubleQuoted(line, at + 1, source, part => (word += part));
		} else if (char === '\\') {
			if (at + 1 >= line.length) throw new ConfigError(text.trailingBackslash(source), {reason: 'secret_command_invalid'});
			at++;
			// Backslash and line break: the line goes on, as in a shell.
			if (line[at] === '\n') continue;
			word += line[at];
		} else {
			const what = shellSyntaxAt(line, at, false);
			if (what !== undefined) throw new ConfigError(text.shellOnly(source, what), {reason: 'secret_command_invalid'});
			word += char;
		}
		inWord = true;
	}
	if (inWord) words.push(word);
	if (words.length === 0 || words[0] === '') throw new ConfigError(text.empty(source), {reason: 'secret_command_invalid'});
	return words;
}

/** What a shell would act on at `at` (inside double quotes: only $ and `), as it may be quoted in a message. */
function shellSyntaxAt(line: string, at: number, isDoubleQuoted: boolean): string | undefined {
	const char = line[at]!;
	if (isDoubleQuoted ? char === '`' : shellOnly.has(char)) return char;
	return dollarExpansion.test(line.slice(at, at + 2)) ? `${line.slice(at, at + 2)}…` : undefined;
}

/** The text inside double quotes from `start`, given to `add`; the index of the closing quote. */
function readDoubleQuoted(line: string, start: number, source: string, add: (part: string) => void): number {
	for (let at = start; at < line.length; at++) {
		const char = line[at]!;
		if (char === '"') return at;
		if (char === '\\' && at + 1 < line.length && '"\\$`\n'.includes(line[at + 1]!)) {
			at++;
			if (line[at] !== '\n') add(line[at]!);
		} else {
			const what = shellSyntaxAt(line, at, true);
			if (what !== undefined) throw new ConfigError(text.shellOnly(source, what), {reason: 'secret_command_invalid'});
			add(char);
		}
	}
	throw new ConfigError(text.unbalancedQuote(source, '"'), {reason: 'secret_command_invalid'});
}
