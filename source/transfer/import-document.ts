import {ConfigError} from '../errors/app-error.js';
import {transferErrorText, transferProblemText as problemText, type Message} from '../i18n/text.js';
import {printableName, sameProfileName} from '../profiles/profile-name.js';
import {displayLine} from '../text/display.js';
import {exportedFields, exportFormat, exportVersion} from './export-document.js';
import type {ProfileValues} from './profile-values.js';

/** More profiles than anyone keeps is not an export (and would be slow to check). */
export const maxImportProfiles = 200;
/** The store's own limit for a text field. */
const maxText = 4096;
const maxParams = 50;

const documentFields: ReadonlySet<string> = new Set(['format', 'version', 'profiles']);
const networkFields: ReadonlySet<string> = new Set(['caFile', 'insecure']);
const required = ['name', 'seguraUrl', 'baseUrl', 'tokenUrl', 'clientId', 'kind'] as const;

/** One profile of the file: its values as text, and where it is in the file for messages ("profiles[0] ("prod")"). */
export type ImportedValues = Readonly<{values: ProfileValues; where: string}>;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(where: string, problem: Message): ConfigError {
	return new ConfigError(transferErrorText.problem(where, problem), {reason: 'import_invalid'});
}

/** A key of the file as it may be named in a message: quoted, escaped, short. */
function fieldName(key: string): string {
	return displayLine(JSON.stringify(key), 40);
}

/** An own field of a parsed object ("__proto__" included as what it is in the file: a field). */
function own(record: Record<string, unknown>, key: string): unknown {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The fields of `record` must be among `allowed`; the first other one is named. */
function onlyFields(record: Record<string, unknown>, allowed: ReadonlySet<string>, where: string): void {
	for (const key of Object.keys(record)) {
		if (key === 'clientSecret') throw new ConfigError(transferErrorText.holdsSecret(where), {reason: 'import_invalid'});
		if (!allowed.has(key)) throw refuse(where, problemText.unknownField(fieldName(key)));
	}
}

function text(record: Record<string, unknown>, field: string, where: string, options: {isRequired: boolean; canBeEmpty: boolean}): string | undefined {
	if (!Object.hasOwn(record, field)) {
		if (options.isRequired) throw refuse(where, problemText.missingField(field));
		return undefined;
	}
	const value = own(record, field);
	if (typeof value !== 'string') throw refuse(where, problemText.notText(field));
	if (value === '' && !options.canBeEmpty) throw refuse(where, problemText.empty(field));
	if (value.length > maxText) throw refuse(where, problemText.tooLong(field, maxText));
	return value;
}

function params(record: Record<string, unknown>, where: string): string[] | undefined {
	if (!Object.hasOwn(record, 'params')) return undefined;
	const list = own(record, 'params');
	const isPair = (entry: unknown): entry is [string, string] =>
		Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string' && !entry[0].includes('=') && entry[0].length <= maxText && entry[1].length <= maxText;
	if (!Array.isArray(list) || list.length > maxParams || !list.every(entry => isPair(entry))) throw refuse(where, problemText.notPairs('params'));
	return list.map(([key, value]) => `${key}=${value}`);
}

function network(record: Record<string, unknown>, where: string): Pick<ProfileValues, 'caFile' | 'insecure'> {
	if (!Object.hasOwn(record, 'network')) return {};
	const value = own(record, 'network');
	const place = `${where}.network`;
	if (!isRecord(value)) throw refuse(place, problemText.notObject);
	onlyFields(value, networkFields, place);
	const caFile = text(value, 'caFile', place, {isRequired: false, canBeEmpty: false});
	const insecure = own(value, 'insecure');
	if (insecure !== undefined && typeof insecure !== 'boolean') throw refuse(place, problemText.notBoolean('insecure'));
	return {...(caFile === undefined ? {} : {caFile}), ...(insecure === true ? {insecure} : {})};
}

function profileValues(entry: unknown, index: number): ImportedValues {
	const name = isRecord(entry) ? own(entry, 'name') : undefined;
	const where = `profiles[${index}]${typeof name === 'string' ? ` ("${printableName(name)}")` : ''}`;
	if (!isRecord(entry)) throw refuse(where, problemText.notObject);
	onlyFields(entry, exportedFields, where);
	const [given, seguraUrl, baseUrl, tokenUrl, clientId, kind] = required.map(field => text(entry, field, where, {isRequired: true, canBeEmpty: false}) ?? '');
	const optional = (field: string) => text(entry, field, where, {isRequired: false, canBeEmpty: true});
	const [tokenName, auth, encoding, scope] = ['tokenName', 'auth', 'encoding', 'scope'].map(field => optional(field));
	const entries = params(entry, where);
	const command = text(entry, 'clientSecretCommand', where, {isRequired: false, canBeEmpty: false});
	const values: ProfileValues = {
		name: given ?? '',
		seguraUrl: seguraUrl ?? '',
		baseUrl: baseUrl ?? '',
		tokenUrl: tokenUrl ?? '',
		clientId: clientId ?? '',
		kind: kind ?? '',
		...(tokenName === undefined ? {} : {tokenName}),
		...(auth === undefined ? {} : {auth}),
		...(encoding === undefined ? {} : {encoding}),
		...(scope === undefined ? {} : {scope}),
		...(entries === undefined ? {} : {params: entries}),
		...network(entry, where),
		...(command === undefined ? {} : {clientSecretCommand: command}),
	};
	return {values, where};
}

/**
 * The profiles of an import file, checked for shape before anything else: a JSON object that
 * says it is a profile export of a version this release reads, with 1 to maxImportProfiles
 * profiles, each with exactly the fields an export writes, of the right types, and names that
 * differ (ignoring case). Any key of the file is read as an own field only: "__proto__" is a
 * field no profile has, never a prototype. A Client Secret in it is refused by name. Throws a
 * ConfigError (exit 2) that says where; the values themselves are judged next, by the rules of
 * the wizard (checkProfileValues).
 */
export function readImportDocument(json: string): ImportedValues[] {
	let data: unknown;
	try {
		data = JSON.parse(json.replace(/^\uFEFF/, ''));
	} catch {
		throw new ConfigError(transferErrorText.notJson, {reason: 'import_invalid'});
	}
	if (!isRecord(data) || own(data, 'format') !== exportFormat) throw new ConfigError(transferErrorText.notExport, {reason: 'import_invalid'});
	const version = own(data, 'version');
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) throw new ConfigError(transferErrorText.badVersion, {reason: 'import_invalid'});
	if (version > exportVersion) throw new ConfigError(transferErrorText.newerVersion(String(version)), {reason: 'import_invalid'});
	onlyFields(data, documentFields, '$');
	const list = own(data, 'profiles');
	if (!Array.isArray(list)) throw refuse('profiles', problemText.notList);
	if (list.length === 0) throw refuse('profiles', problemText.noProfiles);
	if (list.length > maxImportProfiles) throw refuse('profiles', problemText.tooMany(maxImportProfiles));
	const found = list.map((entry, index) => profileValues(entry, index));
	for (const [index, {values, where}] of found.entries()) {
		if (found.slice(0, index).some(other => sameProfileName(other.values.name, values.name))) throw refuse(where, problemText.sameName(printableName(values.name)));
	}
	return found;
}
