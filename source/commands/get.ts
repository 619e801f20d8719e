import {netOptionsFrom, oneOf, paramsFrom, parseCommandArgs} from '../cli/parse-command-args.js';
import {readSecretFromStdin} from '../cli/read-secret.js';
import {warn} from '../cli/report.js';
import {ConfigError} from '../errors.js';
import {argText} from '../i18n/cli.js';
import {getText} from '../i18n/get.js';
import {usage} from '../i18n/usage.js';
import {fetchToken} from '../oauth/fetch-token.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import type {CommandIo} from './command-io.js';

const options = {
	'token-url': {type: 'string'},
	'client-id': {type: 'string'},
	'client-secret-stdin': {type: 'boolean'},
	auth: {type: 'string'},
	encoding: {type: 'string'},
	scope: {type: 'string'},
	param: {type: 'string', multiple: true},
	json: {type: 'boolean'},
} as const;

/** `segura-token get`: one token, no questions. stdout carries the token and nothing else. */
export async function getCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values} = parseCommandArgs('get', argv, options);
	if (values.help) {
		io.stdout.write(usage.get[io.lang]);
		return 0;
	}
	const net = netOptionsFrom(values);
	const tokenUrl = values['token-url'];
	const clientId = values['client-id'];
	if (!tokenUrl) throw new ConfigError(argText.missing(getText.tokenUrl[io.lang], 'get'), {reason: 'usage'});
	if (!clientId) throw new ConfigError(argText.missing(getText.clientId[io.lang], 'get'), {reason: 'usage'});
	const request: TokenRequest = {
		tokenUrl,
		clientId,
		clientSecret: await secretFrom(values['client-secret-stdin'] === true, io),
		auth: oneOf('--auth', values.auth, ['basic', 'body'] as const) ?? 'basic',
		encoding: oneOf('--encoding', values.encoding, ['rfc', 'raw'] as const) ?? 'rfc',
		...(values.scope ? {scope: values.scope} : {}),
		params: paramsFrom(values.param),
	};
	if (net.insecure) warn(io, 'insecure');
	const result = await fetchToken(request, net, {env: io.env, signal: io.signal});
	if (result.retriedWith) io.stderr.write(`${getText.retried[io.lang](result.retriedWith)}\n`);
	io.stdout.write(values.json ? `${JSON.stringify(tokenJson(result))}\n` : `${result.accessToken}\n`);
	if (io.stderr.isTTY && !values.json) {
		io.stderr.write(`${getText.issued[io.lang](result.tokenType, result.expiresAt ? clock(result.expiresAt, io.lang) : '')}\n`);
	}
	return 0;
}

async function secretFrom(fromStdin: boolean, io: CommandIo): Promise<string> {
	if (fromStdin) return readSecretFromStdin(io, getText.secretPrompt[io.lang]);
	const fromEnv = io.env.SEGURA_CLIENT_SECRET;
	if (fromEnv) return fromEnv;
	throw new ConfigError(argText.noSecret, {reason: 'no_secret'});
}

/** The `--json` shape: the token response's own names, plus the expiry as a clock time. */
export function tokenJson(result: TokenResult) {
	return {
		access_token: result.accessToken,
		token_type: result.tokenType,
		expires_in: result.expiresIn ?? null,
		expires_at: result.expiresAt?.toISOString() ?? null,
		scope: result.scope ?? null,
	};
}

function clock(date: Date, lang: CommandIo['lang']): string {
	return date.toLocaleTimeString(lang, {hour: '2-digit', minute: '2-digit'});
}
