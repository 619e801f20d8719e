import {helpCommand, listOf} from '../sentence.js';

/** Text of the command line itself: usage, argument errors, the framing of every error. */
export const cliText = {
	errorPrefix: 'error',
	tryPrefix: 'hint',
	warningPrefix: 'warning',
	bug: 'Something went wrong inside segura-token (a bug). Please report it with the command you ran (never with your secret).',
	insecure: 'TLS certificate checks are OFF (--insecure): anyone on the path could read your client secret and token. Prefer --ca FILE.',
};

const unsetNodeOptions = 'Unset NODE_OPTIONS to run without it (the standalone executable ignores it).';

/**
 * NODE_OPTIONS asks the Node that runs the npm-installed command to load code into it (--require,
 * --import, a loader), to open a debugger on it (--inspect), or both: said on stderr first.
 * `list` names the options found.
 */
export const nodeOptionsText = {
	loadsCode: (list: string) => `NODE_OPTIONS has ${list}, which loads code into segura-token: that code can read your client secret and token. ${unsetNodeOptions}`,
	debugs: (list: string) => `NODE_OPTIONS has ${list}, which opens a debugger on segura-token: whoever attaches to it can read your client secret and token. ${unsetNodeOptions}`,
	both: (list: string) => `NODE_OPTIONS has ${list}, which loads code into segura-token and opens a debugger on it: that code, or whoever attaches to the debugger, can read your client secret and token. ${unsetNodeOptions}`,
};

export const argText = {
	secretInArgv: (flag: string) => ({
		message: `${flag} is not accepted: a secret in the command line shows in \`ps\` and in your shell history.`,
		hint: 'Set SEGURA_CLIENT_SECRET in the environment, pipe it in with --client-secret-stdin, or use a profile that remembers it.',
	}),
	/** The parser refused the arguments for a reason the checks before it did not name. */
	invalid: (command: string) => ({message: 'These arguments could not be read.', hint: helpCommand(command)}),
	unknownCommand: (name: string, suggestion: string | undefined) => ({message: `Unknown command "${name}".`, hint: suggestion ? `Did you mean "segura-token ${suggestion}"?` : 'segura-token --help'}),
	unknownOption: (flag: string, suggestion: string | undefined, command: string) => ({message: `Unknown option ${flag}.`, hint: suggestion ? `Did you mean ${suggestion}?` : helpCommand(command)}),
	needsValue: (flag: string, command: string) => ({message: `${flag} needs a value: ${flag} VALUE (or ${flag}=VALUE for one that starts with -).`, hint: helpCommand(command)}),
	takesNoValue: (flag: string, command: string) => ({message: `${flag} takes no value.`, hint: helpCommand(command)}),
	unexpectedArgument: (argument: string, command: string) => ({message: `segura-token ${command} takes no argument "${argument}".`, hint: helpCommand(command)}),
	badChoice: (flag: string, value: string, choices: readonly string[], suggestion?: string) => ({
		message: `${flag} must be ${listOf(choices, 'or')} (got "${value}").`,
		hint: suggestion ? `Did you mean ${flag} ${suggestion}?` : `${flag} ${choices[0]}`,
	}),
	badTimeout: (value: string) => ({message: `--timeout takes seconds, a number from 1 to 600 (got "${value}").`, hint: '--timeout 30'}),
	badParam: (source: string, problem: string) => ({message: `${source}: ${problem}`, hint: '--param ttl=60'}),
	badUrl: (flag: string, problem: string, path: string, origin?: string) => ({message: `${flag}: ${problem}`, hint: `${flag} ${origin ?? 'https://segura.example.com'}${path}`}),
	badValue: (source: string, problem: string) => ({message: `${source}: ${problem}`}),
	missing: (what: string, command: string) => ({message: `Missing ${what}.`, hint: `segura-token ${command} --help`}),
	// One line: a script that ran the wizard by mistake gets one clear pointer.
	notATerminal: {message: 'The wizard needs a terminal on stdin and stdout: for scripts use `segura-token get`, for line prompts `segura-token --plain`.'},
	noSecret: {
		message:
			'No client secret: it is read from SEGURA_CLIENT_SECRET, from standard input with --client-secret-stdin, from a command with --client-secret-command, or from a profile that remembers it or names its command. Set the variable with the command below, then run the command again.',
		hint: 'read -rs SEGURA_CLIENT_SECRET && export SEGURA_CLIENT_SECRET',
	},
	secretTooLong: (limit: number) => ({message: `Standard input holds more than ${limit / 1024} KiB: that is not a client secret, and it was not cut short to make one.`, hint: 'Pipe in the secret alone: printf %s "$SECRET" | segura-token get --client-secret-stdin ...'}),
	emptySecretStdin: {message: 'Standard input was empty: --client-secret-stdin expects the client secret there.', hint: 'printf %s "$SECRET" | segura-token get --client-secret-stdin ...'},
};

export const getText = {
	secretPrompt: 'Client Secret (hidden): ',
	issued: (type: string, expiry: string) => `✔ Token issued (${type}${expiry ? `, ${expiry}` : ''}).`,
	retried: (encoding: string) => `The server accepted the credentials only with the ${encoding} Basic encoding: add --encoding ${encoding} next time.`,
	unknownLifetime: (sent: string) => `The server sent expires_in ${sent}, not a number of seconds: the token's lifetime is unknown.`,
	savedTo: (path: string) => `✔ Token written to ${path} (mode 0600: only you can read it).`,
	tokenUrl: '--token-url URL (or --profile NAME)',
	clientId: '--client-id ID (or --profile NAME)',
};

export const completionErrors = {
	/** `completion` with no shell, or more than one word. */
	oneShell: (shells: readonly string[]) => ({message: `completion takes one shell: ${listOf(shells, 'or')}.`, hint: `segura-token completion ${shells[0]}`}),
	unknownShell: (shell: string, shells: readonly string[]) => ({
		message: `No completion for the shell "${shell}": segura-token has completion for ${listOf(shells, 'and')}.`,
		hint: `segura-token completion ${shells[0]}`,
	}),
};

/** What ended the run, said as what it was: a Ctrl+C is not a `kill`, and neither is a dropped link. */
export const stoppedText = {
	cancelled: {message: 'Cancelled.'},
	SIGINT: {message: 'Interrupted (Ctrl+C).'},
	SIGTERM: {message: 'Stopped by a termination signal (SIGTERM).'},
	SIGHUP: {message: 'Stopped: the terminal or the SSH connection closed (SIGHUP).'},
};

