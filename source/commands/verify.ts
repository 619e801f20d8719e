import {netOptionsFrom, parseCommandArgs} from '../cli/parse-command-args.js';
import {readSecretFromStdin} from '../cli/read-secret.js';
import {warn} from '../cli/report.js';
import {stderrTrace} from '../cli/trace-output.js';
import {checkUrlOption} from '../cli/check-option.js';
import {bearerTokenProblem} from '../oauth/bearer-token.js';
import {jwtClaims} from '../oauth/jwt-claims.js';
import {inEveryLanguage, type Lang} from '../i18n/lang.js';
import {formatExpiry} from '../i18n/time.js';
import {ConfigError} from '../errors/app-error.js';
import {argText, extraText, scimText, usage, verifyText} from '../i18n/text.js';
import type {NetOptions} from '../model/net-options.js';
import {verifyOptions} from './command-options.js';
import {openProfiles, profileNamed} from './open-profiles.js';
import {verify} from '../scim/verify.js';
import {displayLine} from '../text/display.js';
import {urlHost} from '../url/url-host.js';
import type {CommandIo} from '../cli/command-io.js';

/**
 * `segura-token verify`: Okta's "Test API Credentials" from the command line. The token comes
 * from standard input or SEGURA_TOKEN, never from an argument; profiles give the Base URL only.
 */
export async function verifyCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values} = parseCommandArgs('verify', argv, verifyOptions);
	if (values.help) {
		io.stdout.write(usage.verify[io.lang]);
		return 0;
	}
	const flags = netOptionsFrom(values);
	const profile = values.profile === undefined ? undefined : profileNamed((await openProfiles(io)).profiles, values.profile);
	// Flags win over what the profile remembers, as for `get`.
	const net: NetOptions = {...(profile?.network ?? {}), ...flags};
	const given = values['base-url'] ?? profile?.baseUrl;
	if (!given) throw new ConfigError(argText.missing(verifyText.baseUrl[io.lang], 'verify'), {reason: 'usage'});
	// Checked before the token is read: it must never travel in the clear to another machine.
	const checked = checkUrlOption('--base-url', 'baseUrl', given);
	for (const note of checked.notes) warn(io, note);
	const baseUrl = checked.value;
	const token = await tokenFrom(values['token-stdin'] === true, profile?.name, io);
	// The profile says where its tokens come from: a Base URL on another server asks one that did not issue them.
	if (profile && urlHost(baseUrl) !== urlHost(profile.tokenUrl)) {
		const [base, issuer] = [urlHost(baseUrl), urlHost(profile.tokenUrl)].map(host => displayLine(host));
		warn(io, inEveryLanguage(lang => extraText[lang].otherServers(base!, issuer!)));
	}
	if (net.insecure) warn(io, 'insecure');
	const result = await verify(baseUrl, token, net, {env: io.env, signal: io.signal, ...(values.verbose ? {trace: stderrTrace(io)} : {})});
	const users = result.totalResults ?? 0;
	if (values.json) io.stdout.write(`${JSON.stringify({ok: true, status: result.status, totalResults: users})}\n`);
	else io.stderr.write(`✔ ${verifyText.works[io.lang](users)}${expirySentence(token, io.lang)}\n`);
	return 0;
}

/** When the token (a JWT) says when it expires: " The token expires in 12 min, at 18:31 UTC−03:00." */
function expirySentence(token: string, lang: Lang): string {
	const exp = jwtClaims(token)?.exp;
	const date = typeof exp === 'number' ? new Date(exp * 1000) : undefined;
	return date && Number.isFinite(date.getTime()) ? ` ${verifyText.expires[lang](formatExpiry(date, lang))}` : '';
}

async function tokenFrom(fromStdin: boolean, profile: string | undefined, io: CommandIo): Promise<string> {
	const raw = fromStdin ? await readToken(io) : io.env.SEGURA_TOKEN;
	if (!raw?.trim()) {
		if (profile !== undefined) throw new ConfigError(scimText.noTokenInProfile(profile), {reason: 'no_token'});
		throw new ConfigError(scimText.noToken, {reason: 'no_token'});
	}
	let token = raw.trim();
	// Okta adds "Bearer " itself; a token copied with it would fail there, so say so.
	const prefixed = /^bearer\s+/i.exec(token);
	if (prefixed) {
		token = token.slice(prefixed[0].length);
		io.stderr.write(`${verifyText.bearerStripped[io.lang]}\n`);
	}
	if (bearerTokenProblem(token)) throw new ConfigError(scimText.badToken, {reason: 'bad_token'});
	return token;
}

async function readToken(io: CommandIo): Promise<string> {
	try {
		return await readSecretFromStdin(io, verifyText.tokenPrompt[io.lang]);
	} catch (error) {
		// Its own words speak of the client secret.
		if (error instanceof ConfigError && error.reason === 'empty_secret') {
			throw new ConfigError(scimText.emptyTokenStdin, {reason: 'empty_token'});
		}
		throw error;
	}
}
