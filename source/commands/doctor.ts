import {checkParamOptions, checkValueOption, type GivenValue} from '../cli/check-option.js';
import type {CommandIo} from '../cli/command-io.js';
import {netOptionsFrom, oneOf, parseCommandArgs} from '../cli/parse-command-args.js';
import {warn} from '../cli/report.js';
import {stderrTrace} from '../cli/trace-output.js';
import {reportJson, reportLines} from '../doctor/format-report.js';
import {runDoctor} from '../doctor/run-doctor.js';
import {ConfigError} from '../errors/app-error.js';
import {formatParams} from '../model/extra-params.js';
import {argText, doctorText, usage} from '../i18n/text.js';
import {providerKinds} from '../model/provider-kind.js';
import type {Profile} from '../profiles/profile.js';
import {isColourWanted} from '../text/colour.js';
import {displayLine, safeJson} from '../text/display.js';
import {urlHost} from '../url/url-host.js';
import {doctorOptions} from './command-options.js';
import {secretFrom} from './client-secret.js';
import {openProfiles, profileNamed} from './open-profiles.js';

/**
 * `segura-token doctor`: the chain from this machine to a token Okta can use, one line per link,
 * stopping at the first broken one. The report goes to stdout (as text, or with --json as data);
 * the exit code is the first broken link's, 0 when every link checked holds.
 */
export async function doctorCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values} = parseCommandArgs('doctor', argv, doctorOptions);
	if (values.help) {
		io.stdout.write(usage.doctor[io.lang]);
		return 0;
	}
	const kind = oneOf('--kind', values.kind, providerKinds);
	const profile = values.profile === undefined ? undefined : profileNamed((await openProfiles(io)).profiles, values.profile);
	// A profile's own CA file and --insecure, unless the command line says otherwise.
	const net = {...profile?.network, ...netOptionsFrom(values)};
	const tokenUrl = values['token-url'] ?? profile?.tokenUrl;
	if (!tokenUrl) throw new ConfigError(argText.missing(doctorText.missingTokenUrl[io.lang], 'doctor'), {reason: 'usage'});
	const baseUrl = values['base-url'] ?? profile?.baseUrl;
	const givenId = values['client-id'] ?? profile?.clientId;
	const isFromStdin = values['client-secret-stdin'] === true;
	if (isFromStdin && !givenId) throw new ConfigError(argText.missing(doctorText.missingClientId[io.lang], 'doctor'), {reason: 'usage'});
	const clientId = givenId ? checkValueOption('clientId', '--client-id', givenId) : undefined;
	const secret = clientId ? await secretAtHand(isFromStdin, io, profile) : undefined;
	for (const note of [...(clientId?.notes ?? []), ...(secret?.notes ?? [])]) warn(io, note);
	// The wizard's rule, for a profile's parameters too, as `get` holds them.
	const params = profile ? checkParamOptions(`--profile ${profile.name}`, profile.params.map(param => formatParams([param]))) : [];
	const scope = profile?.scope;
	if (net.insecure) warn(io, 'insecure');
	const report = await runDoctor(
		{
			tokenUrl,
			...(baseUrl ? {baseUrl} : {}),
			...(clientId
				? {
						credentials: {
							clientId: clientId.value,
							...(secret ? {clientSecret: secret.value} : {}),
							auth: profile?.auth ?? 'basic',
							encoding: profile?.encoding ?? 'rfc',
							...(scope ? {scope} : {}),
							...(params.length > 0 ? {params} : {}),
						},
					}
				: {}),
			...((kind ?? profile?.kind) ? {kind: kind ?? profile?.kind} : {}),
			net,
		},
		{env: io.env, signal: io.signal, ...(values.verbose ? {trace: stderrTrace(io)} : {})},
	);
	if (values.json) {
		io.stdout.write(`${safeJson(reportJson(report, io.lang))}\n`);
	} else {
		const heading = doctorText.heading(displayLine(urlHost(tokenUrl.trim()), 100))[io.lang];
		io.stdout.write(`${reportLines(report, heading, io.lang, isColourWanted(io.env, io.stdout.isTTY === true)).join('\n')}\n`);
	}
	return report.exitCode;
}

/** The secret as `get` finds it; none at hand is no error here: the token link is then not checked. */
async function secretAtHand(isFromStdin: boolean, io: CommandIo, profile: Profile | undefined): Promise<GivenValue | undefined> {
	try {
		return await secretFrom({isFromStdin, profile}, io);
	} catch (error) {
		if (error instanceof ConfigError && error.reason === 'no_secret') return undefined;
		throw error;
	}
}
