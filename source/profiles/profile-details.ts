import type {Lang, Localized} from '../i18n/lang.js';
import {profileKindText, profileSecretText, profileShowText, secretCommandProfileText} from '../i18n/text.js';
import {displayLine} from '../text/display.js';
import {formatExpiry, formatStamp, type TimeOptions} from '../i18n/time.js';
import {urlHost} from '../url/url-host.js';
import {hasRememberedSecret, type Profile} from './profile.js';

/** Where get finds the profile's secret: remembered (that wins), the profile's command, or asked. */
function secretSource(profile: Profile, storePath: string): Localized<string> {
	if (hasRememberedSecret(profile)) return profileSecretText.remembered(storePath);
	if (profile.clientSecretCommand) return secretCommandProfileText.fromCommand(profile.clientSecretCommand);
	return profileSecretText.notRemembered;
}

/** `profiles show NAME`: every setting, the secret only as "remembered" or not, and where. */
export function formatProfileDetails(profile: Profile, storePath: string, lang: Lang, options: TimeOptions = {}): string[] {
	const text = profileShowText;
	const labels = text.labels[lang];
	const none = text.none[lang];
	const authText = text.auth[lang][profile.auth === 'body' ? 'body' : profile.encoding === 'raw' ? 'basicRaw' : 'basicRfc'];
	const rows: Array<[string, string]> = [
		[labels.profile, profile.name],
		[labels.kind, profileKindText[profile.kind][lang]],
		[labels.seguraUrl, profile.seguraUrl || none],
		[labels.baseUrl, profile.baseUrl || none],
		[labels.tokenUrl, profile.tokenUrl],
		[labels.clientId, profile.clientId],
		[labels.clientSecret, secretSource(profile, storePath)[lang]],
		[labels.tokenName, profile.tokenName || none],
		[labels.auth, authText],
		[labels.scope, profile.scope || none],
		[labels.params, profile.params.map(([key, value]) => `${key}=${value}`).join(' ') || none],
		[labels.caFile, profile.network.caFile ?? none],
		[labels.certificates, profile.network.insecure ? text.certificatesOff[lang] : text.certificatesOn[lang]],
		[labels.storedIn, storePath],
	];
	const width = Math.max(...rows.map(([label]) => [...label].length)) + 2;
	const line = (label: string, value: string) =>
		`${label}${' '.repeat(width - [...label].length)}${displayLine(value)}`;
	const lines = rows.map(([label, value]) => line(label, value));
	const history = [...profile.history].reverse();
	lines.push(line(labels.history, history.length === 0 ? text.noTokens[lang] : ''));
	// Records of the tokens issued, newest first: when, the name, the last four characters, the
	// expiry, and the host it came from when that was not the profile's Token URL's.
	const host = urlHost(profile.tokenUrl);
	for (const record of history) {
		const expiry = record.expiresAt === undefined ? '' : formatExpiry(new Date(record.expiresAt), lang, options);
		const from = record.tokenUrl === undefined ? host : urlHost(record.tokenUrl);
		const parts = [
			formatStamp(new Date(record.issuedAt), lang, options),
			record.tokenName,
			record.last4 ? `…${record.last4}` : '',
			expiry,
			from === host ? '' : from,
		];
		lines.push(`  ${parts.filter(part => part !== '').map(part => displayLine(part)).join('  ')}`);
	}
	return lines.map(l => l.trimEnd());
}
