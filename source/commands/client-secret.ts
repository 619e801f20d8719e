import {checkCommandOption, checkValueOption, removedNote, type GivenValue} from '../cli/check-option.js';
import type {CommandIo} from '../cli/command-io.js';
import {readSecretFromStdin} from '../cli/read-secret.js';
import {ConfigError} from '../errors/app-error.js';
import {argText} from '../i18n/text.js';
import {getText} from '../i18n/text.js';
import {secretCommandUsageText} from '../i18n/text.js';
import type {Profile} from '../profiles/profile.js';
import {readSecretCommand, secretCommandTimeout} from '../secret-command/run-secret-command.js';

/** The ways a command was given to find the Client Secret. */
export type SecretWays = Readonly<{
	/** --client-secret-stdin */
	isFromStdin: boolean;
	/** --client-secret-command CMD */
	command?: string | undefined;
	/** --profile NAME: its remembered secret, else its command. */
	profile?: Profile | undefined;
}>;

const commandFlag = '--client-secret-command';

/**
 * The Client Secret as `get` finds it (doctor reads it the same way), first found first:
 * --client-secret-stdin, SEGURA_CLIENT_SECRET, --client-secret-command, the profile's remembered
 * secret, the profile's command. --client-secret-command with --client-secret-stdin or the
 * variable is an error: which of two secrets to use is not guessed. None at all: 'no_secret'.
 */
export async function secretFrom(ways: SecretWays, io: CommandIo): Promise<GivenValue> {
	const fromEnv = io.env.SEGURA_CLIENT_SECRET;
	if (ways.command !== undefined) {
		const other = ways.isFromStdin ? '--client-secret-stdin' : fromEnv ? 'SEGURA_CLIENT_SECRET' : undefined;
		if (other) throw new ConfigError(secretCommandUsageText.twoWays(other), {reason: 'usage'});
	}
	if (ways.isFromStdin) return checkValueOption('clientSecret', '--client-secret-stdin', await readSecretFromStdin(io, getText.secretPrompt[io.lang]));
	if (fromEnv) return checkValueOption('clientSecret', 'SEGURA_CLIENT_SECRET', fromEnv);
	if (ways.command !== undefined) return fromCommand(checkCommandOption(commandFlag, ways.command), commandFlag, io);
	const {profile} = ways;
	if (profile?.clientSecret) return {value: profile.clientSecret, notes: []};
	if (profile?.clientSecretCommand) {
		const source = `--profile ${profile.name}`;
		return fromCommand(checkCommandOption(source, profile.clientSecretCommand), source, io);
	}
	throw new ConfigError(argText.noSecret, {reason: 'no_secret'});
}

/** The secret the command prints, held to the rule of a pasted secret; what the cleaning removed is a note. */
async function fromCommand(command: string, source: string, io: CommandIo): Promise<GivenValue> {
	const cleaned = await readSecretCommand(command, {env: io.env, signal: io.signal, source, timeoutMs: secretCommandTimeout(io.env)});
	const checked = checkValueOption('clientSecret', source, cleaned.value);
	return {value: checked.value, notes: cleaned.removed.length > 0 ? [removedNote(source, cleaned.removed)] : []};
}
