import {caseArm} from './case-arm.js';
import {functionPrefix, optionValues, type CompletionSpec, type ValueKind} from './completion-spec.js';

/**
 * The zsh completion script: the bash script's reading of the command line, with zsh's compadd
 * (which matches, sorts and quotes) and _files. It works both sourced after compinit and as an
 * autoloaded `_segura-token` file in $fpath (the #compdef line).
 */
export function zshScript(spec: CompletionSpec): string {
	const fn = functionPrefix(spec.program);
	const commands = [spec.root, ...spec.commands].map(command => caseArm(command, '(( CURRENT == 2 )) && ', spec.leading)).join('\n');
	// An option of free text (a URL, a number) has no arm: nothing to offer.
	const values = optionValues(spec)
		.flatMap(([name, value]) => (value.kind === 'any' ? [] : [`\t\t--${name}) ${valueAction(fn, value)} ;;`]))
		.join('\n');
	return `#compdef ${spec.program}
# zsh completion for ${spec.program}: commands, options, their values, saved profile names.
# Printed by \`${spec.program} completion zsh\`; load it from ~/.zshrc, after compinit:
#   source <(${spec.program} completion zsh)
# or save it as _${spec.program} in a folder of $fpath.

# The saved profile names, asked of ${spec.program} itself each time (the command as typed).
${fn}_profiles() {
	local program=\${(Q)words[1]}
	[[ $program == '~/'* ]] && program=$HOME/\${program#'~/'}
	local -a names
	names=(\${(f)"$("$program" __complete profiles 2>/dev/null)"})
	compadd -a names
}

${fn}() {
	local cur=$words[CURRENT] prev=
	(( CURRENT > 1 )) && prev=$words[CURRENT-1]
	# zsh keeps --option=value as one word: what is after the '=' is the value.
	local inline=
	if [[ $cur == --*=* ]]; then
		prev=\${cur%%=*}
		compset -P '*='
		inline=1
	fi
	# The command is the first word; a first word that is an option means the wizard.
	local command=
	if (( CURRENT > 2 )) && [[ $words[2] != -* ]]; then
		command=$words[2]
	fi
	local options= valued= first= names_after=
	case $command in
${commands}
	*) return 1 ;;
	esac
	if [[ -n $prev && " $valued " == *" $prev "* ]]; then
		case $prev in
${values}
		esac
		return
	fi
	[[ -n $inline ]] && return 1
	if [[ $cur == -* ]]; then
		compadd -- \${=options}
		return
	fi
	# The arguments before this one: the words that are neither options nor an option's value.
	local i word skip= count=0 arg1=
	for (( i = 3; i < CURRENT; i++ )); do
		word=$words[i]
		if [[ -n $skip ]]; then
			skip=
			continue
		fi
		if [[ $word == -* ]]; then
			[[ " $valued " == *" $word "* ]] && skip=1
			continue
		fi
		(( count == 0 )) && arg1=$word
		count=$(( count + 1 ))
	done
	if (( count == 0 )); then
		compadd -- \${=first}
	elif (( count == 1 )) && [[ -n $names_after && " $names_after " == *" $arg1 "* ]]; then
		${fn}_profiles
	fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
	${fn} "$@"
else
	compdef ${fn} ${spec.program}
fi
`;
}

function valueAction(fn: string, value: Exclude<ValueKind, {kind: 'any'}>): string {
	switch (value.kind) {
		case 'words':
			return `compadd -- ${value.words.join(' ')}`;
		case 'files':
			return '_files';
		case 'profiles':
			return `${fn}_profiles`;
	}
}
