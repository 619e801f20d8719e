import fs from 'node:fs';
import {FileError} from '../errors/app-error.js';
import {profileErrorText} from '../i18n/profiles.js';
import type {Profile} from './profile.js';
import type {StorePaths} from './store-paths.js';
import {storeFormatVersion, storeProblem} from './store-shape.js';

/** Why a file cannot be used: it is not JSON, or not the shape of a store. */
export type Problem = 'parse' | 'schema';

/** What is on disk: nothing yet, profiles, or a file to set aside. */
export type StoreFile =
	| Readonly<{kind: 'absent'}>
	| Readonly<{kind: 'usable'; profiles: Profile[]}>
	| Readonly<{kind: 'unusable'; problem: Problem; original: Buffer}>;

/**
 * Reads the file and judges it, without changing it. A parse error is known by its type
 * (SyntaxError); the shape by storeProblem. A file whose recorded format is newer than this
 * release's is an error (this one must not rewrite it); one that cannot be read, a FileError
 * naming it.
 */
export function readStoreFile(paths: StorePaths): StoreFile {
	const original = readIfExists(paths.file);
	if (original === undefined) return {kind: 'absent'};
	let data: unknown;
	try {
		data = JSON.parse(original.toString('utf8'));
	} catch (error) {
		if (error instanceof SyntaxError) return {kind: 'unusable', problem: 'parse', original};
		throw error;
	}
	const version = versionOf(data);
	if (version !== undefined && compareVersions(version, storeFormatVersion) > 0) {
		throw new FileError(profileErrorText.newerFormat(paths.file, version), {reason: 'profile_store_newer'});
	}
	if (storeProblem(data) !== undefined) return {kind: 'unusable', problem: 'schema', original};
	return {kind: 'usable', profiles: (data as {profiles?: Profile[]}).profiles ?? []};
}

function readIfExists(file: string): Buffer | undefined {
	try {
		return fs.readFileSync(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The format version conf recorded in the file, if any. */
function versionOf(data: unknown): string | undefined {
	const version = isRecord(data) && isRecord(data.__internal__) && isRecord(data.__internal__.migrations) ? data.__internal__.migrations.version : undefined;
	return typeof version === 'string' ? version : undefined;
}

function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(n => Number.parseInt(n, 10) || 0);
	const pb = b.split('.').map(n => Number.parseInt(n, 10) || 0);
	for (let i = 0; i < 3; i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

/**
 * What must hold before the file is read at all: the folder as private as a write would make it
 * (a read-only command tightens it too), and the file a file of this user's. A link to someone
 * else's file could feed this tool values, or make it rewrite that file.
 */
export function checkLocation(paths: StorePaths): void {
	if (fs.statSync(paths.directory, {throwIfNoEntry: false})?.isDirectory()) ensureDirectory(paths.directory);
	const link = fs.lstatSync(paths.file, {throwIfNoEntry: false});
	if (!link) return;
	const target = link.isSymbolicLink() ? fs.statSync(paths.file, {throwIfNoEntry: false}) : link;
	if (!target) return;
	if (link.isSymbolicLink() && typeof process.getuid === 'function' && target.uid !== process.getuid()) {
		throw new FileError(profileErrorText.notOurs(paths.file), {reason: 'profile_store_not_ours'});
	}
	if (!target.isFile()) throw new FileError(profileErrorText.notAFile(paths.file), {reason: 'profile_store_not_file'});
	fs.accessSync(paths.file, fs.constants.R_OK);
	restrictMode(paths.file);
}

/** 0700 even when the folder already existed, or when conf or a parent's mkdir made it wider. */
export function ensureDirectory(directory: string): void {
	fs.mkdirSync(directory, {recursive: true, mode: 0o700});
	if ((fs.statSync(directory).mode & 0o777) !== 0o700) fs.chmodSync(directory, 0o700);
}

/** A file copied in or written by an older tool may be wider than 0600. */
export function restrictMode(file: string): void {
	try {
		if ((fs.statSync(file).mode & 0o777) !== 0o600) fs.chmodSync(file, 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
}
