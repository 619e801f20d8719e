import {caseArm} from './case-arm.js';
import {functionPrefix, optionValues, type CompletionSpec, type ValueKind} from './completion-spec.js';

/**
 * The bash completion script. It keeps off what bash 3.2 (macOS) lacks: no mapfile, no
 * associative arrays; compopt (bash 4) only where its absence costs no more than the quoting of
 * file names.
 */
export function bashScript(spec: CompletionSpec): string {
	const fn = functionPrefix(spec.program);
	const commands = [spec.root, ...spec.commands].map(command => caseArm(command, '((COMP_CWORD == 1)) && ', spec.leading)).join('\n');
	// An option of free text (a URL, a number) has no arm: nothing to offer.
	const values = optionValues(spec)
		.flatMap(([name, value]) => (value.kind === 'any' ? [] : [`\t\t--${name}) ${valueAction(fn, value)} ;;`]))
		.join('\n');
	return `# bash completion for ${spec.program}: commands, options, their values, saved profile names.
# Printed by \`${spec.program} completion bash\`; load it from ~/.bashrc:
#   source <(${spec.program} completion bash)

# Adds to COMPREPLY each word after the first that begins with the first. The words are compared
# here, not given to compgen -W, which would expand them.
${fn}_words() {
	local cur=$1 word
	shift
	for word; do
		[[ $word == "$cur"* ]] && COMPREPLY+=("$word")
	done
	return 0
}

# The saved profile names, asked of ${spec.program} itself each time (the command as typed).
# It prints only names of letters, digits, '.', '_' and '-', one a line, and nothing when there
# are none.
${fn}_profiles() {
	local program=\${COMP_WORDS[0]} name
	[[ $program == '~/'* ]] && program=$HOME/\${program#'~/'}
	while IFS= read -r name; do
		[[ $name == "$1"* ]] && COMPREPLY+=("$name")
	done < <("$program" __complete profiles 2>/dev/null)
	return 0
}

${fn}_files() {
	compopt -o filenames 2>/dev/null
	local file
	while IFS= read -r file; do
		COMPREPLY+=("$file")
	done < <(compgen -f -- "$1")
	return 0
}

${fn}() {
	local cur=\${COMP_WORDS[COMP_CWORD]} prev=
	((COMP_CWORD > 0)) && prev=\${COMP_WORDS[COMP_CWORD-1]}
	COMPREPLY=()
	# bash splits --option=value at the '=' (COMP_WORDBREAKS): --option, = and value.
	if [[ $cur == = ]]; then
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
		prev=\${COMP_WORDS[COMP_CWORD-2]}
	fi
	# The command is the first word; a first word that is an option means the wizard.
	local command=
	if ((COMP_CWORD > 1)) && [[ \${COMP_WORDS[1]} != -* ]]; then
		command=\${COMP_WORDS[1]}
	fi
	local options= valued= first= names_after=
	case $command in
${commands}
	*) return 0 ;;
	esac
	if [[ -n $prev && " $valued " == *" $prev "* ]]; then
		case $prev in
${values}
		esac
		return 0
	fi
	if [[ $cur == -* ]]; then
		${fn}_words "$cur" $options
		return 0
	fi
	# The arguments before this one: the words that are neither options nor an option's value.
	local i word skip= count=0 arg1=
	for ((i = 2; i < COMP_CWORD; i++)); do
		word=\${COMP_WORDS[i]}
		if [[ -n $skip ]]; then
			# --option=value: the value is the word after the '='.
			[[ $word == = ]] || skip=
			continue
		fi
		if [[ $word == -* ]]; then
			[[ " $valued " == *" $word "* ]] && skip=1
			continue
		fi
		((count == 0)) && arg1=$word
		count=$((count + 1))
	done
	if ((count == 0)); then
		${fn}_words "$cur" $first
	elif ((count == 1)) && [[ -n $names_after && " $names_after " == *" $arg1 "* ]]; then
		${fn}_profiles "$cur"
	fi
	return 0
}

complete -F ${fn} ${spec.program}
`;
}

function valueAction(fn: string, value: Exclude<ValueKind, {kind: 'any'}>): string {
	switch (value.kind) {
		case 'words':
			return `${fn}_words "$cur" ${value.words.join(' ')}`;
		case 'files':
			return `${fn}_files "$cur"`;
		case 'profiles':
			return `${fn}_profiles "$cur"`;
	}
}
