import {existsSync} from 'node:fs';
import {netOptionsFrom, oneOf, parseCommandArgs} from '../cli/parse-command-args.js';
import {warn} from '../cli/report.js';
import {stderrTrace} from '../cli/trace-output.js';
import {checkParamOptions, checkUrlOption, checkValueOption} from '../cli/check-option.js';
import {formatParams} from '../model/extra-params.js';
import {ConfigError, FileError} from '../errors/app-error.js';
import {argText, copyFallbackText, getText, tokenFileText, usage} from '../i18n/text.js';
import {fetchToken} from '../oauth/fetch-token.js';
import type {TokenRequest, TokenResult} from '../oauth/types.js';
import {defaultTokenName} from '../flow/configure-rules.js';
import {formatExpiry} from '../i18n/time.js';
import {recordIssuedToken} from '../profiles/record-token.js';
import {safeJson} from '../text/display.js';
import type {CommandIo} from '../cli/command-io.js';
import {basicEncodings, clientAuths} from '../model/client-auth.js';
import {secretFrom} from './client-secret.js';
import {getOptions} from './command-options.js';
import {openProfiles, profileNamed} from './open-profiles.js';

/** `segura-token get`: one token, no questions. stdout carries the token and nothing else. */
export async function getCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values} = parseCommandArgs('get', argv, getOptions);
	if (values.help) {
		io.stdout.write(usage.get[io.lang]);
		return 0;
	}
	// The choices first: a typo there is said before anything is looked up or asked for.
	const auth = oneOf('--auth', values.auth, clientAuths);
	const encoding = oneOf('--encoding', values.encoding, basicEncodings);
	const opened = values.profile === undefined ? undefined : await openProfiles(io);
	const profile = opened && values.profile !== undefined ? profileNamed(opened.profiles, values.profile) : undefined;
	const store = opened?.store;
	// A profile's own CA file and --insecure, unless the command line says otherwise.
	const net = {...profile?.network, ...netOptionsFrom(values)};
	const givenUrl = values['token-url'] ?? profile?.tokenUrl;
	const givenId = values['client-id'] ?? profile?.clientId;
	if (!givenUrl) throw new ConfigError(argText.missing(getText.tokenUrl[io.lang], 'get'), {reason: 'usage'});
	if (!givenId) throw new ConfigError(argText.missing(getText.clientId[io.lang], 'get'), {reason: 'usage'});
	// Pasted values cleaned and checked as the wizard does, before anything is sent.
	const tokenUrl = checkUrlOption('--token-url', 'tokenUrl', givenUrl);
	const clientId = checkValueOption('clientId', '--client-id', givenId);
	const clientSecret = await secretFrom({isFromStdin: values['client-secret-stdin'] === true, command: values['client-secret-command'], profile}, io);
	for (const note of [...tokenUrl.notes, ...clientId.notes, ...clientSecret.notes]) warn(io, note);
	const scope = values.scope ?? profile?.scope;
	// The wizard's rule, for a profile's parameters too: a file edited by hand is held to it.
	const params = values.param ? checkParamOptions('--param', values.param) : profile ? checkParamOptions(`--profile ${profile.name}`, profile.params.map(param => formatParams([param]))) : undefined;
	const request: TokenRequest = {
		tokenUrl: tokenUrl.value,
		clientId: clientId.value,
		clientSecret: clientSecret.value,
		auth: auth ?? profile?.auth ?? 'basic',
		encoding: encoding ?? profile?.encoding ?? 'rfc',
		...(scope ? {scope} : {}),
		...(params && params.length > 0 ? {params} : {}),
	};
	if (net.insecure) warn(io, 'insecure');
	// Checked before the request: a token fetched only to be refused a file would be wasted.
	if (values.output !== undefined && !values.force && existsSync(values.output)) {
		throw new FileError(tokenFileText.fileExists(values.output), {reason: 'output_exists'});
	}
	const result = await fetchToken(request, net, {env: io.env, signal: io.signal, ...(values.verbose ? {trace: stderrTrace(io)} : {})});
	if (store && profile) {
		const tokenName = profile.tokenName || defaultTokenName(profile.kind, new Date(), io.lang);
		await recordIssuedToken(store, profile.name, tokenName, result, new Date(), {tokenUrl: request.tokenUrl, ...(profile.baseUrl ? {baseUrl: profile.baseUrl} : {})});
	}
	if (result.retriedWith) io.stderr.write(`${getText.retried[io.lang](result.retriedWith)}\n`);
	if (result.unusableExpiresIn !== undefined) io.stderr.write(`${getText.unknownLifetime[io.lang](result.unusableExpiresIn)}\n`);
	// With --copy or --output the token goes there instead of the screen (--json still prints).
	const isDelivered = await deliver(result.accessToken, values, io);
	if (values.json) io.stdout.write(`${safeJson(tokenJson(result))}\n`);
	else if (!isDelivered) io.stdout.write(`${result.accessToken}\n`);
	if (io.stderr.isTTY && !values.json) {
		io.stderr.write(`${getText.issued[io.lang](result.tokenType, result.expiresAt ? formatExpiry(result.expiresAt, io.lang) : '')}\n`);
	}
	return 0;
}

/** --output FILE (0600, never over an existing file without --force) and --copy; true if either ran. */
async function deliver(token: string, values: {copy?: boolean; output?: string; force?: boolean}, io: CommandIo): Promise<boolean> {
	if (values.output !== undefined) {
		const {writePrivateFile} = await import('../io/private-file.js');
		await writePrivateFile(values.output, token, {overwrite: values.force === true});
		io.stderr.write(`${getText.savedTo[io.lang](values.output)}\n`);
	}
	if (values.copy) {
		const [{copyToClipboard}, {describeCopy}] = await Promise.all([import('../clipboard/copy.js'), import('../clipboard/describe-copy.js')]);
		const said = describeCopy(await copyToClipboard(token, {env: io.env, platform: process.platform}), io.lang, 'get');
		io.stderr.write(`${said.said}\n`);
		// Nothing lost: a token that reached no clipboard and no file is printed after all, and that is said.
		const isPrinted = said.isNothingSent && values.output === undefined;
		const next = isPrinted ? copyFallbackText.printed[io.lang] : said.isNothingSent ? undefined : said.fallback;
		if (next) io.stderr.write(`${next}\n`);
		if (isPrinted) return false;
	}
	return values.copy === true || values.output !== undefined;
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
