import {checkCommandOption, checkParamOptions, checkSafeText, checkUrlOption, checkValueOption} from '../cli/check-option.js';
import {oneOf} from '../cli/parse-command-args.js';
import {emptyCredentials} from '../flow/credentials.js';
import {profileWarningText, transferDoneText} from '../i18n/text.js';
import type {Localized} from '../i18n/lang.js';
import {basicEncodings, clientAuths} from '../model/client-auth.js';
import {defaultStoredSettings} from '../model/configure-fields.js';
import {providerKinds} from '../model/provider-kind.js';
import type {Profile, ProfileInput} from '../profiles/profile.js';
import {assertProfileName, printableName} from '../profiles/profile-name.js';
import {sameClientOtherKind} from '../profiles/same-client-other-kind.js';
import {displayLine} from '../text/display.js';

/**
 * A profile's values as text, from the command line (`profiles add`) or an import file: what the
 * wizard's steps 1 to 3 collect, and its network options. Only the names, URLs, Client ID and
 * kind are needed; the rest have the wizard's defaults. Never a Client Secret.
 */
export type ProfileValues = Readonly<{
	name: string;
	seguraUrl: string;
	/** Absent: Segura's documented path on the Segura URL, as the wizard proposes it. */
	baseUrl?: string;
	tokenUrl?: string;
	clientId: string;
	kind: string;
	tokenName?: string;
	auth?: string;
	encoding?: string;
	scope?: string;
	/** KEY=VALUE entries. */
	params?: readonly string[];
	caFile?: string;
	insecure?: boolean;
	/** The command that prints the Client Secret: it travels, since it is not the secret. */
	clientSecretCommand?: string;
}>;

/** How each value is named in a message: its option (--token-url) or its place in a file (profiles[0].tokenUrl). */
export type ValueSources = Readonly<Record<Exclude<keyof ProfileValues, 'name' | 'insecure'>, string>>;

export type CheckedProfile = Readonly<{
	input: ProfileInput;
	/** What the wizard would warn about. */
	notes: ReadonlyArray<Localized<string>>;
	/** The values taken from the Segura URL because none was given, as the wizard proposes them. */
	proposed: ReadonlyArray<Localized<string>>;
}>;

/**
 * The values held to the wizard's own rules, one rule per value: the profile-name rule, the URL
 * rules of step 1 (with the Base URL given as the Token URL refused, as for `get`), the Client ID
 * rule, the kinds of step 2, the extra-parameter rule of step 3; the token name and scope hold no
 * control or invisible character. The first value that fails is a ConfigError naming where it
 * came from; what the wizard would only warn about comes back as notes, with the sign of
 * credentials copied from the other kind's provider (`existing` holds the saved profiles).
 */
export function checkProfileValues(values: ProfileValues, sources: ValueSources, existing: readonly Profile[]): CheckedProfile {
	assertProfileName(values.name);
	const notes: Array<Localized<string>> = [];
	const proposed: Array<Localized<string>> = [];
	const segura = checkUrlOption(sources.seguraUrl, 'seguraUrl', values.seguraUrl);
	const withSegura = {...emptyCredentials, seguraUrl: segura.value};
	const url = (field: 'baseUrl' | 'tokenUrl') => {
		const given = values[field];
		const checked = checkUrlOption(sources[field], field, given ?? '', withSegura);
		if (given === undefined) proposed.push(transferDoneText.proposed(sources[field], displayLine(checked.value)));
		notes.push(...checked.notes);
		return checked.value;
	};
	const baseUrl = url('baseUrl');
	const tokenUrl = url('tokenUrl');
	const clientId = checkValueOption('clientId', sources.clientId, values.clientId);
	const kind = oneOf(sources.kind, values.kind, providerKinds)!;
	const auth = oneOf(sources.auth, values.auth, clientAuths) ?? 'basic';
	const encoding = oneOf(sources.encoding, values.encoding, basicEncodings) ?? 'rfc';
	const params = checkParamOptions(sources.params, values.params ?? []);
	const caFile = values.caFile === undefined ? undefined : checkSafeText(sources.caFile, values.caFile);
	const command = values.clientSecretCommand === undefined ? undefined : checkCommandOption(sources.clientSecretCommand, values.clientSecretCommand);
	notes.push(...segura.notes, ...clientId.notes);
	const other = sameClientOtherKind(existing, clientId.value, kind, values.name);
	if (other) notes.push(profileWarningText.sameClientOtherKind(printableName(other.name), other.kind));
	return {
		input: {
			name: values.name,
			seguraUrl: segura.value,
			baseUrl,
			tokenUrl,
			clientId: clientId.value,
			kind,
			// Step 3's fields this document does not name keep the wizard's defaults.
			...defaultStoredSettings,
			tokenName: checkSafeText(sources.tokenName, values.tokenName ?? '').trim(),
			auth,
			encoding,
			scope: checkSafeText(sources.scope, values.scope ?? '').trim().split(/\s+/).filter(Boolean).join(' '),
			params,
			network: {...(caFile ? {caFile} : {}), ...(values.insecure ? {insecure: true} : {})},
			...(command ? {clientSecretCommand: command} : {}),
		},
		notes,
		proposed,
	};
}

