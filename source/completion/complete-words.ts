import type {CommandSpec, CompletionSpec, ValueKind} from './completion-spec.js';

/** What Tab offers: words (already matched against what was typed), or the shell's own file names. */
export type Completion = Readonly<{kind: 'words'; words: readonly string[]}> | Readonly<{kind: 'files'}>;

const nothing: Completion = {kind: 'words', words: []};

/**
 * What to offer for the last of `typed` (the words after the program's name, the last one the
 * word under the cursor, maybe empty), read as the commands parse their arguments. bash splits
 * `--option=value` at the '=' (`--option`, `=`, `value`): such words are joined again first. For
 * `--option=value`, the words offered are values, without `--option=`: each shell puts them after it.
 */
export function completeWords(spec: CompletionSpec, typed: readonly string[], savedNames: () => readonly string[]): Completion {
	const words = joinEquals(typed.length === 0 ? [''] : typed);
	const current = words.at(-1)!;
	const before = words.slice(0, -1);
	const offer = (choices: readonly string[], prefix = current): Completion => ({kind: 'words', words: choices.filter(choice => choice.startsWith(prefix))});
	const valueOf = (kind: ValueKind | undefined, prefix: string): Completion => {
		if (kind === undefined || kind.kind === 'any') return nothing;
		if (kind.kind === 'files') return {kind: 'files'};
		return offer(kind.kind === 'words' ? kind.words : savedNames(), prefix);
	};

	const command = commandOf(spec, before);
	if (!command) return nothing;
	const {spec: commandSpec, rest} = command;
	const equals = current.indexOf('=');
	if (current.startsWith('--') && equals > 0) return valueOf(optionNamed(commandSpec, current.slice(2, equals))?.value, current.slice(equals + 1));
	const previous = rest.at(-1);
	if (previous?.startsWith('-') && !previous.includes('=')) {
		const option = optionNamed(commandSpec, previous.replace(/^--?/, ''));
		if (option?.value) return valueOf(option.value, current);
	}
	if (current.startsWith('-')) {
		const leading = before.length === 0 ? spec.leading.map(option => `--${option.name}`) : [];
		return offer([...commandSpec.options.map(option => `--${option.name}`), ...leading].sort());
	}
	const args = argumentsOf(commandSpec, rest);
	if (commandSpec === spec.root) return before.length === 0 ? offer(commandSpec.first ?? []) : nothing;
	if (args.length === 0) return offer(commandSpec.first ?? []);
	if (args.length === 1 && commandSpec.namesAfter?.includes(args[0]!)) return offer(savedNames());
	return nothing;
}

/** `--auth`, `=`, `b` → `--auth=b`; a trailing `--auth`, `=` → `--auth=`. */
function joinEquals(words: readonly string[]): string[] {
	const joined: string[] = [];
	for (let at = 0; at < words.length; at++) {
		const word = words[at]!;
		const last = joined.at(-1);
		if (word === '=' && last?.startsWith('--') && !last.includes('=')) {
			const value = words[at + 1];
			joined[joined.length - 1] = `${last}=${value ?? ''}`;
			if (value !== undefined) at++;
		} else {
			joined.push(word);
		}
	}
	return joined;
}

/** The command the words name, and the words after it; the wizard's (root) when the first word is an option. */
function commandOf(spec: CompletionSpec, before: readonly string[]): {spec: CommandSpec; rest: readonly string[]} | undefined {
	const first = before[0];
	if (first === undefined || first.startsWith('-')) return {spec: spec.root, rest: before};
	const named = spec.commands.find(command => command.name === first);
	return named ? {spec: named, rest: before.slice(1)} : undefined;
}

function optionNamed(command: CommandSpec, name: string) {
	return command.options.find(option => option.name === name || option.short === name);
}

/** The arguments among `words`: neither options nor the value after an option that takes one. */
function argumentsOf(command: CommandSpec, words: readonly string[]): string[] {
	const args: string[] = [];
	for (let at = 0; at < words.length; at++) {
		const word = words[at]!;
		if (!word.startsWith('-')) args.push(word);
		else if (!word.includes('=') && optionNamed(command, word.replace(/^--?/, ''))?.value) at++;
	}
	return args;
}
