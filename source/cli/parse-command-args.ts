import {parseArgs, type ParseArgsConfig} from 'node:util';
import {ConfigError} from '../errors/app-error.js';
import {argText} from '../i18n/cli.js';
import type {NetOptions} from '../model/net-options.js';

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

/**
 * node:util's parseArgs, strict, with its errors turned into ConfigError (exit 2) and any
 * secret-looking flag refused before parsing so its value is never echoed back.
 */
export function parseCommandArgs<T extends Options>(command: string, argv: readonly string[], options: T) {
	for (const arg of argv) {
		const match = secretFlag.exec(arg);
		if (match) throw new ConfigError(argText.secretInArgv(`--${match[1]}`), {reason: 'secret_in_argv'});
	}
	try {
		return parseArgs({args: [...argv], options: {...commonOptions, ...options}, allowPositionals: true, strict: true});
	} catch (error) {
		const detail = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
		throw new ConfigError(argText.invalid(detail, command), {reason: 'usage'});
	}
}

export function oneOf<C extends string>(flag: string, value: string | undefined, choices: readonly C[]): C | undefined {
	if (value === undefined) return undefined;
	if ((choices as readonly string[]).includes(value)) return value as C;
	throw new ConfigError(argText.badChoice(flag, value, choices), {reason: 'usage'});
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

/** `--param KEY=VALUE`, repeatable, in order. */
export function paramsFrom(values: readonly string[] | undefined): Array<[string, string]> {
	return (values ?? []).map(raw => {
		const at = raw.indexOf('=');
		const key = at > 0 ? raw.slice(0, at).trim() : '';
		if (!key) throw new ConfigError(argText.badParam(raw), {reason: 'usage'});
		return [key, raw.slice(at + 1)];
	});
}
