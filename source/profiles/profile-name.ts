import {ConfigError} from '../errors/app-error.js';
import {profileErrorText, type Message} from '../i18n/text.js';
import {displayLine} from '../text/display.js';

/** Letters, digits, '-', '_', '.'; 1 to 64 of them. The store's schema holds the same pattern. */
export const profileNamePattern = '^[A-Za-z0-9._-]{1,64}$';
const namePattern = new RegExp(profileNamePattern);

/** Names are compared ignoring case, so `Prod` and `prod` cannot both exist. */
export function sameProfileName(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

export function findProfile<P extends Readonly<{name: string}>>(profiles: readonly P[], name: string): P | undefined {
	return profiles.find(profile => sameProfileName(profile.name, name));
}

/** A name as it may be echoed back: display-safe, not too long. */
export function printableName(name: string): string {
	return displayLine(name, 70);
}

/** Why a name cannot be used: not of the allowed characters, or the name of another profile. */
export type NameProblem = Readonly<{problem: 'invalid'}> | Readonly<{problem: 'taken'; name: string}>;

/**
 * The one profile-name rule, for the wizard as the user types and for the store as it saves.
 * `except` is the profile being renamed or edited, which may keep its own name or change its case.
 */
export function profileNameProblem(name: string, existing: ReadonlyArray<Readonly<{name: string}>> = [], except?: string): NameProblem | undefined {
	if (!namePattern.test(name)) return {problem: 'invalid'};
	const clash = findProfile(existing, name);
	if (clash && !(except !== undefined && sameProfileName(clash.name, except))) return {problem: 'taken', name: clash.name};
	return undefined;
}

/** The problem in words, both languages. */
export function nameProblemText(name: string, problem: NameProblem): Message {
	return problem.problem === 'invalid' ? profileErrorText.nameInvalid(printableName(name)) : profileErrorText.nameTaken(problem.name);
}

export function assertProfileName(name: string, existing: ReadonlyArray<Readonly<{name: string}>> = [], except?: string): void {
	const problem = profileNameProblem(name, existing, except);
	if (problem) {
		throw new ConfigError(nameProblemText(name, problem), {reason: problem.problem === 'invalid' ? 'profile_name_invalid' : 'profile_exists'});
	}
}
