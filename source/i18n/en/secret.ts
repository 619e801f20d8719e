// The secret command: a command line (a password manager, a vault) whose first line of output is
// the Client Secret. Every error names the command as typed, never what it printed.

const flag = '--client-secret-command';
const runAlone = 'Run the command by itself to see why: it must print the Client Secret on its first line.';

/** The command line cannot be split into a program and its arguments. */
export const secretCommandSplitText = {
	empty: (source: string) => ({message: `${source} is empty: it needs a command that prints the Client Secret.`, hint: `${flag} "pass show segura/prod"`}),
	unbalancedQuote: (source: string, quote: string) => ({message: `${source}: the ${quote} quote opened in the command is never closed.`, hint: 'Close the quote, or escape it with a backslash.'}),
	trailingBackslash: (source: string) => ({message: `${source}: the command ends with a backslash, which escapes nothing.`, hint: 'Remove it, or write \\\\ for a backslash.'}),
	shellOnly: (source: string, what: string) => ({
		message: `${source}: "${what}" needs a shell, and the command is run without one (no pipes, redirections, variables or globbing).`,
		hint: 'Quote it if it is part of an argument, or put the pipeline in a script and give the script as the command.',
	}),
};

/** The command ran, or could not run, and gave no secret. */
export const secretCommandRunText = {
	notFound: (command: string, program: string) => ({
		message: `The secret command "${command}" was not found: no program ${program} on the PATH.`,
		hint: 'Check the name, or give the program by its full path (~ and variables are not expanded).',
	}),
	notRunnable: (command: string, code: string) => ({message: `The secret command "${command}" could not be started (${code}).`, hint: 'Check that the program is executable: chmod +x, and a #! line for a script.'}),
	failed: (command: string, exitCode: number) => ({message: `The secret command "${command}" failed (exit code ${exitCode}): no Client Secret was read, and nothing was saved.`, hint: runAlone}),
	killed: (command: string, signal: string) => ({message: `The secret command "${command}" was ended by ${signal}: no Client Secret was read, and nothing was saved.`, hint: runAlone}),
	timedOut: (command: string, seconds: number) => ({
		message: `The secret command "${command}" gave no Client Secret within ${seconds} s, and was stopped.`,
		hint: 'Run the command by itself: it may be waiting for something that never comes (a sign-in, a device).',
	}),
	tooMuch: (command: string, limit: string) => ({
		message: `The secret command "${command}" printed more than ${limit}, which is no Client Secret, and was stopped.`,
		hint: 'Give a command that prints the Client Secret alone (pass show NAME, op read op://…).',
	}),
	nothing: (command: string) => ({
		message: `The secret command "${command}" printed nothing on its first line: no Client Secret was read, and nothing was saved.`,
		hint: 'Run the command by itself: it must print the Client Secret on its first line.',
	}),
	notText: (command: string) => ({message: `The secret command "${command}" printed something that is not UTF-8 text: no Client Secret was read.`, hint: 'Give a command that prints the Client Secret as text.'}),
};

/** --client-secret-command given with another way of giving the secret. */
export const secretCommandUsageText = {
	twoWays: (other: string) => ({message: `--client-secret-command and ${other} both give the Client Secret: use one of them.`, hint: 'segura-token get --help'}),
};

/** `profiles show`, `profiles add` and `profiles import`: where the secret comes from. */
export const secretCommandProfileText = {
	fromCommand: (command: string) => `read from the command "${command}" each time (never saved)`,
	added: (name: string, command: string) => `"${name}" reads its Client Secret from the command "${command}" each time: the command travels with the profile, the secret never does.`,
};

