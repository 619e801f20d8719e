import {parseArgs, type ParseArgsConfig} from 'node:util';
import {ConfigError} from '../errors/app-error.js';
import {argText} from '../i18n/text.js';
import type {NetOptions} from '../model/net-options.js';
import {closest} from './suggest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const commonOptions = {
	help: {type: 'boolean', short: 'h'},
	lang: {type: 'string'},
	ca: {type: 'string'},
	insecure: {type: 'boolean'},
	timeout: {type: 'string'},
	verbose: {type: 'boolean'},
} as const satisfies Options;

/** A secret passed as an argument would show in `ps` and in shell history: refuse it by name. */
const secretFlag = /^--(client-secret|secret|password|token)(=|$)/;

type ParseOptions = Readonly<{
	/** Whether the command reads words besides options (profiles' subcommands, the wizard's unknown command). */
	positionals?: boolean;
}>;

/**
 * node:util's parseArgs, strict, after checks of our own that name every mistake in the user's
 * language, with a suggestion for a typo ("--tokenurl": did you mean --token-url?); the
 * parser's own text is never shown. A secret-looking flag is refused before anything else, so its
 * value is never echoed back.
 */
export function parseCommandArgs<T extends Options>(command: string, argv: readonly string[], options: T, parse: ParseOptions = {}) {
	for (const arg of argv) {
		const match = secretFlag.exec(arg);
		if (match) throw new ConfigError(argText.secretInArgv(`--${match[1]}`), {reason: 'secret_in_argv'});
	}
	const all: Options = {...commonOptions, ...options};
	checkArgs(command, argv, all, parse.positionals === true);
	try {
		return parseArgs({args: [...argv], options: all as T & typeof commonOptions, allowPositionals: true, strict: true});
	} catch {
		throw new ConfigError(argText.invalid(command), {reason: 'usage'});
	}
}

function checkArgs(command: string, argv: readonly string[], all: Options, hasPositionals: boolean): void {
	const longNames = Object.keys(all).map(name => `--${name}`);
	const byShort = new Map<string, string>(Object.entries(all).flatMap(([name, option]) => (option.short ? [[`-${option.short}`, name] as const] : [])));
	for (let at = 0; at < argv.length; at++) {
		const arg = argv[at]!;
		if (arg === '--') return;
		if (!arg.startsWith('-') || arg === '-') {
			if (!hasPositionals) throw new ConfigError(argText.unexpectedArgument(arg, command), {reason: 'usage'});
			continue;
		}
		const equals = arg.indexOf('=');
		const flag = equals > 0 ? arg.slice(0, equals) : arg;
		const name = flag.startsWith('--') ? flag.slice(2) : byShort.get(flag);
		const option = name !== undefined && Object.hasOwn(all, name) ? all[name] : undefined;
		if (!option) throw new ConfigError(argText.unknownOption(flag, closest(flag, longNames), command), {reason: 'usage'});
		if (option.type === 'boolean' && equals > 0) throw new ConfigError(argText.takesNoValue(flag, command), {reason: 'usage'});
		if (option.type === 'string' && equals < 0) {
			const value = argv[at + 1];
			if (value === undefined || (value.startsWith('-') && value !== '-')) throw new ConfigError(argText.needsValue(flag, command), {reason: 'usage'});
			at++;
		}
	}
}

/** A value that must be one of `choices`; a typo gets a suggestion. */
export function oneOf<C extends string>(flag: string, value: string | undefined, choices: readonly C[]): C | undefined {
	if (value === undefined) return undefined;
	if ((choices as readonly string[]).includes(value)) return value as C;
	throw new ConfigError(argText.badChoice(flag, value, choices, closest(value, choices)), {reason: 'usage'});
}

export function netOptionsFrom(values: {ca?: string; insecure?: boolean; timeout?: string}): NetOptions {
	let timeoutMs: number | undefined;
	if (values.timeout !== undefined) {
		const seconds = Number(values.timeout);
		if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
			throw new ConfigError(argText.badTimeout(values.timeout), {reason: 'usage'});
		}
		timeoutMs = Math.round(seconds * 1000);
	}
	return {
		...(values.ca === undefined ? {} : {caFile: values.ca}),
		...(values.insecure ? {insecure: true} : {}),
		...(timeoutMs === undefined ? {} : {timeoutMs}),
	};
}
