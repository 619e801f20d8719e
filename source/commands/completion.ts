import {commonOptions, parseCommandArgs} from '../cli/parse-command-args.js';
import type {CommandIo} from '../cli/command-io.js';
import {checkedSpec, type CommandSpec, type CompletionSpec, type OptionSpec, type ValueKind} from '../completion/completion-spec.js';
import {completionScript, completionShells, type CompletionShell} from '../completion/shell-scripts.js';
import {ConfigError} from '../errors/app-error.js';
import {completionErrors, usage} from '../i18n/text.js';
import {languages} from '../i18n/lang.js';
import {basicEncodings, clientAuths} from '../model/client-auth.js';
import {providerKinds} from '../model/provider-kind.js';
import {completionOptions, demoOptions, doctorOptions, getOptions, profilesArity, profilesOptions, profilesTransfer, verifyOptions, wizardOptions} from './command-options.js';

const shells: readonly string[] = completionShells;

/** `segura-token completion bash|zsh|fish`: the completion script on stdout. */
export function completionCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandArgs('completion', argv, completionOptions, {positionals: true});
	if (values.help) {
		io.stdout.write(usage.completion[io.lang]);
		return Promise.resolve(0);
	}
	const [shell, ...more] = positionals;
	if (shell === undefined || more.length > 0) throw new ConfigError(completionErrors.oneShell(shells), {reason: 'usage'});
	if (!shells.includes(shell)) throw new ConfigError(completionErrors.unknownShell(shell, shells), {reason: 'usage'});
	io.stdout.write(completionScript(shell as CompletionShell, 'segura-token'));
	return Promise.resolve(0);
}

type OptionTable = Readonly<Record<string, Readonly<{type: 'string' | 'boolean'; short?: string}>>>;

/** What the value of each option that takes one may be; any other takes free text. */
const optionValues: Readonly<Record<string, ValueKind>> = {
	profile: {kind: 'profiles'},
	ca: {kind: 'files'},
	output: {kind: 'files'},
	auth: {kind: 'words', words: clientAuths},
	encoding: {kind: 'words', words: basicEncodings},
	lang: {kind: 'words', words: languages},
	kind: {kind: 'words', words: providerKinds},
};

/** A command's options as parseCommandArgs reads them: its own table and commonOptions. */
function optionsOf(table: OptionTable): OptionSpec[] {
	const all: OptionTable = {...commonOptions, ...table};
	return Object.entries(all).map(([name, option]) => ({
		name,
		...(option.short === undefined ? {} : {short: option.short}),
		...(option.type === 'string' ? {value: optionValues[name] ?? {kind: 'any'}} : {}),
	}));
}

/** The commands, from the same tables the commands parse their arguments with. */
export function completionSpec(): CompletionSpec {
	const profileSubcommands = Object.keys(profilesArity) as Array<keyof typeof profilesArity>;
	const commands: CommandSpec[] = [
		{name: 'get', options: optionsOf(getOptions)},
		{name: 'verify', options: optionsOf(verifyOptions)},
		{
			name: 'profiles',
			options: optionsOf(profilesOptions),
			first: [...profileSubcommands, ...Object.keys(profilesTransfer)],
			namesAfter: [...profileSubcommands.filter(subcommand => profilesArity[subcommand] > 0), 'export'],
		},
		{name: 'doctor', options: optionsOf(doctorOptions)},
		{name: 'demo', options: optionsOf(demoOptions)},
		{name: 'completion', options: optionsOf(completionOptions), first: shells},
	];
	// cli.tsx answers `help`, and --version as the first word, itself, before any parsing.
	const help: CommandSpec = {name: 'help', options: [], first: commands.map(command => command.name)};
	const root: CommandSpec = {name: '', options: optionsOf(wizardOptions), first: [...commands, help].map(command => command.name)};
	return checkedSpec({program: 'segura-token', root, leading: [{name: 'version', short: 'v'}], commands: [...commands, help]});
}
