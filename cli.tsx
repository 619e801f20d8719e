import process from 'node:process';
import {reportError, warn} from './source/cli/report.js';
import type {CommandIo} from './source/cli/command-io.js';
import {CancelledError, ConfigError, StoppedError} from './source/errors/app-error.js';
import {exitCodes, signalExitCodes, stopSignalOf, stopSignals, type StopSignal} from './source/errors/exit-codes.js';
import {argText, stopMessages, usage} from './source/i18n/text.js';
import {detectLang, languages, parseLang, type Lang} from './source/i18n/lang.js';
import {commandNames, type CommandName} from './source/cli/command-names.js';
import {closest} from './source/cli/suggest.js';
import {nodeOptionsWarning} from './source/runtime/node-options.js';
import {versionLine} from './source/runtime/version-line.js';
import packageJson from './package.json' with {type: 'json'};

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

// Loaded on demand, so `get` never reads the wizard's React and Ink.
const commands: Record<Exclude<CommandName, 'help'>, () => Promise<Command>> = {
	get: async () => (await import('./source/commands/get.js')).getCommand,
	demo: async () => (await import('./source/commands/demo.js')).demoCommand,
	verify: async () => (await import('./source/commands/verify.js')).verifyCommand,
	profiles: async () => (await import('./source/commands/profiles.js')).profilesCommand,
	doctor: async () => (await import('./source/commands/doctor.js')).doctorCommand,
	completion: async () => (await import('./source/commands/completion.js')).completionCommand,
};

// Hidden, and never suggested: what the completion scripts ask for the saved profile names.
const completeCommand = async () => (await import('./source/commands/complete.js')).completeCommand;

async function main(given: readonly string[], io: CommandIo): Promise<number> {
	// --lang was read before anything else: ahead of the command it must not be taken for the wizard's option.
	const argv = withoutLeadingLang(given);
	const [first, ...rest] = argv;
	// -V as most tools spell it, -v as this one always did: neither is taken by anything else.
	if (first === '--version' || first === '-V' || first === '-v') {
		io.stdout.write(`${versionLine(packageJson.version)}\n`);
		return 0;
	}
	if (first === '--help' || first === '-h') {
		io.stdout.write(usage.main[io.lang]);
		return 0;
	}
	if (first === 'help') return help(rest, io);
	// No command, only options: the wizard.
	if (first === undefined || first.startsWith('-')) return (await import('./source/commands/wizard.js')).wizardCommand(argv, io);
	if (first === '__complete') return (await completeCommand())(rest, io);
	if (!isCommand(first)) throw new ConfigError(argText.unknownCommand(first, closest(first, commandNames)), {reason: 'usage'});
	return (await commands[first]())(rest, io);
}

/** `segura-token help [COMMAND]`: that command's --help, or the main one. */
function help(topics: readonly string[], io: CommandIo): number {
	const [word] = topics.filter(item => !item.startsWith('-'));
	const topic = word === 'help' ? undefined : word;
	if (topic !== undefined && !isCommand(topic)) {
		throw new ConfigError(argText.unknownCommand(topic, closest(topic, commandNames)), {reason: 'usage'});
	}
	io.stdout.write(usage[topic ?? 'main'][io.lang]);
	return 0;
}

function isCommand(word: string): word is Exclude<CommandName, 'help'> {
	return Object.hasOwn(commands, word);
}

function withoutLeadingLang(argv: readonly string[]): readonly string[] {
	if (argv[0] === '--lang') return withoutLeadingLang(argv.slice(2));
	if (argv[0]?.startsWith('--lang=')) return withoutLeadingLang(argv.slice(1));
	return argv;
}

/** `--lang X` or `--lang=X`, read before anything else so even argument errors are in that language. */
function langFlag(argv: readonly string[]): string | undefined {
	// After __complete come the words of a line still being typed: a half-typed --lang is no choice.
	if (argv[0] === '__complete') return undefined;
	const at = argv.findIndex(arg => arg === '--lang' || arg.startsWith('--lang='));
	if (at === -1) return undefined;
	const arg = argv[at] ?? '';
	return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
}

const argv = process.argv.slice(2);
const flag = langFlag(argv);
const lang: Lang = detectLang(flag);
const controller = new AbortController();
// What runs is told through the AbortSignal and ends cleanly: the wizard leaves the terminal as
// it found it, a request is cancelled. Should anything still hold the process after this long
// (a read the system cannot cancel), it ends anyway; a second signal means "now".
const graceMs = 1500;
const onSignal = (signal: StopSignal) => {
	const first = stopSignalOf(controller.signal);
	if (first) process.exit(signalExitCodes[first]);
	controller.abort(signal);
	setTimeout(() => process.exit(signalExitCodes[signal]), graceMs).unref();
};
for (const signal of stopSignals) process.on(signal, onSignal);

// A reader that went away (`get | head -c 10`, a terminal closed under us) is no bug: end quietly.
const onStreamError = () => {
	const signal = stopSignalOf(controller.signal);
	process.exit(signal ? signalExitCodes[signal] : exitCodes.outputClosed);
};
process.stdout.on('error', onStreamError);
process.stderr.on('error', onStreamError);
process.stdin.on('error', onStreamError);

const io: CommandIo = {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, lang, signal: controller.signal};
async function start(): Promise<number> {
	// Code loaded or a debugger opened by NODE_OPTIONS: said before anything else (see node-options.ts).
	const nodeOptions = io.env.NODE_OPTIONS ? nodeOptionsWarning(io.env.NODE_OPTIONS, process.getBuiltinModule('node:sea').isSea()) : undefined;
	if (nodeOptions) warn(io, nodeOptions);
	if (flag !== undefined && !parseLang(flag)) {
		throw new ConfigError(argText.badChoice('--lang', flag, languages), {reason: 'usage'});
	}
	return main(argv, io);
}
start().then(
	code => (process.exitCode = code),
	error => {
		// A request or a prompt cancelled by a signal: say which signal it was.
		const signal = stopSignalOf(controller.signal);
		const asJson = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : undefined).includes('--json');
		process.exitCode = reportError(signal && error instanceof CancelledError ? new StoppedError(signal, stopMessages[signal]) : error, io, asJson);
	},
);
