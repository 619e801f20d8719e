import type {CommandIo} from '../cli/command-io.js';
import {ConfigError} from '../errors/app-error.js';
import {completeWords} from '../completion/complete-words.js';
import {argText} from '../i18n/text.js';
import {profileNamePattern} from '../profiles/profile-name.js';
import {checkLocation, readStoreFile} from '../profiles/store-file.js';
import {profileStorePaths} from '../profiles/store-paths.js';
import {completionSpec} from './completion.js';

const shellSafeName = new RegExp(profileNamePattern);

/**
 * `segura-token __complete words WORD...`: what Tab offers for the last WORD (the completion
 * scripts pass the words after the program's name), one a line, or `:files`; and `segura-token
 * __complete profiles`: the saved profile names, one a line. No help lists them. It writes nothing
 * (but for tightening the folder to 0700 and the file to 0600, as every command that reads them
 * does): a file that cannot be used is left where it is (the next real command sets it aside and
 * says so). Whatever goes wrong, it prints nothing and exits 0: a completion has no
 * screen to explain itself on. Only names of the profile-name pattern are printed, so a shell can
 * take each line as one word without quoting; nothing else of a profile is.
 */
export function completeCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	if (argv[0] === 'words') {
		const offered = completeWords(completionSpec(), argv.slice(1), () => savedNames(io.env));
		io.stdout.write(offered.kind === 'files' ? ':files\n' : offered.words.map(word => `${word}\n`).join(''));
		return Promise.resolve(0);
	}
	if (argv.length !== 1 || argv[0] !== 'profiles') throw new ConfigError(argText.unknownCommand(['__complete', ...argv].join(' '), undefined), {reason: 'usage'});
	for (const name of savedNames(io.env)) io.stdout.write(`${name}\n`);
	return Promise.resolve(0);
}

function savedNames(env: NodeJS.ProcessEnv): string[] {
	try {
		const paths = profileStorePaths(env);
		// The same trust as every command: the file must be this user's.
		checkLocation(paths);
		const file = readStoreFile(paths);
		return file.kind === 'usable' ? file.profiles.map(profile => profile.name).filter(name => shellSafeName.test(name)) : [];
	} catch {
		return [];
	}
}
