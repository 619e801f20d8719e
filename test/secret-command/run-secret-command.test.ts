import {describe, expect, it} from 'vitest';
import {CancelledError, ConfigError, errorText} from '../../source/errors/app-error.js';
import {commandTimeoutMs, readSecretCommand, secretCommandTimeout, timeoutVariable} from '../../source/secret-command/run-secret-command.js';
import {caught, expectBothLanguages} from '../helpers/app-errors.js';

// The runner in-process, with commands of the system (sh, printf, sleep): what the first line
// becomes, what the command inherits, and how it is stopped. The terminal and the limits through
// the built CLI are in test/e2e/secret-command.test.ts.

const source = '--client-secret-command';

function read(command: string, options: {env?: NodeJS.ProcessEnv; signal?: AbortSignal; timeoutMs?: number} = {}) {
	return readSecretCommand(command, {env: options.env ?? {PATH: process.env.PATH}, signal: options.signal ?? new AbortController().signal, source, ...(options.timeoutMs === undefined ? {} : {timeoutMs: options.timeoutMs})});
}

describe('readSecretCommand', () => {
	it('takes the first line, cleaned as a paste is, and says what was removed', async () => {
		expect(await read(`printf 'first-line-secret\\nsecond line\\n'`)).toEqual({value: 'first-line-secret', removed: []});
		expect(await read(`printf 'crlf-secret\\r\\nmore'`)).toEqual({value: 'crlf-secret', removed: []});
		expect(await read(`printf '  "quoted secret"  \\n'`)).toEqual({value: 'quoted secret', removed: ['spaces', 'quotes']});
		expect(await read(`printf no-line-break`)).toEqual({value: 'no-line-break', removed: []});
	});

	it("hands the command the environment, less this tool's own secrets", async () => {
		const env = {PATH: process.env.PATH, VAULT_ADDR: 'https://vault.example', SEGURA_CLIENT_SECRET: 'inherited-secret', SEGURA_TOKEN: 'inherited-token'};
		const seen = await read(`sh -c 'printf "%s|%s|%s\\n" "$VAULT_ADDR" "\${SEGURA_CLIENT_SECRET-unset}" "\${SEGURA_TOKEN-unset}"'`, {env});
		expect(seen.value).toBe('https://vault.example|unset|unset');
	});

	it('refuses output that is not UTF-8, or a first line with nothing on it', async () => {
		expect((await caught(() => read(`printf '\\377\\376'`))).reason).toBe('secret_command_output');
		const empty = await caught(() => read(`printf '\\n  \\nsecond line'`));
		expect(empty.reason).toBe('secret_command_empty');
		expectBothLanguages(empty);
	});

	it('stops a command at the limit it is given, and says so with the command as typed', async () => {
		const error = await caught(() => read('sleep 30', {timeoutMs: 300}));
		expect(error).toBeInstanceOf(ConfigError);
		expect(error.reason).toBe('secret_command_timeout');
		expect(errorText(error, 'en').message).toBe('The secret command "sleep 30" gave no Client Secret within 0.3 s, and was stopped.');
	});

	it("stops the command on the user's cancel", async () => {
		const controller = new AbortController();
		const started = Date.now();
		const pending = caught(() => read('sleep 30', {signal: controller.signal}));
		setTimeout(() => controller.abort(), 200);
		expect(await pending).toBeInstanceOf(CancelledError);
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('takes a shorter limit from the hidden variable, never a longer one', () => {
		expect(secretCommandTimeout({})).toBe(commandTimeoutMs);
		expect(secretCommandTimeout({[timeoutVariable]: '1500'})).toBe(1500);
		for (const value of ['600000', '0', '-5', 'soon', '1.5']) expect(secretCommandTimeout({[timeoutVariable]: value})).toBe(commandTimeoutMs);
	});
});
