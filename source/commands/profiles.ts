import {parseCommandArgs} from '../cli/parse-command-args.js';
import {closest} from '../cli/suggest.js';
import {ConfigError} from '../errors/app-error.js';
import {
	profileDoneText,
	profileErrorText,
	profileListText,
	profileUsageProblem,
} from '../i18n/profiles.js';
import type {Localized} from '../i18n/lang.js';
import {printableName} from '../profiles/profile-name.js';
import {formatProfileDetails} from '../profiles/profile-details.js';
import {publicProfile, summarizeProfile} from '../profiles/profile-summary.js';
import {formatProfileTable} from '../profiles/profile-table.js';
import {safeJson} from '../text/display.js';
import {usage} from '../i18n/usage.js';
import type {CommandIo} from '../cli/command-io.js';
import {profilesArity, profilesOptions} from './command-options.js';
import {openProfiles, profileNamed} from './open-profiles.js';

type Subcommand = keyof typeof profilesArity;

/**
 * `segura-token profiles list [--json] | show NAME [--json] | remove NAME | rename OLD NEW`.
 * What was asked for goes to stdout (the table, the details, the JSON); notes and confirmations to
 * stderr. No output ever carries a client secret. Errors are thrown (ConfigError, exit 2).
 */
export async function profilesCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandArgs('profiles', argv, profilesOptions, {positionals: true});
	if (values.help) {
		io.stdout.write(usage.profiles[io.lang]);
		return 0;
	}
	const [word = 'list', ...names] = positionals;
	if (!Object.hasOwn(profilesArity, word)) throw usageError(profileUsageProblem.unknownSubcommand(printableName(word)), closest(word, Object.keys(profilesArity)));
	const subcommand = word as Subcommand;
	if (names.length !== profilesArity[subcommand] || (values.json && subcommand !== 'list' && subcommand !== 'show')) {
		throw usageError(profileUsageProblem.arguments(subcommand));
	}
	const {store, profiles} = await openProfiles(io);
	const now = new Date();
	const say = (text: Localized<string>) => io.stderr.write(`${text[io.lang]}\n`);
	switch (subcommand) {
		case 'list':
			if (values.json) io.stdout.write(`${safeJson(profiles.map(p => publicProfile(p, now)), 2)}\n`);
			else if (profiles.length === 0) say(profileListText.empty);
			else io.stdout.write(`${formatProfileTable(profiles.map(summarizeProfile), io.lang, tableWidth(io)).join('\n')}\n`);
			return 0;
		case 'show': {
			const profile = profileNamed(profiles, names[0] ?? '');
			io.stdout.write(
				values.json
					? `${safeJson({...publicProfile(profile, now), storePath: store.path}, 2)}\n`
					: `${formatProfileDetails(profile, store.path, io.lang, {now}).join('\n')}\n`,
			);
			return 0;
		}
		case 'remove': {
			const removed = await store.remove(names[0] ?? '');
			say(profileDoneText.removed(removed.name));
			return 0;
		}
		case 'rename': {
			const [from = '', to = ''] = names;
			const old = profileNamed(profiles, from);
			const renamed = await store.rename(from, to);
			say(profileDoneText.renamed(old.name, renamed.name));
			return 0;
		}
	}
}

function usageError(problem: Localized<string>, suggestion?: string): ConfigError {
	return new ConfigError(profileErrorText.usage(problem, suggestion), {reason: 'usage'});
}

function tableWidth(io: CommandIo): number {
	const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
	return columns !== undefined && columns > 0 ? Math.min(columns, 80) : 80;
}
