// The completion scripts: thin, as gh's and kubectl's are. On Tab each asks the program itself
// (`PROGRAM __complete words WORD...`, the command as typed) what to offer for the word under
// the cursor, so commands, options, values and saved profile names are read by the same code
// that parses them (complete-words.ts). The answer is one word a line, or the line `:files` for
// the shell's own file names. The program's words are plain (letters, digits, . _ -), so no
// script quotes or expands them.

export const completionShells = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof completionShells)[number];

/** `segura-token` → `_segura_token`: the prefix of the scripts' function names. */
function functionPrefix(program: string): string {
	return `_${program.replaceAll(/[^A-Za-z0-9]/g, '_')}`;
}

// It keeps off what bash 3.2 (macOS) lacks (mapfile, associative arrays); compopt (bash 4) only
// where its absence costs no more than the quoting of file names.
function bash(program: string): string {
	const fn = functionPrefix(program);
	return `# bash completion for ${program}: commands, options, their values, saved profile names.
# Printed by \`${program} completion bash\`; load it from ~/.bashrc:
#   source <(${program} completion bash)
# On Tab it asks ${program} itself what to offer (the command as typed).

${fn}() {
	local cur=\${COMP_WORDS[COMP_CWORD]} program=\${COMP_WORDS[0]} line
	[[ $program == '~/'* ]] && program=$HOME/\${program#'~/'}
	# bash splits --option=value at the '=': the value is what follows it.
	[[ $cur == = ]] && cur=
	COMPREPLY=()
	while IFS= read -r line; do
		if [[ $line == :files ]]; then
			compopt -o filenames 2>/dev/null
			while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$cur")
		else
			COMPREPLY+=("$line")
		fi
	done < <("$program" __complete words "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
	return 0
}

complete -F ${fn} ${program}
`;
}

// It works both sourced after compinit and as an autoloaded \`_PROGRAM\` file in $fpath (#compdef).
function zsh(program: string): string {
	const fn = functionPrefix(program);
	return `#compdef ${program}
# zsh completion for ${program}: commands, options, their values, saved profile names.
# Printed by \`${program} completion zsh\`; load it from ~/.zshrc, after compinit:
#   source <(${program} completion zsh)
# or save it as _${program} in a folder of $fpath. On Tab it asks ${program} itself what to offer.

${fn}() {
	local program=\${(Q)words[1]}
	[[ $program == '~/'* ]] && program=$HOME/\${program#'~/'}
	local -a reply
	reply=(\${(f)"$("$program" __complete words "\${(@)words[2,CURRENT]}" 2>/dev/null)"})
	# zsh keeps --option=value as one word: the words offered are values, after the '='.
	[[ $words[CURRENT] == --*=* ]] && compset -P '*='
	if [[ $reply[1] == :files ]]; then
		_files
	else
		compadd -a reply
	fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
	${fn} "$@"
else
	compdef ${fn} ${program}
fi
`;
}

function fish(program: string): string {
	const fn = `_${functionPrefix(program)}`;
	return `# fish completion for ${program}: commands, options, their values, saved profile names.
# Printed by \`${program} completion fish\`; save it where fish looks for it:
#   ${program} completion fish > ~/.config/fish/completions/${program}.fish
# On Tab it asks ${program} itself what to offer.

function ${fn}
	set -l words (commandline -opc)
	set -l current (commandline -ct)
	# --option=value: the words offered are values; fish wants the whole word back.
	set -l before ''
	string match -q -- '--*=*' $current; and set before (string replace -r '=.*' '=' -- $current)
	for line in ($words[1] __complete words $words[2..-1] $current 2>/dev/null)
		if test "$line" = ':files'
			for path in (__fish_complete_path (string replace -- $before '' $current))
				echo $before$path
			end
		else
			echo $before$line
		end
	end
end

complete -c ${program} -f -a '(${fn})'
`;
}

const scripts: Readonly<Record<CompletionShell, (program: string) => string>> = {bash, zsh, fish};

/** The completion script of `shell` for `program`. */
export function completionScript(shell: CompletionShell, program: string): string {
	return scripts[shell](program);
}
