import {ConfigError, type ErrorText} from '../errors.js';
import {displayLine} from '../text/display.js';
import type {Localized} from '../i18n/lang.js';
import {profileErrorText} from '../i18n/profiles.js';
import type {Profile} from './profile.js';

export const profileNamePattern = '^[A-Za-z0-9._-]{1,64}$';
const namePattern = new RegExp(profileNamePattern);

/** Names are compared ignoring case, so `Prod` and `prod` cannot both exist. */
export function sameProfileName(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

export function findProfile<P extends Pick<Profile, 'name'>>(
	profiles: readonly P[],
	name: string,
): P | undefined {
	return profiles.find(profile => sameProfileName(profile.name, name));
}

/** A name as it may be echoed back: display-safe, not too long. */
export function printableName(name: string): string {
	return displayLine(name, 70);
}

/**
 * Why this name cannot be used, or undefined when it can: for inline validation as the user types.
 * `except` is the profile being renamed or edited, which may keep its own name or change its case.
 */
export function profileNameProblem(
	name: string,
	existing: ReadonlyArray<Pick<Profile, 'name'>> = [],
	except?: string,
): Localized<ErrorText> | undefined {
	if (!namePattern.test(name)) return profileErrorText.nameInvalid(printableName(name));
	const clash = findProfile(existing, name);
	if (clash && !(except !== undefined && sameProfileName(clash.name, except))) {
		return profileErrorText.nameTaken(clash.name);
	}
	return undefined;
}

export function assertProfileName(
	name: string,
	existing: ReadonlyArray<Pick<Profile, 'name'>> = [],
	except?: string,
): void {
	const problem = profileNameProblem(name, existing, except);
	if (problem) {
		throw new ConfigError(problem, {
			reason: namePattern.test(name) ? 'profile_exists' : 'profile_name_invalid',
		});
	}
}
