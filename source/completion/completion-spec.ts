/** What may follow an option, or stand in an argument's place. */
export type ValueKind =
	| Readonly<{kind: 'words'; words: readonly string[]}>
	| Readonly<{kind: 'files'}>
	/** Saved profile names, asked of the program each time (`PROGRAM __complete profiles`). */
	| Readonly<{kind: 'profiles'}>
	/** Free text (a URL, a number): nothing to offer. */
	| Readonly<{kind: 'any'}>;

/** A long option (`name` without the dashes); with a value unless it is a flag. */
export type OptionSpec = Readonly<{name: string; short?: string; value?: ValueKind}>;

export type CommandSpec = Readonly<{
	/** '' for no command: the wizard. */
	name: string;
	options: readonly OptionSpec[];
	/** The words of the first argument: subcommands, shells, commands. */
	first?: readonly string[];
	/** The first arguments after which the second is a saved profile's name. */
	namesAfter?: readonly string[];
}>;

/**
 * The program; its options with no command (`root`, the wizard's, whose `first` is the commands);
 * the flags it takes only as the first word (`leading`: --version); and each command.
 */
export type CompletionSpec = Readonly<{program: string; root: CommandSpec; leading: readonly OptionSpec[]; commands: readonly CommandSpec[]}>;

// The scripts add the words offered to the command line as they are: a word of anything else
// would need quoting. Every word here is ours, so this only stops a mistake.
const shellWord = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The spec as given, once each of its words is known to be a plain shell word. */
export function checkedSpec(spec: CompletionSpec): CompletionSpec {
	const optionWords = (option: OptionSpec) => [option.name, ...(option.short ? [option.short] : []), ...(option.value?.kind === 'words' ? option.value.words : [])];
	const words = [spec.program, ...spec.leading.flatMap(optionWords), ...[spec.root, ...spec.commands].flatMap(command => [
		...(command.name === '' ? [] : [command.name]),
		...command.options.flatMap(optionWords),
		...(command.first ?? []),
		...(command.namesAfter ?? []),
	])];
	const bad = words.find(word => !shellWord.test(word));
	if (bad !== undefined) throw new Error(`not a plain shell word in the completion spec: ${JSON.stringify(bad)}`);
	return spec;
}
