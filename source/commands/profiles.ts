import {parseCommandArgs} from '../cli/parse-command-args.js';
import {closest} from '../cli/suggest.js';
import {ConfigError} from '../errors/app-error.js';
import {profileDoneText, profileErrorText, profileListText, profileUsageProblem, transferUsageProblem, usage, type Message} from '../i18n/text.js';
import type {Localized} from '../i18n/lang.js';
import {printableName} from '../profiles/profile-name.js';
import {formatProfileDetails} from '../profiles/profile-details.js';
import {publicProfile, summarizeProfile} from '../profiles/profile-summary.js';
import {formatProfileTable} from '../profiles/profile-table.js';
import {safeJson} from '../text/display.js';
import type {CommandIo} from '../cli/command-io.js';
import {profilesArity, profilesOptions, profilesTransfer} from './command-options.js';
import type {TransferValues} from './profiles-transfer.js';
import {openProfiles, profileNamed} from './open-profiles.js';

type Subcommand = keyof typeof profilesArity;

/**
 * `segura-token profiles list [--json] | show NAME [--json] | remove NAME | rename OLD NEW`, and
 * `export NAME... | import FILE | add NAME` (profiles-transfer.ts).
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
	if (Object.hasOwn(profilesTransfer, word)) return transferCommand(word as keyof typeof profilesTransfer, names, values, io);
	const subcommands = [...Object.keys(profilesArity), ...Object.keys(profilesTransfer)];
	if (!Object.hasOwn(profilesArity, word)) throw usageError(profileUsageProblem.unknownSubcommand(printableName(word)), closest(word, subcommands));
	const subcommand = word as Subcommand;
	if (names.length !== profilesArity[subcommand] || (values.json && subcommand !== 'list' && subcommand !== 'show')) {
		throw usageError(profileUsageProblem.arguments(subcommand));
	}
	const stray = transferOptionIn(values, []);
	if (stray) throw usageError(transferUsageProblem.option(stray, subcommand));
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

/** export, import and add: each its own words and options; the code lives in profiles-transfer.ts. */
async function transferCommand(subcommand: keyof typeof profilesTransfer, names: readonly string[], values: TransferValues & {json?: boolean}, io: CommandIo): Promise<number> {
	const fits = subcommand === 'export' ? names.length >= 1 : names.length === 1;
	if (!fits) throw usageError(transferUsageProblem.arguments(subcommand));
	const stray = values.json ? 'json' : transferOptionIn(values, profilesTransfer[subcommand].options);
	if (stray) throw usageError(transferUsageProblem.option(stray, subcommand));
	const {addProfile, exportProfiles, importProfiles} = await import('./profiles-transfer.js');
	const [first = ''] = names;
	if (subcommand === 'export') return exportProfiles(names, values, io);
	if (subcommand === 'import') return importProfiles(first, values, io);
	return addProfile(first, values, io);
}

/** The first option of export, import or add given that `allowed` does not hold. */
function transferOptionIn(values: object, allowed: readonly string[]): string | undefined {
	const all = new Set(Object.values(profilesTransfer).flatMap(entry => entry.options));
	return Object.keys(values).find(option => all.has(option as never) && !allowed.includes(option));
}

function usageError(problem: Message, suggestion?: string): ConfigError {
	return new ConfigError(profileErrorText.usage(problem, suggestion), {reason: 'usage'});
}

function tableWidth(io: CommandIo): number {
	const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
	return columns !== undefined && columns > 0 ? Math.min(columns, 80) : 80;
}
