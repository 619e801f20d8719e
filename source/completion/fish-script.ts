import {functionPrefix, valuedOptions, type CommandSpec, type CompletionSpec, type OptionSpec} from './completion-spec.js';

/**
 * The fish completion script: `complete` rules, each with a condition on the command line read
 * by a few functions (fish matches, sorts and quotes the candidates, and handles --option=value).
 */
export function fishScript(spec: CompletionSpec): string {
	const fn = `_${functionPrefix(spec.program)}`;
	const program = spec.program;
	const valued = spec.commands
		.filter(command => valuedOptions(command).length > 0)
		.map(command => `\t\tcase ${command.name}\n\t\t\tprintf '%s\\n' ${valuedOptions(command).join(' ')}`)
		.join('\n');
	const rules = [
		'# No command yet: the commands, and the options of the wizard.',
		`complete -c ${program} -n 'test (count (commandline -opc)) -eq 1' -a '${spec.root.first?.join(' ') ?? ''}'`,
		...spec.leading.map(option => optionRule(program, fn, 'test (count (commandline -opc)) -eq 1', option)),
		...spec.root.options.map(option => optionRule(program, fn, `${fn}_no_command`, option)),
		...spec.commands.flatMap(command => commandRules(program, fn, command)),
	];
	return `# fish completion for ${program}: commands, options, their values, saved profile names.
# Printed by \`${program} completion fish\`; save it where fish looks for it:
#   ${program} completion fish > ~/.config/fish/completions/${program}.fish

# The options of each command that take a value: the word after one is not an argument.
function ${fn}_valued
	switch $argv[1]
${valued}
	end
end

# The arguments after the command, before the cursor: neither options nor an option's value.
function ${fn}_args
	set -l words (commandline -opc)
	set -l valued (${fn}_valued $words[2])
	set -e words[1..2]
	set -l skip 0
	for word in $words
		if test $skip = 1
			set skip 0
		else if string match -q -- '-*' $word
			contains -- $word $valued; and set skip 1
		else
			echo $word
		end
	end
end

# No command typed: a first word that is an option means the wizard.
function ${fn}_no_command
	set -l words (commandline -opc)
	not set -q words[2]; or string match -q -- '-*' $words[2]
end

function ${fn}_command_is
	set -l words (commandline -opc)
	set -q words[2]; and test $words[2] = $argv[1]
end

# The command is $argv[1] and the word under the cursor is its first argument.
function ${fn}_first_argument
	${fn}_command_is $argv[1]; and test (count (${fn}_args)) -eq 0
end

# The command is $argv[1] and the word under the cursor follows one of $argv[2..]: a profile name.
function ${fn}_name_after
	${fn}_command_is $argv[1]; or return 1
	set -l args (${fn}_args)
	test (count $args) -eq 1; and contains -- $args[1] $argv[2..-1]
end

# The saved profile names, asked of ${program} itself each time (the command as typed). It
# prints only names of letters, digits, '.', '_' and '-', one a line, and nothing when there are none.
function ${fn}_profiles
	set -l program (commandline -opc)[1]
	string match -q -- '~/*' $program; and set program $HOME/(string sub -s 3 -- $program)
	command $program __complete profiles 2>/dev/null
end

# Files only where an option takes one.
complete -c ${program} -f
${rules.join('\n')}
`;
}

function commandRules(program: string, fn: string, command: CommandSpec): string[] {
	return [
		`# ${program} ${command.name}`,
		...(command.first ? [`complete -c ${program} -n '${fn}_first_argument ${command.name}' -a '${command.first.join(' ')}'`] : []),
		...(command.namesAfter ? [`complete -c ${program} -n '${fn}_name_after ${command.name} ${command.namesAfter.join(' ')}' -a '(${fn}_profiles)'`] : []),
		...command.options.map(option => optionRule(program, fn, `${fn}_command_is ${command.name}`, option)),
	];
}

function optionRule(program: string, fn: string, condition: string, option: OptionSpec): string {
	const names = `${option.short ? `-s ${option.short} ` : ''}-l ${option.name}`;
	const rule = `complete -c ${program} -n '${condition}' ${names}`;
	switch (option.value?.kind) {
		case undefined:
			return rule;
		case 'words':
			return `${rule} -x -a '${option.value.words.join(' ')}'`;
		case 'files':
			return `${rule} -r -F`;
		case 'profiles':
			return `${rule} -x -a '(${fn}_profiles)'`;
		case 'any':
			return `${rule} -x`;
	}
}
