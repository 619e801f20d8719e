import {valuedOptions, type CommandSpec, type OptionSpec} from './completion-spec.js';

/**
 * One arm of the `case $command in` of the bash and zsh scripts (the same syntax in both): it sets
 * what the rest of the function reads. `rootGuard` is the test that the cursor is on the first
 * word, for what is offered only there: the commands (the wizard itself takes no arguments) and
 * the `leading` flags.
 */
export function caseArm(command: CommandSpec, rootGuard: string, leading: readonly OptionSpec[] = []): string {
	const isRoot = command.name === '';
	const lines = [
		`options='${command.options.map(option => `--${option.name}`).join(' ')}'`,
		...(isRoot && leading.length > 0 ? [`${rootGuard}options="$options ${leading.map(option => `--${option.name}`).join(' ')}"`] : []),
		`valued='${valuedOptions(command).join(' ')}'`,
		...(command.first ? [`${isRoot ? rootGuard : ''}first='${command.first.join(' ')}'`] : []),
		...(command.namesAfter ? [`names_after='${command.namesAfter.join(' ')}'`] : []),
	];
	return [`\t${isRoot ? "''" : command.name})`, ...lines.map(line => `\t\t${line}`), '\t\t;;'].join('\n');
}
